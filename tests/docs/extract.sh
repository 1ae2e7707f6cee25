# Sourced by the docs tests: read the options out of --help, the man page and
# README.md. Each function prints a sorted set, one option a line, short
# (-o) and long (--output) options alike, without their arguments.

# Option words of a line's leading option list, e.g. "-o, --output FILE",
# "--svg, --png, --pdf", "--stats[=json]", "--date YYYY-MM-DD, --x FILE".
_dg_option_words() {
  grep -oE '(^|[ ,"`/])--?[A-Za-z0-9][A-Za-z0-9-]*' | sed -E 's/^[ ,"`\/]+//'
}

# stdin: a --help text. The options are the lines that start with spaces and
# a dash; on such a line, the option list ends where the description starts.
dg_help_options() {
  grep -E '^ +-' | sed -E 's/^ +//' |
    grep -oE '^((-[A-Za-z0-9]|--[A-Za-z0-9][A-Za-z0-9-]*)(\[=[^]]*\])?( [A-Z][A-Z0-9._=|-]*)?(, )?)+' |
    _dg_option_words | sort -u
}

# stdin: the main --help text. The commands are the words at the start of the
# lines of its "Commands:" part ("  eval GOLD.json   score ...").
dg_help_commands() {
  awk '/^[A-Z][A-Za-z ]*:$/ { in_cmds = ($0 == "Commands:"); next }
       in_cmds && /^  [a-z][a-z-]*( |$)/ { print $1 }' | sort -u
}

# $1: the man page; $2: a section title (.SH), e.g. OPTIONS or EVAL. The
# options are those in the tags of its .TP paragraphs.
dg_man_options() {
  awk -v want="$2" '
    /^\.SH/ { t = $0; sub(/^\.SH[ \t]+/, "", t); gsub(/"/, "", t); sec = t; tag = 0; next }
    /^\.TP/ { tag = 1; next }
    /^\.\\"/ { next }
    tag { tag = 0; if (sec == want) print }' "$1" |
    sed -E 's/\\-/-/g; s/\\f[BIRP]//g; s/\\f\[[A-Z]*\]//g; s/\\&//g' |
    _dg_option_words | sort -u
}

# $1: the man page. The section titles (.SH), one a line.
dg_man_sections() {
  sed -n 's/^\.SH[ \t]*//p' "$1" | tr -d '"'
}

# $1: README.md. The options in the first cell of the table rows of its
# "## Usage" section (subsections included).
dg_readme_options() {
  awk '/^## / { in_usage = ($0 ~ /^## Usage/); next }
       in_usage && /^\|/ && !/^\|( *:?-+:? *\|)+ *$/ { n = split($0, cell, "|"); print cell[2] }' "$1" |
    _dg_option_words | sort -u
}
