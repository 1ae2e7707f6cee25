#!/usr/bin/env bash
# The options are documented alike in the three places a user looks (ctest:
# docs.options):
#   - `BIN --help` and `BIN CMD --help` for each command its "Commands:" lists;
#   - the man page: the .TP tags of OPTIONS (the main options) and of the
#     section named after each command in capitals (EVAL for eval), for the
#     commands with a --help of their own (extract and merge share the main
#     --help and its options);
#   - README.md: the first cells of the tables in "## Usage" (all commands).
# Sets are compared (order and wording are free); short options count too.
# Each command must also appear as "diplograph CMD" in the man page and README.
# A difference fails with a diff: "-" lines are in --help only, "+" lines in
# the documentation only.
#
# Usage: options.sh BIN [MAN_PAGE] [README]
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
bin=${1:?usage: options.sh BIN [MAN_PAGE] [README]}
man=${2:-$root/src/cli/diplograph.1}
readme=${3:-$root/README.md}
. "$here/extract.sh"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0

# compare NAME_A FILE_A NAME_B FILE_B
compare() {
  if ! diff -u --label "$1" --label "$3" "$2" "$4" >"$tmp/diff"; then
    echo "FAIL: the options of $1 and $3 differ:"
    cat "$tmp/diff"
    echo
    status=1
  else
    echo "ok: $1 = $3 ($(wc -l <"$2") options)"
  fi
}

"$bin" --help >"$tmp/help.txt" || { echo "FAIL: $bin --help exited $?"; exit 1; }
dg_help_options <"$tmp/help.txt" >"$tmp/help.main"
dg_help_commands <"$tmp/help.txt" >"$tmp/commands"
[ -s "$tmp/help.main" ] || { echo "FAIL: no option found in $bin --help"; exit 1; }
cp "$tmp/help.main" "$tmp/help.all"

dg_man_options "$man" OPTIONS >"$tmp/man.main"
compare "diplograph --help" "$tmp/help.main" "man page OPTIONS" "$tmp/man.main"

while read -r cmd; do
  "$bin" "$cmd" --help >"$tmp/help.$cmd.txt" || { echo "FAIL: $bin $cmd --help exited $?"; status=1; continue; }
  if cmp -s "$tmp/help.txt" "$tmp/help.$cmd.txt"; then
    # No help of its own: it shares the main options, documented in OPTIONS.
    echo "ok: diplograph $cmd --help is the main help"
  else
    dg_help_options <"$tmp/help.$cmd.txt" >"$tmp/help.$cmd"
    cat "$tmp/help.$cmd" >>"$tmp/help.all"
    section=$(echo "$cmd" | tr '[:lower:]' '[:upper:]')
    dg_man_options "$man" "$section" >"$tmp/man.$cmd"
    compare "diplograph $cmd --help" "$tmp/help.$cmd" "man page $section" "$tmp/man.$cmd"
    grep -q "^\\.SH \"\\?$section\"\\?\$" "$man" || { echo "FAIL: the man page has no section $section for the command $cmd"; status=1; }
  fi
  for doc in "$man" "$readme"; do
    grep -q "diplograph\\(\\\\fR\\)\\?\"\\? \"\\?$cmd\\b" "$doc" ||
      { echo "FAIL: $doc does not show 'diplograph $cmd'"; status=1; }
  done
done <"$tmp/commands"

sort -u -o "$tmp/help.all" "$tmp/help.all"
dg_readme_options "$readme" >"$tmp/readme"
compare "--help of diplograph and its commands" "$tmp/help.all" "README.md usage tables" "$tmp/readme"

echo "commands: $(tr '\n' ' ' <"$tmp/commands")"
echo "options: $(tr '\n' ' ' <"$tmp/help.all")"
exit $status
