# bash completion for diplograph(1)                        -*- shell-script -*-
#
# Installed as share/bash-completion/completions/diplograph (bash-completion
# loads it on demand); or source it from ~/.bashrc. Self-contained: it needs
# none of bash-completion's helpers.
#
# shellcheck disable=SC2207 # COMPREPLY=($(compgen ...)): words without spaces

# Keep the lists below the same as `diplograph --help` and `diplograph eval
# --help` (extract's and merge's: options of the main --help that apply to
# them): tests/docs/completion.sh checks them.

_diplograph_commands='extract merge eval'
_diplograph_main_options='--manifest --date --gazetteer --ndjson
  --json --svg --png --pdf --dot --graphml --gexf --gexf-version --csv --csv-table --csv-edges --report -o --output
  --view --id-prefix --title --subtitle --credit --width --undated --stats --stats= -j --jobs -q --quiet
  --partial --corrections --corrections-template --from --to --keep-undated --country --all-countries
  --status --level --min-format
  -h --help -V --version'
# extract and merge share the main --help; these are the options that apply.
_diplograph_extract_options='--manifest --date --gazetteer --ndjson -o --output
  -j --jobs -q --quiet -h --help -V --version'
_diplograph_merge_options='--gazetteer --partial
  --json --svg --png --pdf --dot --graphml --gexf --gexf-version --csv --csv-table --csv-edges --report -o --output
  --view --id-prefix --title --subtitle --credit --width --undated --stats --stats= -h --help -V --version
  --corrections --corrections-template --from --to --keep-undated --country --all-countries
  --status --level --min-format'
_diplograph_eval_options='--graph --min-f1 --manifest --date --gazetteer -h --help'
_diplograph_views='full actors countries timeline'
_diplograph_stats='text json'

# COMPREPLY += the files under $1 whose names match the extended pattern $2
# (e.g. '*.@(txt|json)', '*' for any), and directories.
_diplograph_files()
{
    local cur=$1 pattern=$2 f
    compopt -o filenames 2>/dev/null
    while IFS= read -r f; do
        # shellcheck disable=SC2053 # $pattern is a pattern
        if [[ -d $f || $pattern == '*' || $f == $pattern ]]; then
            COMPREPLY+=("$f")
        fi
    done < <(compgen -f -- "$cur")
}

_diplograph()
{
    local cur=${COMP_WORDS[COMP_CWORD]} prev='' opt='' eq=0 joined='' cmd='' c i
    ((COMP_CWORD > 0)) && prev=${COMP_WORDS[COMP_CWORD - 1]}
    COMPREPLY=()

    # The option whose value is being completed. "--opt=value": with '=' in
    # COMP_WORDBREAKS (the default) bash splits it into "--opt" "=" "value";
    # without, it is one word, and the replies must keep the "--opt=".
    if [[ $cur == '=' && $prev == --* ]]; then
        opt=$prev cur='' eq=1
    elif [[ $prev == '=' ]] && ((COMP_CWORD > 1)); then
        opt=${COMP_WORDS[COMP_CWORD - 2]} eq=1
    elif [[ $cur == --*=* ]]; then
        opt=${cur%%=*} cur=${cur#*=} eq=1
        joined=$opt=
    elif [[ $prev == -* ]]; then
        opt=$prev
    fi

    # The command, if any: the first word after the program name.
    if ((COMP_CWORD > 1)); then
        for c in $_diplograph_commands; do
            [[ ${COMP_WORDS[1]} == "$c" ]] && cmd=$c
        done
    fi

    case $opt in
    --view)
        COMPREPLY=($(compgen -W "$_diplograph_views" -- "$cur")) ;;
    --undated)
        COMPREPLY=($(compgen -W "strip omit" -- "$cur")) ;;
    --gexf-version)
        COMPREPLY=($(compgen -W "1.2 1.3" -- "$cur")) ;;
    --csv-table)
        COMPREPLY=($(compgen -W "countries persons meetings nodes" -- "$cur")) ;;
    --stats)
        # Its value is optional, so only "--stats=VALUE" gives one.
        ((eq)) && COMPREPLY=($(compgen -W "$_diplograph_stats" -- "$cur")) ;;
    --manifest | --gazetteer | --graph | --corrections)
        _diplograph_files "$cur" '*.json' ;;
    -o | --output)
        _diplograph_files "$cur" '*' ;;
    --date | --id-prefix | --min-f1 | -j | --jobs | --title | --subtitle | --credit | --width | --from | --to | --country | --min-format) ;;
    --status)
        COMPREPLY=($(compgen -W "held planned proposed cancelled" -- "$cur")) ;;
    --level)
        COMPREPLY=($(compgen -W "leaders foreign defence intelligence deputy-foreign other" -- "$cur")) ;;
    *) opt='' ;;
    esac
    if [[ -n $opt && ($opt != --stats || $eq -eq 1) ]]; then
        [[ -n $joined ]] && COMPREPLY=("${COMPREPLY[@]/#/$joined}")
        return 0
    fi

    # Articles: files (*.txt), NDJSON files and directories; merge reads
    # extract's NDJSON lines.
    local inputs='*.@(txt|ndjson|jsonl)'
    [[ $cmd == merge ]] && inputs='*.@(ndjson|jsonl)'

    # After "--", only files.
    for ((i = 1; i < COMP_CWORD; i++)); do
        if [[ ${COMP_WORDS[i]} == -- ]]; then
            _diplograph_files "$cur" "$inputs"
            return 0
        fi
    done

    if [[ $cur == -* ]]; then
        local opts=$_diplograph_main_options
        case $cmd in
        extract) opts=$_diplograph_extract_options ;;
        merge) opts=$_diplograph_merge_options ;;
        eval) opts=$_diplograph_eval_options ;;
        esac
        COMPREPLY=($(compgen -W "$opts" -- "$cur"))
        # "--stats=" wants its value: no space after it.
        [[ ${#COMPREPLY[@]} -eq 1 && ${COMPREPLY[0]} == *= ]] && compopt -o nospace 2>/dev/null
        return 0
    fi

    if [[ $cmd == eval && $COMP_CWORD -eq 2 ]]; then
        _diplograph_files "$cur" '*.json' # GOLD.json
        return 0
    fi
    ((COMP_CWORD == 1)) && COMPREPLY=($(compgen -W "$_diplograph_commands" -- "$cur"))
    _diplograph_files "$cur" "$inputs"
    return 0
} &&
    complete -F _diplograph diplograph

# ex: filetype=sh
