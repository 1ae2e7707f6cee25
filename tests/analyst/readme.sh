#!/usr/bin/env bash
# The README's walkthrough ("The analyst's path") runs as written: its sh
# block, run in a scratch folder that holds the repository's examples/ and
# build/diplograph (tools/build is skipped: the program is built).
#   bash tests/analyst/readme.sh PATH/TO/diplograph
set -euo pipefail
DG=$1
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
awk '/^## The analyst.s path/{on=1} on && /^```sh/{code=1; next} code && /^```/{exit} code' README.md |
  grep -v '^tools/' >"$T/walk.sh"
[ "$(grep -c 'build/diplograph' "$T/walk.sh")" -ge 5 ] || fail "the walkthrough was not found in README.md"
mkdir "$T/build"
ln -s "$(realpath "$DG")" "$T/build/diplograph"
cp -r examples "$T/examples"
(cd "$T" && bash -euo pipefail walk.sh >"$T/out" 2>"$T/err") || { cat "$T/err" >&2; fail "the walkthrough fails"; }
for f in report.html my-corrections.json focus.html escalation.svg graph.graphml; do
  [ -s "$T/$f" ] || fail "the walkthrough did not write $f"
done
grep -q '<h2>Corrections</h2>' "$T/report.html" || fail "the walkthrough's report shows no correction"
grep -q 'class="focus"' "$T/focus.html" || fail "the walkthrough's focused report does not say its focus"
! grep -q 'not applied' "$T/err" || fail "a correction of examples/corrections.json is stale: $(grep 'not applied' "$T/err")"
echo "ok: the README walkthrough runs as written"
