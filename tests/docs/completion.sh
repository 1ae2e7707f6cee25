#!/usr/bin/env bash
# The bash completion (ctest: docs.completion): sourced into this shell, its
# function is called as bash would call it (COMP_WORDS, COMP_CWORD) and
# COMPREPLY is checked: option names, --view and --stats values, files by
# kind, the commands; and the options it offers are those --help lists
# (main and eval's; for extract and merge, which show the main --help, a part
# of it), so an option added to --help must be added there.
#
# Usage: completion.sh BIN [COMPLETION_FILE]
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
bin=${1:?usage: completion.sh BIN [COMPLETION_FILE]}
bin=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")
file=${2:-$root/src/cli/diplograph.bash}
. "$here/extract.sh"

# shellcheck disable=SC1090
. "$file" || { echo "FAIL: sourcing $file"; exit 1; }
complete -p diplograph 2>/dev/null | grep -- '-F _diplograph' >/dev/null || { echo "FAIL: no 'complete -F _diplograph diplograph'"; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp" || exit 1
mkdir articles 'two words'
touch a.txt b.json c.ndjson d.csv e.svg f.jsonl articles/x.txt

failed=0
passed=0

# complete_lines WORD... : the replies for the command line WORD... (the last
# word is the one being completed), sorted, one a line; complete_words: the
# same on one line.
complete_lines() {
  COMP_WORDS=("$@")
  COMP_CWORD=$(($# - 1))
  COMP_LINE="$*"
  COMP_POINT=${#COMP_LINE}
  COMPREPLY=()
  _diplograph diplograph "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]:-}"
  printf '%s\n' "${COMPREPLY[@]}" | sed '/^$/d' | sort
}
complete_words() {
  complete_lines "$@" | tr '\n' ' ' | sed 's/ $//'
}

# expect "WORDS" "REPLIES": WORDS split on spaces ("" for an empty last word).
expect() {
  local -a words
  read -r -a words <<<"$1"
  [[ $1 == *' ' ]] && words+=('')
  local got
  got=$(complete_words "${words[@]}")
  if [ "$got" = "$2" ]; then
    passed=$((passed + 1))
  else
    echo "FAIL: '$1<TAB>': expected '$2', got '$got'"
    failed=$((failed + 1))
  fi
}

expect 'diplograph --vi' '--view'
expect 'diplograph --view ' 'actors countries full timeline'
expect 'diplograph --view c' 'countries'
expect 'diplograph --svg --view t' 'timeline'
expect 'diplograph --stat' '--stats --stats= --status'
expect 'diplograph --stats = ' 'json text'        # "--stats=<TAB>", '=' a word break
expect 'diplograph --stats = j' 'json'            # "--stats=j<TAB>"
expect 'diplograph --stats=j' '--stats=json'      # '=' not a word break
expect 'diplograph --view=a' '--view=actors'
expect 'diplograph -q' '-q'
expect 'diplograph --j' '--jobs --json'
expect 'diplograph -j ' ''
expect 'diplograph --stats ' 'a.txt articles c.ndjson f.jsonl two words'
expect 'diplograph ' 'a.txt articles c.ndjson eval extract f.jsonl merge two words'
expect 'diplograph e' 'eval extract'
expect 'diplograph m' 'merge'
expect 'diplograph a' 'a.txt articles'
expect 'diplograph articles/' 'articles/x.txt'
expect 'diplograph --json ' 'a.txt articles c.ndjson f.jsonl two words'
expect 'diplograph --manifest ' 'articles b.json two words'
expect 'diplograph --gazetteer b' 'b.json'
expect 'diplograph -o ' 'a.txt articles b.json c.ndjson d.csv e.svg f.jsonl two words'
expect 'diplograph --output e' 'e.svg'
expect 'diplograph --date ' ''
expect 'diplograph --id-prefix ' ''
expect 'diplograph -- ' 'a.txt articles c.ndjson f.jsonl two words'
expect 'diplograph extract --s' ''
expect 'diplograph extract --nd' '--ndjson'
expect 'diplograph extract -j 4 ' 'a.txt articles c.ndjson f.jsonl two words'
expect 'diplograph merge ' 'articles c.ndjson f.jsonl two words'
expect 'diplograph merge --d' '--dot'
expect 'diplograph merge --stats = ' 'json text'
expect 'diplograph eval ' 'articles b.json two words'
expect 'diplograph eval gold.json --gr' '--graph'
expect 'diplograph eval gold.json --graph ' 'articles b.json two words'
expect 'diplograph eval gold.json --min-f1 ' ''
expect 'diplograph eval gold.json ' 'a.txt articles c.ndjson f.jsonl two words'
expect 'diplograph eval gold.json --v' ''

# The options offered are those --help lists (--stats= aside), per command.
compare() {
  if ! diff -u --label "$1" --label "$3" "$2" "$4" >"$tmp/diff"; then
    echo "FAIL: the options of $1 and $3 differ:"
    cat "$tmp/diff"
    failed=$((failed + 1))
  else
    passed=$((passed + 1))
  fi
}
"$bin" --help >"$tmp/help.txt"
dg_help_options <"$tmp/help.txt" >"$tmp/help.main"
complete_lines diplograph - | grep -v '=$' | sort -u >"$tmp/comp.main"
compare "diplograph --help" "$tmp/help.main" "the completion of 'diplograph -'" "$tmp/comp.main"
dg_help_commands <"$tmp/help.txt" >"$tmp/help.commands"
complete_lines diplograph '' | grep -Fxv -f <(ls -1) | sort -u >"$tmp/comp.commands"
compare "the commands of diplograph --help" "$tmp/help.commands" "the completion of 'diplograph '" "$tmp/comp.commands"
# A command with a --help of its own: its options; one that shows the main
# --help: some of the main options (those that apply to it).
while read -r cmd; do
  "$bin" "$cmd" --help >"$tmp/help.$cmd.txt"
  dg_help_options <"$tmp/help.$cmd.txt" >"$tmp/help.$cmd"
  complete_lines diplograph "$cmd" x - | grep -v '=$' | sort -u >"$tmp/comp.$cmd"
  if cmp -s "$tmp/help.txt" "$tmp/help.$cmd.txt"; then
    comm -13 "$tmp/help.$cmd" "$tmp/comp.$cmd" >"$tmp/extra.$cmd"
    if [ -s "$tmp/extra.$cmd" ] || [ ! -s "$tmp/comp.$cmd" ]; then
      echo "FAIL: the completion of 'diplograph $cmd x -' offers options --help does not list (or none):"
      cat "$tmp/extra.$cmd"
      failed=$((failed + 1))
    else
      passed=$((passed + 1))
    fi
  else
    compare "diplograph $cmd --help" "$tmp/help.$cmd" "the completion of 'diplograph $cmd x -'" "$tmp/comp.$cmd"
  fi
done <"$tmp/help.commands"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
