#!/usr/bin/env bash
# The GNU parallel recipe of README's "At scale" section, as written there:
# NDJSON shards extracted by parallel jobs, then merged: the bytes of a
# single run over the same files. Exit 77 (skipped) without GNU parallel.
#   bash tests/slurm/parallel.sh PATH/TO/diplograph
set -euo pipefail
bin=$(realpath "${1:?usage: parallel.sh PATH/TO/diplograph}")
root=$(cd "$(dirname "$0")/../.." && pwd)
command -v parallel >/dev/null || { echo "SKIP: GNU parallel not found (tools/install-deps installs it)" >&2; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/bin" "$tmp/shards"
ln -s "$bin" "$tmp/bin/diplograph"
export PATH=$tmp/bin:$PATH
cd "$tmp"
"$root/tools/gencorpus" --seed 23 --articles 600 --out corpus --ndjson all.ndjson >/dev/null
split -n l/6 -d --additional-suffix=.ndjson all.ndjson shards/part-
diplograph -q shards/ -o one.json
diplograph -q --gexf shards/ -o one.gexf

# The recipe (README.md, "At scale"):
ls shards/*.ndjson | parallel 'diplograph extract -q {} -o {.}.lines'
diplograph merge shards/*.lines --gexf -o graph.gexf
diplograph merge shards/*.lines -o graph.json

[ "$(ls shards/*.lines | wc -l)" -eq 6 ] || { echo "FAIL: want 6 .lines files" >&2; exit 1; }
cmp one.gexf graph.gexf || { echo "FAIL: GEXF differs from a single run" >&2; exit 1; }
cmp one.json graph.json || { echo "FAIL: JSON differs from a single run" >&2; exit 1; }
echo "ok: GNU parallel over 6 NDJSON shards gives the bytes of a single run (JSON, GEXF)"
