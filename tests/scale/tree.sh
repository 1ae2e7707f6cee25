#!/usr/bin/env bash
# A merge tree (merge --partial per group of shards, then a merge of the
# partial outputs) gives the bytes of one merge, in every format; so does a
# three-level tree, and groups given in any order. merge --partial writes the
# same bytes whatever the order or grouping of its inputs, a repeated id is
# kept where a single merge keeps it, bad lines are reported where they are.
#   bash tests/scale/tree.sh PATH/TO/diplograph
set -euo pipefail
bin=$(realpath "${1:?usage: tree.sh PATH/TO/diplograph}")
cd "$(dirname "$0")/../.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
same() { cmp -s "$2" "$3" || fail "$1: $(basename "$3") differs from $(basename "$2")"; }

# Every output of one merge of FILES... into DIR (the PDF without its date).
outputs() { # dir, files...
  local d=$1; shift
  mkdir -p "$d"
  local f
  for f in json dot svg graphml gexf report csv-edges; do
    "$bin" merge -q --$f "$@" -o "$d/out.$f"
  done
  "$bin" merge -q --png --width 1200 "$@" -o "$d/out.png"
  for t in countries persons meetings nodes; do "$bin" merge -q --csv-table $t "$@" -o "$d/$t.csv"; done
  "$bin" merge -q --view actors --graphml "$@" -o "$d/actors.graphml"
  "$bin" merge -q --view countries --gexf "$@" -o "$d/countries.gexf"
  "$bin" merge -q --stats=json "$@" -o "$d/stats.json"
  # PDF: a page of at most 14400 pt, which the examples' diagram fits.
  if [ "$pdf" = yes ]; then
    "$bin" merge -q --pdf "$@" -o "$d/out.pdf"
    grep -av '/CreationDate' "$d/out.pdf" > "$d/pdf.nodate"
    rm "$d/out.pdf"
  fi
}
same_outputs() { # label, dir1, dir2
  local n=0 f
  for f in "$2"/*; do same "$1" "$f" "$3/$(basename "$f")"; n=$((n + 1)); done
  [ "$n" -eq "$([ "$pdf" = yes ] && echo 16 || echo 15)" ] || fail "$1: only $n outputs"
  echo "ok: $1: $n outputs, the bytes of one merge"
}

tree_corpus() { # label, extraction lines file
  local label=$1 all=$2 w=$tmp/$1
  mkdir -p "$w"
  split -n l/6 -d "$all" "$w/s."
  outputs "$w/one" "$w"/s.0*
  # Two levels: groups of two shards, then the merge of the three partials.
  "$bin" merge --partial "$w/s.00" "$w/s.01" -o "$w/g1"
  "$bin" merge --partial "$w/s.03" "$w/s.02" -o "$w/g2"
  "$bin" merge --partial "$w/s.04" "$w/s.05" -o "$w/g3"
  outputs "$w/two" "$w/g1" "$w/g2" "$w/g3"
  same_outputs "$label: two levels" "$w/one" "$w/two"
  # Three levels, the groups in another order.
  "$bin" merge --partial "$w/g3" "$w/g1" -o "$w/h1"
  outputs "$w/three" "$w/g2" "$w/h1"
  same_outputs "$label: three levels" "$w/one" "$w/three"
  # A partial output does not depend on the order or grouping of its inputs.
  "$bin" merge --partial "$w"/s.0* -o "$w/p-flat"
  "$bin" merge --partial "$w/h1" "$w/g2" -o "$w/p-tree"
  cat "$w/s.05" "$w/s.02" "$w/s.04" "$w/s.00" "$w/s.03" "$w/s.01" | "$bin" merge --partial -o "$w/p-stdin"
  same "$label: partial of partials" "$w/p-flat" "$w/p-tree"
  same "$label: partial of shuffled shards on stdin" "$w/p-flat" "$w/p-stdin"
  # One line per article, sorted by id, each id once.
  [ "$(wc -l < "$w/p-flat")" -eq "$(wc -l < "$all")" ] || fail "$label: the partial output lost or added lines"
  python3 - "$w/p-flat" <<'PY'
import json, sys
ids = [json.loads(l)['id'] for l in open(sys.argv[1], encoding='utf-8')]
assert ids == sorted(ids, key=lambda s: s.encode()), 'not sorted by id'
assert len(ids) == len(set(ids)), 'an id twice'
PY
  echo "ok: $label: merge --partial is independent of order and grouping"
}

"$bin" extract -q --manifest examples/manifest.json -o "$tmp/examples.lines"
pdf=yes
tree_corpus examples "$tmp/examples.lines"
pdf=no
tools/gencorpus --seed 23 --articles 200 --out "$tmp/corpus" >/dev/null
"$bin" extract -q --manifest "$tmp/corpus/manifest.json" -o "$tmp/gen.lines"
tree_corpus generated "$tmp/gen.lines"

# Lines as another program might write them (keys in another order, extra
# fields, spaces, CRLF): the partial writes them the library's way, and the
# graph is the one of the raw lines.
python3 - "$tmp/gen.lines" "$tmp/odd.lines" <<'PY'
import json, sys
with open(sys.argv[1], encoding='utf-8') as f, open(sys.argv[2], 'w', encoding='utf-8', newline='') as o:
    for i, line in enumerate(f):
        r = json.loads(line)
        r = dict(reversed(list(r.items())))
        r['comment'] = 'written by another tool'
        o.write(json.dumps(r, indent=None, separators=(' , ', ' : ')) + ('\r\n' if i % 2 else '\n'))
PY
"$bin" merge -q "$tmp/odd.lines" -o "$tmp/odd-one.json"
"$bin" merge --partial "$tmp/odd.lines" -o "$tmp/odd.partial"
"$bin" merge -q "$tmp/odd.partial" -o "$tmp/odd-tree.json"
same "lines in another layout" "$tmp/odd-one.json" "$tmp/odd-tree.json"
same "lines in another layout, partial" "$tmp/generated/p-flat" "$tmp/odd.partial"
echo "ok: lines in another layout: written again the library's way, the same graph"

# A repeated id (another path) in shard 3 and in shard 1, and a bad line in
# shard 2: one merge and the tree keep the first and report the others.
w=$tmp/bad
mkdir "$w"
split -n l/4 -d "$tmp/gen.lines" "$w/s."
head -n 1 "$w/s.00" | sed 's/"path":"[^"]*"/"path":"elsewhere.txt"/' > "$w/dup"
cat "$w/dup" >> "$w/s.02"
cat "$w/dup" >> "$w/s.00"
echo '{"id": "broken"' >> "$w/s.01"
id=$(python3 -c 'import json,sys; print(json.loads(open(sys.argv[1]).readline())["id"])' "$w/dup")
rc=0; "$bin" merge -q "$w"/s.0* -o "$w/one.json" 2> "$w/one.err" || rc=$?
[ "$rc" -eq 2 ] || fail "one merge with bad lines exited $rc"
rc=0; "$bin" merge --partial "$w/s.00" "$w/s.01" -o "$w/g1" 2> "$w/g1.err" || rc=$?
[ "$rc" -eq 2 ] || fail "merge --partial with bad lines exited $rc"
grep -q "s.00: line $(wc -l < "$w/s.00"): two documents share the id '$id'" "$w/g1.err" ||
  fail "the repeated id is not reported at its line: $(cat "$w/g1.err")"
grep -q "s.01: line $(wc -l < "$w/s.01"): " "$w/g1.err" || fail "the bad line is not reported at its line"
"$bin" merge --partial "$w/s.02" "$w/s.03" -o "$w/g2"
rc=0; "$bin" merge -q "$w/g1" "$w/g2" -o "$w/tree.json" 2> "$w/tree.err" || rc=$?
[ "$rc" -eq 2 ] || fail "the last merge of the tree exited $rc (the id repeated across groups)"
grep -q "g2: line [0-9]*: two documents share the id '$id'" "$w/tree.err" || fail "the last merge does not name the id"
same "repeated ids and a bad line" "$w/one.json" "$w/tree.json"
grep -q '"path": "elsewhere.txt"' "$w/tree.json" && fail "the repeat, not the first, was kept"
echo "ok: a repeated id and a bad line: the tree keeps what one merge keeps, and says so"

# What --partial refuses: an output format, a gazetteer, extract, an input as output.
for args in "merge --partial --svg" "merge --partial --gazetteer $tmp/odd.lines" "merge --partial --from 2020-01-01" \
            "extract --partial"; do
  rc=0; "$bin" $args "$tmp/examples.lines" -o "$tmp/x" 2> "$tmp/err" || rc=$?
  [ "$rc" -eq 1 ] && grep -q -- '--partial' "$tmp/err" || fail "$args: exit $rc, $(cat "$tmp/err")"
done
rc=0; "$bin" merge --partial "$w/g2" -o "$w/g2" 2> "$tmp/err" || rc=$?
[ "$rc" -eq 1 ] && grep -q 'is also an input' "$tmp/err" || fail "merge --partial overwrites its input"
[ ! -e "$tmp/x" ] || fail "a refused run wrote its output"
echo "ok: --partial refuses what belongs to the last merge, and its own input as output"
