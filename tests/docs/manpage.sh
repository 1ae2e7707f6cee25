#!/usr/bin/env bash
# The man page (ctest: docs.manpage): it has the usual sections, names the
# program's version, copies the exit status from --help (codes and words),
# and renders without a warning (groff -man -ww; skipped when groff is not
# installed: it comes with man-db, Debian's groff-base).
#
# Usage: manpage.sh BIN [MAN_PAGE]
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
bin=${1:?usage: manpage.sh BIN [MAN_PAGE]}
man=${2:-$root/src/cli/diplograph.1}
. "$here/extract.sh"
status=0
fail() { echo "FAIL: $*"; status=1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Sections.
dg_man_sections "$man" >"$tmp/sections"
for s in NAME SYNOPSIS DESCRIPTION OPTIONS "EXIT STATUS" EXAMPLES "SEE ALSO"; do
  grep -qx "$s" "$tmp/sections" || fail "no section $s"
done
echo "sections: $(tr '\n' ',' <"$tmp/sections" | sed 's/,$//; s/,/, /g')"

# Version: .TH DIPLOGRAPH 1 DATE "diplograph X.Y.Z" ...
version=$("$bin" --version | sed -n 's/^diplograph //p')
grep -Eq "^\\.TH DIPLOGRAPH 1 [^ ]+ \"diplograph $version\"" "$man" ||
  fail ".TH does not say \"diplograph $version\": $(grep '^\.TH' "$man")"

# Exit status: "N text" pairs, from --help's "Exit status:" paragraph and from
# the man page's EXIT STATUS tags, compared word for word.
"$bin" --help | awk '/^Exit status:/ { on = 1 } on && /^$/ { on = 0 } on' | tr '\n' ' ' |
  sed -E 's/^Exit status: *//; s/ +/ /g; s/[. ]+$//; s/(^|; )([0-9]+) /\n\2 /g' |
  awk NF >"$tmp/help.exit"
awk '/^\.SH/ { sec = $0 ~ /EXIT STATUS/; next }
     sec && /^\.TP/ { if (line != "") print line; line = ""; code = 1; next }
     sec && code { sub(/^\.B[ \t]+/, ""); line = $0; code = 0; next }
     sec && /^\.\\"/ { next }
     sec { sub(/^\.[A-Z]+[ \t]+/, ""); line = line " " $0 }
     END { if (line != "") print line }' "$man" |
  sed -E 's/\\-/-/g; s/\\f[BIRP]//g; s/"//g; s/ +/ /g; s/[. ]+$//' >"$tmp/man.exit"
if ! diff -u --label "diplograph --help" --label "man page EXIT STATUS" "$tmp/help.exit" "$tmp/man.exit"; then
  fail "the exit status differs"
else
  echo "exit status: $(wc -l <"$tmp/help.exit") codes, as --help says"
fi

# Rendering.
if command -v groff >/dev/null; then
  LC_ALL=C.UTF-8 groff -man -Tutf8 -ww -z "$man" >"$tmp/groff.out" 2>&1
  if [ -s "$tmp/groff.out" ]; then
    fail "groff -man -Tutf8 -ww warns:"
    cat "$tmp/groff.out"
  else
    echo "groff -man -Tutf8 -ww: no warning"
  fi
else
  echo "skip: groff is not installed (Debian: groff-base), rendering not checked"
fi
[ $status = 0 ] && echo "man page: passed"
exit $status
