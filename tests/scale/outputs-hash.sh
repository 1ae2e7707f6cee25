#!/usr/bin/env bash
# The outputs of a generated corpus, byte for byte: hashes of the extraction
# lines, the merged JSON, GraphML, GEXF and the meetings table of two corpora
# from tools/gencorpus (240 articles of the default mix, 90% ordinary news;
# 160 articles of diplomatic news only), checked against the committed
# tests/scale/outputs.sha256. It catches a change of output that a change
# meant only for speed or memory (the JSON writer, the matcher, streaming,
# shared evidence) would bring. After an intended change of extraction or of
# the gazetteer (or of gencorpus), regenerate it and say so in the commit:
#   DG_UPDATE=1 bash tests/scale/outputs-hash.sh build/diplograph
set -euo pipefail
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
cd "$(dirname "$0")/../.."
want=tests/scale/outputs.sha256
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export LC_ALL=C.UTF-8
tools/gencorpus --seed 21 --articles 240 --out "$tmp/mix" --ndjson "$tmp/mix.ndjson" >/dev/null
tools/gencorpus --seed 22 --articles 160 --ordinary 0 --out "$tmp/dip" --no-files --ndjson "$tmp/dip.ndjson" >/dev/null
for c in mix dip; do
  "$bin" extract -q "$tmp/$c.ndjson" -o "$tmp/$c.x"
  "$bin" merge -q "$tmp/$c.x" -o "$tmp/$c.json"
  "$bin" merge -q --graphml "$tmp/$c.x" -o "$tmp/$c.graphml"
  "$bin" merge -q --gexf "$tmp/$c.x" -o "$tmp/$c.gexf"
  "$bin" merge -q --csv-table meetings "$tmp/$c.x" -o "$tmp/$c.meetings.csv"
done
(cd "$tmp" && "$bin" extract -q --manifest mix/manifest.json -o mixdir.x) # the files, with relative paths
(cd "$tmp" && sha256sum mix.x mixdir.x mix.json mix.graphml mix.gexf mix.meetings.csv \
   dip.x dip.json dip.graphml dip.gexf dip.meetings.csv) > "$tmp/got"
if [ "${DG_UPDATE:-}" = 1 ]; then cp "$tmp/got" "$want"; echo "updated $want"; exit 0; fi
if diff -u "$want" "$tmp/got"; then
  echo "ok: $(wc -l < "$want") outputs of generated corpora as committed"
else
  echo "FAIL: outputs differ from $want (an intended change: DG_UPDATE=1 bash $0 BIN)"
  exit 1
fi
