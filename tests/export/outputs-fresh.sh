#!/usr/bin/env bash
# out/ holds the examples' outputs as the current code writes them: regenerate
# them and compare. Text outputs must be byte-identical (determinism and
# freshness at once); the PNG, rasterised by cairo, must have the same size.
set -euo pipefail
bin=$1
cd "$(dirname "$0")/../.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
tools/outputs "$bin" "$tmp"
status=0
for f in out/*; do
  name=$(basename "$f")
  case "$name" in
    report.png) continue ;; # the report's screenshot, taken by tests/report in a browser
    *.png)
      if [ "$(head -c 24 "$f" | od -An -tx1)" != "$(head -c 24 "$tmp/$name" | od -An -tx1)" ]; then
        echo "FAIL: $name: dimensions differ"; status=1
      else echo "ok: $name (same dimensions)"; fi ;;
    *)
      if cmp -s "$f" "$tmp/$name"; then echo "ok: $name"
      else echo "FAIL: $name differs from what the code writes now (run tools/demo and commit out/)"; diff <(head -c 2000 "$f") <(head -c 2000 "$tmp/$name") | sed -n 1,10p; status=1; fi ;;
  esac
done
for f in "$tmp"/*; do [ -e "out/$(basename "$f")" ] || { echo "FAIL: out/$(basename "$f") is missing"; status=1; }; done
# Two runs give the same bytes.
tools/outputs "$bin" "$tmp/again" >/dev/null
for f in "$tmp"/*.*; do
  [ "${f##*.}" = png ] && continue
  cmp -s "$f" "$tmp/again/$(basename "$f")" || { echo "FAIL: $(basename "$f") differs between two runs"; status=1; }
done
[ $status -eq 0 ] && echo "ok: out/ is fresh and outputs are deterministic"
exit $status
