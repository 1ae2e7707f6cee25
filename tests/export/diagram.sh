#!/usr/bin/env bash
# The escalation diagram and the DOT of every view, as a user would check them.
set -euo pipefail
bin=$1
cd "$(dirname "$0")/../.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
m=(--manifest examples/manifest.json)
"$bin" "${m[@]}" --svg -o "$tmp/e.svg"
"$bin" "${m[@]}" -o "$tmp/g.json"
xmllint --noout "$tmp/e.svg" && echo "ok: SVG is well-formed XML"
for c in Russia Turkey Syria Iran; do grep -q ">$c<" "$tmp/e.svg" || { echo "FAIL: $c not named"; exit 1; }; done
echo "ok: the four countries are named"
/usr/bin/python3 - "$tmp/g.json" "$tmp/e.svg" <<'PY'
import json, sys, datetime
g = json.load(open(sys.argv[1])); svg = open(sys.argv[2], encoding="utf-8").read()
months = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
n = 0
for node in g["nodes"]:
    if node["kind"] != "meeting" or not node["date"]: continue
    parts = node["date"].split("-")
    label = parts[0] if len(parts) == 1 else (f"{months[int(parts[1])-1]} {parts[0]}" if len(parts) == 2
            else f"{int(parts[2])} {months[int(parts[1])-1]} {parts[0]}")
    assert label in svg, f"dated meeting {node['id']} ({label}) not in the diagram"
    n += 1
print(f"ok: all {n} dated meetings are in the diagram")
PY
for bad in '<script' 'onload=' 'onclick=' 'javascript:' 'foreignObject' 'stroke="transparent"' 'xlink:href'; do
  if grep -qi "$bad" "$tmp/e.svg"; then echo "FAIL: SVG contains $bad"; exit 1; fi
done
echo "ok: no scripts, handlers, links or transparent strokes"
grep -q 'font-family="DejaVu Sans' "$tmp/e.svg" && echo "ok: an installed font is named"
grep -q 'class="node attended status&#45;planned' "$tmp/e.svg" || grep -q 'status&#45;planned' "$tmp/e.svg"
echo "ok: status classes for CSS"
"$bin" "${m[@]}" --svg --id-prefix second -o "$tmp/f.svg"
if grep -o 'id="[^"]*"' "$tmp/f.svg" | grep -v 'id="second' | grep -q .; then echo "FAIL: an id without the prefix"; exit 1; fi
echo "ok: every SVG id carries the prefix"
for v in timeline full actors countries; do
  "$bin" "${m[@]}" --dot --view "$v" -o "$tmp/$v.dot"
  dot -Tsvg "$tmp/$v.dot" -o "$tmp/$v.svg" 2> "$tmp/err"
  [ -s "$tmp/err" ] && { echo "FAIL: dot complained about the $v view:"; cat "$tmp/err"; exit 1; }
  xmllint --noout "$tmp/$v.svg"
done
echo "ok: dot -Tsvg renders the DOT of every view without a message"
"$bin" "${m[@]}" --png -o "$tmp/e.png"; "$bin" "${m[@]}" --pdf -o "$tmp/e.pdf"
[ "$(head -c 8 "$tmp/e.png" | od -An -tx1 | tr -d ' ')" = "89504e470d0a1a0a" ] && echo "ok: PNG"
[ "$(head -c 5 "$tmp/e.pdf")" = "%PDF-" ] && echo "ok: PDF"
