#!/usr/bin/env bash
# The escalation diagram grows linearly: `merge --svg` of N = 2500 and 4N =
# 10,000 invented meetings (extraction lines made here, 12 countries, one
# meeting a day) in one run, the drawing's CPU time (the --svg run less the
# --json run of the same lines) compared: 4N may cost at most 6 times N
# (linear is 4; the quadratic layout of old cost 16), and so may its peak
# memory. Also: the SVG of 10,000 meetings is well-formed, the report of
# them is written, and PNG and PDF of a figure too large for them are
# refused with a message (exit 1), never a crash (issue 18, finding 1: 10,000
# meetings crashed). Not a timed test: only the ratios.
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
for n in (2500, 10000):
    with open(f"{out}/m{n}.lines", "w") as f:
        for l in lines(n):
            f.write(json.dumps(l) + "\n")
PY

# Every run on one CPU, the best of three: the CPUs of a virtual machine may
# run at different speeds (seen: 1.5x between the two vCPUs of one VM), and
# a ratio of runs on different ones would measure that, not the drawing.
PIN=()
if command -v taskset >/dev/null; then
  PIN=(taskset -c "$(python3 -c 'import os; print(min(os.sched_getaffinity(0)))')")
  "${PIN[@]}" true 2>/dev/null || PIN=() # taskset present but not allowed here: unpinned
fi
cpu() { # cpu ARGS...: user+sys seconds, the best of three runs; the peak memory (KiB) in $TMP/rss
  local best=
  for _ in 1 2 3; do
    /usr/bin/time -f '%U %S %M' -o "$TMP/t" "${PIN[@]}" "$BIN" "$@" >/dev/null 2>"$TMP/err" ||
      { cat "$TMP/err" >&2; fail "diplograph $* failed"; }
    awk '{print $3}' "$TMP/t" > "$TMP/rss"
    best=$(awk -v b="$best" '{s = $1 + $2; if (b == "" || s < b) print s; else print b}' "$TMP/t")
  done
  echo "$best"
}
declare -A cost rss
for n in 2500 10000; do
  base=$(cpu merge "$TMP/m$n.lines" -o "$TMP/m$n.json")
  svg=$(cpu merge "$TMP/m$n.lines" --svg -o "$TMP/m$n.svg")
  rss[$n]=$(cat "$TMP/rss")
  cost[$n]=$(python3 -c "print(max($svg - $base, 0.05))")
  echo "$n meetings: merge $base s, merge --svg $svg s, the drawing ${cost[$n]} s; --svg peak ${rss[$n]} KiB"
done
ratio=$(python3 -c "print(round(${cost[10000]} / ${cost[2500]}, 2))")
mratio=$(python3 -c "print(round(${rss[10000]} / ${rss[2500]}, 2))")
echo "4x the meetings: ${ratio}x the drawing's time, ${mratio}x the peak memory"
python3 -c "import sys; sys.exit(0 if $ratio <= 6 else 1)" || fail "the drawing grows faster than linearly (${ratio}x for 4x)"
python3 -c "import sys; sys.exit(0 if $mratio <= 6 else 1)" || fail "the drawing's memory grows faster than linearly (${mratio}x for 4x)"
xmllint --noout --huge "$TMP/m10000.svg" || fail "the SVG of 10,000 meetings is not well-formed"
n=$(grep -c 'class="node meeting' "$TMP/m10000.svg" || true)
[ "$n" -ge 10000 ] || fail "$n meeting heads in the SVG of 10,000 meetings"
"$BIN" merge -q --report "$TMP/m10000.lines" -o "$TMP/m10000.html" || fail "--report of 10,000 meetings: exit $?"
grep -q '</html>' "$TMP/m10000.html" || fail "the report of 10,000 meetings is cut short"
echo "ok: linear, the SVG of 10,000 meetings is well-formed with every meeting, and their report is written"

for fmt in png pdf; do
  rc=0
  "$BIN" merge "$TMP/m10000.lines" --$fmt -o "$TMP/big.$fmt" 2>"$TMP/err" || rc=$?
  [ "$rc" -eq 1 ] || fail "--$fmt of a figure too large: exit $rc, want 1"
  grep -q 'too large\|larger than' "$TMP/err" || { cat "$TMP/err" >&2; fail "--$fmt: no message saying why"; }
  [ ! -e "$TMP/big.$fmt" ] || fail "--$fmt wrote a file although it refused"
done
echo "ok: PNG and PDF of a figure too large for them are refused with a message"
