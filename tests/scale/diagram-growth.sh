#!/usr/bin/env bash
# The escalation diagram grows linearly: `merge --svg` of N = 2000 and 4N invented
# meetings (extraction lines made here, 12 countries, one meeting a day) in
# one run, the drawing's CPU time (the --svg run less the --json run of the
# same lines) compared: 4N may cost at most 6 times N (linear is 4; the
# quadratic layout of old cost 16). Also: the SVG of 4N meetings is
# well-formed, and PNG and PDF of a figure too large for them are refused
# with a message (exit 1), never a crash. Not a timed test: only the ratio.
#   bash tests/scale/diagram-growth.sh PATH/TO/diplograph
set -euo pipefail
BIN=${1:?usage: diagram-growth.sh PATH/TO/diplograph}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

python3 - "$TMP" <<'PY'
import json, sys, datetime
out = sys.argv[1]
codes = "CHL KEN PER NOR FIN EST GHA URY NPL MNG ISL BWA".split()
def lines(n):
    day0 = datetime.date(2001, 1, 1)
    for i in range(n):
        d = day0 + datetime.timedelta(days=i)
        k = 2 + i % 3
        cs = sorted({codes[(i * 7 + j * 5) % len(codes)] for j in range(k)})
        persons = [{"name": f"Aro{c.title()} Velt{i % 97}", "aliases": [], "country": c, "role": "foreign minister",
                    "level": "foreign", "nonstate": False, "evidence": [{"start": 0, "end": 4, "sentence": "x"}]}
                   for c in cs[:2]]
        yield {"id": f"d{i:06d}", "path": None, "published": str(d), "source": "Test Wire",
               "reference_date": str(d), "reference_how": "published",
               "countries": [{"iso3": c, "actor": True, "evidence": [{"start": 0, "end": 4, "sentence": "x"}]} for c in cs],
               "persons": persons,
               "meetings": [{"mode": "in-person", "date": [d.year, d.month, d.day], "date_precision": 3,
                             "date_how": "absolute", "date_weak": False, "place": "Valdoria",
                             "countries": cs, "persons": list(range(len(persons))), "levels": 4, "format_said": 0,
                             "sideline": False, "status": ["held", "planned", "proposed"][i % 3],
                             "evidence": [{"start": 0, "end": 4, "sentence": "They met."}]}]}
for n in (2000, 8000):
    with open(f"{out}/m{n}.lines", "w") as f:
        for l in lines(n):
            f.write(json.dumps(l) + "\n")
PY

cpu() { # cpu ARGS...: user+sys seconds of one run
  /usr/bin/time -f '%U %S' -o "$TMP/t" "$BIN" "$@" >/dev/null 2>"$TMP/err" || { cat "$TMP/err" >&2; fail "diplograph $* failed"; }
  awk '{print $1 + $2}' "$TMP/t"
}
declare -A cost
for n in 2000 8000; do
  base=$(cpu merge "$TMP/m$n.lines" -o "$TMP/m$n.json")
  svg=$(cpu merge "$TMP/m$n.lines" --svg -o "$TMP/m$n.svg")
  cost[$n]=$(python3 -c "print(max($svg - $base, 0.05))")
  echo "$n meetings: merge $base s, merge --svg $svg s, the drawing ${cost[$n]} s"
done
ratio=$(python3 -c "print(round(${cost[8000]} / ${cost[2000]}, 2))")
echo "4x the meetings: ${ratio}x the drawing's time"
python3 -c "import sys; sys.exit(0 if $ratio <= 6 else 1)" || fail "the drawing grows faster than linearly (${ratio}x for 4x)"
xmllint --noout --huge "$TMP/m8000.svg" || fail "the SVG of 8000 meetings is not well-formed"
n=$(grep -c 'class="node meeting' "$TMP/m8000.svg" || true)
[ "$n" -ge 8000 ] || fail "$n meeting heads in the SVG of 8000 meetings"
echo "ok: linear, and the SVG of 8000 meetings is well-formed with every meeting"

for fmt in png pdf; do
  rc=0
  "$BIN" merge "$TMP/m8000.lines" --$fmt -o "$TMP/big.$fmt" 2>"$TMP/err" || rc=$?
  [ "$rc" -eq 1 ] || fail "--$fmt of a figure too large: exit $rc, want 1"
  grep -q 'too large\|larger than' "$TMP/err" || { cat "$TMP/err" >&2; fail "--$fmt: no message saying why"; }
  [ ! -e "$TMP/big.$fmt" ] || fail "--$fmt wrote a file although it refused"
done
echo "ok: PNG and PDF of a figure too large for them are refused with a message"
