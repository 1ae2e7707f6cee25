#!/usr/bin/env bash
# Focus: --from/--to/--country/--status/--level/--min-format select the same
# meetings in JSON, GraphML, GEXF, CSV, the diagram and the report, which says the focus,
# as does the diagram's subtitle.
#   bash tests/analyst/focus.sh PATH/TO/diplograph
set -euo pipefail
DG=$1
D=tests/data/analyst
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
M=(--manifest "$D/manifest2.json")

same_everywhere() { # $1: expected number of meetings, then the focus options
  local want=$1; shift
  "$DG" "${M[@]}" "$@" >"$T/f.json"
  "$DG" "${M[@]}" "$@" --graphml -o "$T/f.graphml"
  "$DG" "${M[@]}" "$@" --gexf -o "$T/f.gexf"
  "$DG" "${M[@]}" "$@" --csv-table nodes -o "$T/f.csv"
  "$DG" "${M[@]}" "$@" --report -o "$T/f.html"
  "$DG" "${M[@]}" "$@" --svg -o "$T/f.svg"
  python3 tests/analyst/check.py meetings json "$T/f.json" >"$T/json.ids"
  local n
  n=$(wc -l <"$T/json.ids")
  [ "$n" = "$want" ] || fail "$*: $n meetings in JSON, want $want"
  for fmt in graphml gexf csv; do
    python3 tests/analyst/check.py meetings $fmt "$T/f.$fmt" >"$T/$fmt.ids"
    cmp -s "$T/json.ids" "$T/$fmt.ids" || fail "$*: $fmt selects other meetings than JSON: $(diff "$T/json.ids" "$T/$fmt.ids")"
  done
  python3 tests/analyst/check.py meetings json-countries "$T/f.json" >"$T/json.sets"
  python3 tests/analyst/check.py meetings svg-countries "$T/f.svg" >"$T/svg.sets"
  cmp -s "$T/json.sets" "$T/svg.sets" || fail "$*: the diagram draws other meetings than JSON: $(diff "$T/json.sets" "$T/svg.sets")"
  local rows
  rows=$(grep -c '<tbody class="meeting"' "$T/f.html" || true)
  [ "$rows" = "$want" ] || fail "$*: the report has $rows meetings, want $want"
  echo "ok: $* -> $want meetings in every output"
}

same_everywhere 4
same_everywhere 1 --country BOL
same_everywhere 3 --country chl,ARG
same_everywhere 2 --from 2021-03-05 --to 2021-04-30
same_everywhere 4 --from 2021-03
same_everywhere 2 --from 2021-04
same_everywhere 1 --status planned
same_everywhere 1 --level leaders
same_everywhere 0 --min-format 3
same_everywhere 1 --country PER --level foreign --to 2021-03-31
same_everywhere 4 --country BOL --all-countries

# Persons of the meetings left out are left out too.
"$DG" "${M[@]}" --country BOL >"$T/bol.json"
python3 - "$T/bol.json" <<'PY' || fail "persons under a focus"
import json, sys
d = json.load(open(sys.argv[1]))
names = sorted(n["name"] for n in d["nodes"] if n["kind"] == "person")
assert names == ["Luis Mamani", "Rosa Vargas"], names
assert d["graph"]["focus"] == "with BOL", d["graph"]["focus"]
PY

# The report and the diagram say which focus made them.
"$DG" "${M[@]}" --from 2021-03 --country PER --report -o "$T/r.html"
grep -q '<p class="focus">Focus: from 2021-03; with PER.' "$T/r.html" || fail "the report does not state the focus"
"$DG" "${M[@]}" --from 2021-03 --country PER --svg -o "$T/d.svg"
grep -qE 'Focus: from 2021(&#45;|-)03; with PER' "$T/d.svg" || fail "the diagram's subtitle does not state the focus"
"$DG" "${M[@]}" --report -o "$T/all.html"
! grep -q 'class="focus"' "$T/all.html" || fail "a focus line without a focus"
echo "ok: the report and the diagram state the focus"

# Undated meetings: out under a date filter unless --keep-undated.
printf 'Kenyan President Amani Wekesa met Ugandan President Joseph Okello to discuss the pipeline, his office said.\n' >"$T/undated.txt"
n=$("$DG" "$T/undated.txt" | python3 tests/analyst/check.py meetings json /dev/stdin | wc -l)
[ "$n" = 1 ] || fail "the undated test article gives $n meetings"
n=$("$DG" "$T/undated.txt" --from 2020 | python3 tests/analyst/check.py meetings json /dev/stdin | wc -l)
[ "$n" = 0 ] || fail "an undated meeting passes --from"
n=$("$DG" "$T/undated.txt" --from 2020 --keep-undated | python3 tests/analyst/check.py meetings json /dev/stdin | wc -l)
[ "$n" = 1 ] || fail "--keep-undated does not keep the undated meeting"
echo "ok: undated meetings"

# Bad values are refused before any article is read.
for bad in "--from 2021-13" "--country PERU" "--status done" "--level kings" "--min-format 0" "--keep-undated"; do
  set +e
  # shellcheck disable=SC2086
  "$DG" "${M[@]}" $bad >/dev/null 2>"$T/err"
  rc=$?
  set -e
  [ "$rc" = 1 ] || fail "$bad: exit $rc, not 1"
done
echo "ok: bad focus values are refused"

# A url that is not http(s) is never a link.
"$DG" "${M[@]}" --report -o "$T/s.html"
! grep -q 'href="javascript' "$T/s.html" || fail "a javascript: url became a link"
grep -q 'href="https://altiplano.example.net/2021/03/leaders-call" rel="noopener noreferrer"' "$T/s.html" || fail "no link for an https url"
echo "ok: only http(s) sources are links"
