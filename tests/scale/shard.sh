#!/usr/bin/env bash
# extract/merge: any sharding, in any order, through files or stdin, gives the
# bytes of a single run; -j N gives the bytes of -j 1. On the examples and on
# a generated corpus (tools/gencorpus).
set -euo pipefail
bin=$1
cd "$(dirname "$0")/../.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

check() { # name, reference, candidate
  if cmp -s "$2" "$3"; then echo "ok: $1"; else echo "FAIL: $1 differs from a single run"; exit 1; fi
}

one_corpus() { # label, input arguments...
  local label=$1; shift
  "$bin" -q "$@" -o "$tmp/single.json"
  "$bin" -q --graphml "$@" -o "$tmp/single.graphml"
  "$bin" extract -q "$@" -o "$tmp/all.ndjson"
  local n; n=$(wc -l < "$tmp/all.ndjson")
  "$bin" merge "$tmp/all.ndjson" -o "$tmp/m.json"; check "$label: merge of one stream" "$tmp/single.json" "$tmp/m.json"
  for k in 2 3 7; do
    rm -f "$tmp"/shard.*
    split -n "l/$k" -d "$tmp/all.ndjson" "$tmp/shard."
    # shards in reverse order, and lines shuffled deterministically
    ls -r "$tmp"/shard.* > "$tmp/order"
    "$bin" merge $(cat "$tmp/order") -o "$tmp/m.json"; check "$label: $k shards, reversed" "$tmp/single.json" "$tmp/m.json"
    "$bin" merge --graphml $(cat "$tmp/order") -o "$tmp/m.graphml"; check "$label: $k shards, GraphML" "$tmp/single.graphml" "$tmp/m.graphml"
  done
  awk 'BEGIN{srand(7)} {print rand() "\t" $0}' "$tmp/all.ndjson" | sort -k1,1 | cut -f2- | "$bin" merge -o "$tmp/m.json"
  check "$label: lines shuffled, through stdin" "$tmp/single.json" "$tmp/m.json"
  "$bin" -q -j 2 "$@" -o "$tmp/j2.json"; check "$label: -j 2" "$tmp/single.json" "$tmp/j2.json"
  "$bin" extract -q -j 2 "$@" -o "$tmp/j2.ndjson"; check "$label: extract -j 2" "$tmp/all.ndjson" "$tmp/j2.ndjson"
  echo "ok: $label: $n articles"
}

one_corpus examples --manifest examples/manifest.json
if [ -x tools/gencorpus ]; then
  tools/gencorpus --seed 11 --articles 300 --out "$tmp/corpus" >/dev/null
  one_corpus generated --manifest "$tmp/corpus/manifest.json"
fi

# Bad records among good ones, and a duplicate id: -j N says the same things
# as -j 1, in the same order (the reader runs ahead with -j N and holds back
# what it says until the article after it is handed over).
if [ -x tools/gencorpus ]; then
  tools/gencorpus --seed 12 --articles 150 --out "$tmp/c2" --ndjson "$tmp/good.ndjson" >/dev/null
  { sed -n 1,60p "$tmp/good.ndjson"; sed -n 2p "$tmp/good.ndjson"; echo '{"id": broken'; echo '{"id":"x"}'
    sed -n 61,140p "$tmp/good.ndjson"; printf '{"id":"e","text":""}\n'; sed -n 141,150p "$tmp/good.ndjson"; } > "$tmp/mix.ndjson"
  for cmd in "" extract; do
    "$bin" $cmd -j 1 "$tmp/mix.ndjson" > "$tmp/mix1.out" 2> "$tmp/mix1.err" && { echo "FAIL: bad records gave exit 0"; exit 1; } || true
    [ -n "$cmd" ] || grep -q "share the id" "$tmp/mix1.err" || { echo "FAIL: no message for the duplicate id"; exit 1; }
    for j in 2 3 8; do
      "$bin" $cmd -j "$j" "$tmp/mix.ndjson" > "$tmp/mixj.out" 2> "$tmp/mixj.err" || true
      check "bad records, ${cmd:-graph} -j $j: output" "$tmp/mix1.out" "$tmp/mixj.out"
      check "bad records, ${cmd:-graph} -j $j: messages and their order" "$tmp/mix1.err" "$tmp/mixj.err"
    done
  done
fi
