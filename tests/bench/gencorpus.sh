#!/usr/bin/env bash
# Smoke test of tools/gencorpus (the benchmark corpus generator):
#   bash tests/bench/gencorpus.sh PATH/TO/diplograph
# 50 articles twice with the same seed give the same bytes, another seed other
# bytes; the manifest, the answer key and every NDJSON line parse as JSON; and
# diplograph eval runs on the corpus. The scores are printed, and only the
# countries' F1 is held to a floor (> 0.5): the generator is a throughput tool
# and a sanity check, not an accuracy measure (see its header).
set -euo pipefail
BIN=${1:?usage: gencorpus.sh PATH/TO/diplograph}
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
GEN=$ROOT/tools/gencorpus
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

for run in a b; do
  "$GEN" --seed 42 --articles 50 --out "$TMP/$run" --ndjson "$TMP/$run.ndjson" --gold "$TMP/$run.gold.json"
done
"$GEN" --seed 43 --articles 50 --out "$TMP/c" --ndjson "$TMP/c.ndjson" --gold "$TMP/c.gold.json"

n=$(find "$TMP/a" -name '*.txt' | wc -l)
[ "$n" -eq 50 ] || fail "$n article files, want 50"
diff -r "$TMP/a" "$TMP/b" >/dev/null || fail "same seed, different articles or manifest"
cmp -s "$TMP/a.ndjson" "$TMP/b.ndjson" || fail "same seed, different NDJSON"
cmp -s "$TMP/a.gold.json" "$TMP/b.gold.json" || fail "same seed, different answer key"
echo "ok: the same seed gives the same bytes"
if cmp -s "$TMP/a.ndjson" "$TMP/c.ndjson" || diff -r "$TMP/a" "$TMP/c" >/dev/null; then
  fail "different seeds, same corpus"
fi
echo "ok: another seed gives another corpus"

python3 - "$TMP/a" "$TMP/a.ndjson" "$TMP/a.gold.json" <<'PY'
import json, os, sys
d, nd, gold = sys.argv[1:]
m = json.load(open(os.path.join(d, 'manifest.json'), encoding='utf-8'))
docs = m['documents']
assert len(docs) == 50, len(docs)
for e in docs:
    assert os.path.isfile(os.path.join(d, e['path'])), e
    assert set(e) == {'id', 'path', 'published', 'source'}, e
lines = open(nd, encoding='utf-8').read().splitlines()
assert len(lines) == 50, len(lines)
for line, e in zip(lines, docs):
    r = json.loads(line)
    assert set(r) == {'id', 'text', 'published', 'source', 'url'}, r.keys()
    assert r['id'] == e['id'] and r['published'] == e['published'], (r['id'], e)
    assert r['text'] == open(os.path.join(d, e['path']), encoding='utf-8').read(), r['id']
g = json.load(open(gold, encoding='utf-8'))
for k in ('about', 'documents', 'countries', 'persons', 'meetings', 'forbidden'):
    assert k in g, k
assert g['meetings'] and g['persons'] and g['countries']
for mt in g['meetings']:
    for k in ('id', 'kind', 'status', 'date', 'accept', 'place', 'countries', 'persons', 'level', 'levels'):
        assert k in mt, (k, mt)
    assert 2 <= len(mt['countries']) <= 6, mt
    assert mt['kind'] in ('meeting', 'call') and mt['status'] in ('held', 'planned', 'proposed'), mt
print('ok: manifest, NDJSON (%d lines) and answer key (%d meetings, %d persons) parse'
      % (len(lines), len(g['meetings']), len(g['persons'])))
PY

rc=0
"$BIN" eval "$TMP/a.gold.json" --manifest "$TMP/a/manifest.json" >"$TMP/eval.txt" 2>"$TMP/eval.err" || rc=$?
[ "$rc" -eq 0 ] || { cat "$TMP/eval.err" >&2; fail "eval exited $rc"; }
grep -E '^(countries|persons|meetings|matched meetings|forbidden):?' "$TMP/eval.txt"
f1=$(sed -n 's/^countries: .*F1=\([0-9.]*\).*/\1/p' "$TMP/eval.txt")
[ -n "$f1" ] || fail "no countries score in the eval report"
awk -v f="$f1" 'BEGIN { exit !(f > 0.5) }' || fail "countries F1 $f1 <= 0.5"
echo "ok: eval runs on the generated corpus (countries F1 $f1)"
