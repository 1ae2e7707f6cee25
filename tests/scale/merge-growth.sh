#!/usr/bin/env bash
# Merge's exports grow linearly with the number of articles: N = 8,000 and
# 4N = 32,000 invented extraction lines (made here: one article a line, four
# articles reporting each meeting, every other one with a url), merged into
# JSON, GraphML, GEXF, the meetings table, the edges table and the HTML
# report, in one run. For each, the CPU time (user + sys, the best of 3, less
# the cost of merging one line) at 4N may be at most LIMIT (6) times that at
# N: linear is 4, quadratic 16. The meetings' "sources" (the articles that
# report them) were found by a scan of every document per piece of evidence,
# which made GraphML, GEXF, DOT and the meetings table quadratic in the
# articles (100,000 articles: over 16 minutes for --graphml); the report's
# sources table counted each article's quotes by a scan of every meeting;
# and merging across articles compared a meeting with every earlier meeting
# of its country set (here 12 sets), not only those of its year.
# Not a timed test: only the ratios.
#   bash tests/scale/merge-growth.sh PATH/TO/diplograph
set -euo pipefail
BIN=${1:?usage: merge-growth.sh PATH/TO/diplograph}
LIMIT=${DG_GROWTH_LIMIT:-6}
N=${DG_MERGE_GROWTH_N:-8000}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

python3 - "$TMP" 1 "$N" $((4 * N)) <<'PY'
import json, sys, datetime
out, sizes = sys.argv[1], [int(a) for a in sys.argv[2:]]
codes = "CHL KEN PER NOR FIN EST GHA URY NPL MNG ISL BWA".split()
def lines(n):
    day0 = datetime.date(2001, 1, 1)
    for i in range(n):
        k = i // 4  # four articles report each meeting
        d = day0 + datetime.timedelta(days=k)
        cs = sorted({codes[(k * 7) % 12], codes[(k * 7 + 5) % 12]})
        ev = [{"start": 0, "end": 4, "sentence": f"They met ({i})."}]
        yield {"id": f"a{i:06d}", "path": None, "published": str(d), "source": "Test Wire",
               "url": f"https://example.org/{i}" if i % 2 else None,
               "reference_date": str(d), "reference_how": "published",
               "countries": [{"iso3": c, "actor": True, "evidence": ev} for c in cs],
               "persons": [],
               "meetings": [{"mode": "in-person", "date": [d.year, d.month, d.day], "date_precision": 3,
                             "date_how": "absolute", "date_weak": False, "place": None,
                             "countries": cs, "persons": [], "levels": 4, "format_said": 0,
                             "sideline": False, "status": "held", "evidence": ev}]}
for n in sizes:
    with open(f"{out}/a{n}.lines", "w") as f:
        for l in lines(n):
            f.write(json.dumps(l) + "\n")
PY

# Every run on one CPU: this VM's two vCPUs differ by 1.5x in speed, so runs
# of N and 4N that landed on different ones gave a ratio of 7.9 (as
# diagram-growth.sh and robust/growth.py found before).
PIN=()
if command -v taskset >/dev/null; then
  PIN=(taskset -c "$(python3 -c 'import os; print(min(os.sched_getaffinity(0)))')")
  "${PIN[@]}" true 2>/dev/null || PIN=() # taskset present but not allowed here: unpinned
fi
cpu() { # cpu ARGS...: the best user+sys seconds of RUNS (3) runs
  best=
  for _ in $(seq "${RUNS:-3}"); do
    /usr/bin/time -f '%U %S' -o "$TMP/t" "${PIN[@]}" "$BIN" merge -q "$@" -o "$TMP/out" 2>"$TMP/err" \
      || { cat "$TMP/err" >&2; fail "diplograph merge $* failed"; }
    t=$(awk '{print $1 + $2}' "$TMP/t")
    best=$(python3 -c "print(min(float('$t'), float('${best:-$t}')))")
  done
  echo "$best"
}
failed=0
for fmt in --json --graphml --gexf "--csv-table meetings" --csv-edges --report; do
  # shellcheck disable=SC2086
  start=$(cpu $fmt "$TMP/a1.lines")
  # shellcheck disable=SC2086
  t1=$(cpu $fmt "$TMP/a$N.lines")
  # shellcheck disable=SC2086
  t4=$(cpu $fmt "$TMP/a$((4 * N)).lines")
  ratio=$(python3 -c "print(round(max($t4 - $start, 0.02) / max($t1 - $start, 0.02), 2))")
  if ! python3 -c "import sys; sys.exit(0 if $ratio <= $LIMIT else 1)"; then
    # Over the limit: measure both sizes again, best of 5 more runs, before
    # saying so. A busy machine (another test on the other core) has put a
    # 0.1 s base at 7.75 once; a quadratic export stays near 16.
    # shellcheck disable=SC2086
    t1=$(python3 -c "print(min($t1, $(RUNS=5 cpu $fmt "$TMP/a$N.lines")))")
    # shellcheck disable=SC2086
    t4=$(python3 -c "print(min($t4, $(RUNS=5 cpu $fmt "$TMP/a$((4 * N)).lines")))")
    ratio=$(python3 -c "print(round(max($t4 - $start, 0.02) / max($t1 - $start, 0.02), 2))")
  fi
  if python3 -c "import sys; sys.exit(0 if $ratio <= $LIMIT else 1)"; then
    echo "ok: merge $fmt: $N articles $t1 s, $((4 * N)) articles $t4 s (one line: $start s), ratio $ratio (limit $LIMIT)"
  else
    echo "FAIL: merge $fmt: $N articles $t1 s, $((4 * N)) articles $t4 s (one line: $start s), ratio $ratio (limit $LIMIT)"
    failed=1
  fi
done
[ "$failed" = 0 ] || fail "a merge export grows faster than linearly in the articles"
echo "ok: every merge export is linear in the articles"
