#!/usr/bin/env bash
# The escalation diagram and the DOT of every view, as a user would check them:
# well-formed and safe SVG; no two text boxes overlapping (from the SVG, with
# the font's metrics) on the examples, the generalisation corpus and the
# 30-meeting diagram corpus; a readable tooltip on every mark; the same colour
# for a country in every diagram, from a palette that survives colour-vision
# deficiencies; framing options, --width, --undated; character references in
# names (issue 18, finding 3); DOT that dot renders.
#   bash tests/export/diagram.sh PATH/TO/diplograph
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
need xmllint libxml2-utils
need dot graphviz
need_py fontTools python3-fonttools
dc() { "$PY" "$HERE/diagram_check.py" "$@"; }
m=(--manifest examples/manifest.json)

dg "$TMP/e.svg" "${m[@]}" --svg
dg "$TMP/g.json" "${m[@]}"
xmllint --noout "$TMP/e.svg" && echo "ok: SVG is well-formed XML"
for c in Russia Turkey Syria Iran; do grep -q ">$c<" "$TMP/e.svg" || { echo "FAIL: $c not named"; exit 1; }; done
grep -q '>Meetings of Iran, Russia, Syria and Turkey, ' "$TMP/e.svg" || { echo "FAIL: no default headline"; exit 1; }
grep -q '>Source: 5 articles. Made with diplograph<' "$TMP/e.svg" || { echo "FAIL: no default credit line"; exit 1; }
echo "ok: the four countries are named; headline and credit line by default"
"$PY" - "$TMP/g.json" "$TMP/e.svg" <<'PY'
import json, sys
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
for name in ("Hossein Amir-Abdollahian", "Bashar al-Assad", "Recep Tayyip"):
    assert name in svg, f"{name} not written whole"
print(f"ok: all {n} dated meetings are in the diagram; names are whole")
PY
for bad in '<script' 'onload=' 'onclick=' 'javascript:' 'foreignObject' 'stroke="transparent"' 'xlink:href'; do
  if grep -qi "$bad" "$TMP/e.svg"; then echo "FAIL: SVG contains $bad"; exit 1; fi
done
echo "ok: no scripts, handlers, links or transparent strokes"
grep -q 'font-family="DejaVu Sans' "$TMP/e.svg" && echo "ok: an installed font is named"
grep -q 'class="node meeting status-planned' "$TMP/e.svg" || { echo "FAIL: no status classes"; exit 1; }
echo "ok: status classes for CSS"
dg "$TMP/f.svg" "${m[@]}" --svg --id-prefix second
if grep -o 'id="[^"]*"' "$TMP/f.svg" | grep -v 'id="second' | grep . >/dev/null; then echo "FAIL: an id without the prefix"; exit 1; fi
grep -q 'id="second-meeting-1-SYR"' "$TMP/f.svg" || { echo "FAIL: ids do not say what they are"; exit 1; }
echo "ok: every SVG id carries the prefix and says what it marks"

echo "--- no overlapping text, tooltips, colours"
dg "$TMP/gen.svg" --manifest tests/data/generalisation/manifest.json --svg
dg "$TMP/d30.svg" --manifest tests/data/diagram/manifest.json --svg
for f in e gen d30; do
  xmllint --noout "$TMP/$f.svg"
  dc boxes "$TMP/$f.svg"
  dc tooltips "$TMP/$f.svg"
done
dc colours "$TMP/e.svg" "$TMP/gen.svg"
# A focus keeps the corpus's colours: Peru, which gives way to Kenya and
# Mongolia in the whole corpus's diagram, keeps that colour when they are out.
dg "$TMP/d30-per.svg" --manifest tests/data/diagram/manifest.json --country PER --svg
dc colours "$TMP/d30.svg" "$TMP/d30-per.svg"
dc palette src/lib/graph/view.c

echo "--- framing, size, undated"
dg "$TMP/t.svg" "${m[@]}" --svg --title 'A & B <title>' --subtitle '' --credit 'Graphic: Desk' --width 1000
grep -q '>A &amp; B &lt;title&gt;<' "$TMP/t.svg" || { echo "FAIL: --title not shown as written"; exit 1; }
grep -q '>Graphic: Desk<' "$TMP/t.svg" || { echo "FAIL: --credit not shown"; exit 1; }
grep -q 'class="node subtitle' "$TMP/t.svg" && { echo "FAIL: --subtitle '' still drew a subtitle"; exit 1; }
grep -q '<svg[^>]* width="1000px"' "$TMP/t.svg" || { echo "FAIL: --width 1000 is not the SVG's width"; exit 1; }
dg "$TMP/w.png" "${m[@]}" --png --width 1600
w=$("$PY" -c "import struct,sys; d=open(sys.argv[1],'rb').read(24); print(struct.unpack('>I', d[16:20])[0])" "$TMP/w.png")
[ "$w" = 1600 ] || { echo "FAIL: --width 1600 gave a PNG $w px wide"; exit 1; }
dg "$TMP/o.svg" "${m[@]}" --svg --undated omit
grep -q 'Not dated' "$TMP/o.svg" && { echo "FAIL: --undated omit kept the strip"; exit 1; }
grep -q '4 undated meetings not shown' "$TMP/o.svg" || { echo "FAIL: --undated omit does not say what it left out"; exit 1; }
grep -q 'Not dated' "$TMP/e.svg" || { echo "FAIL: no undated strip by default"; exit 1; }
echo "ok: --title, --subtitle, --credit, --width (SVG and a 1600 px PNG), --undated strip and omit"

echo "--- character references in names (issue 18, finding 3)"
C=(--gazetteer tests/data/export/charref-gazetteer.json --date 2024-03-06 tests/data/export/charref-article.txt)
dg "$TMP/c.svg" "${C[@]}" --svg
xmllint --noout "$TMP/c.svg"
grep -q 'Mira &amp;#xFFFE; Sol' "$TMP/c.svg" || { echo "FAIL: the name is not shown as written"; exit 1; }
dg "$TMP/c.html" "${C[@]}" --report
xmllint --noout "$TMP/c.html"
dg "$TMP/c.dot" "${C[@]}" --dot
dot -Tsvg "$TMP/c.dot" | xmllint --noout -
dg "$TMP/c.png" "${C[@]}" --png
echo "ok: SVG, report, DOT and PNG of names holding &#1;, &#xFFFE;, &#xD800; are well-formed"

echo "--- DOT of every view"
for v in timeline full actors countries; do
  "$DG" "${m[@]}" --dot --view "$v" -o "$TMP/$v.dot"
  dot -Tsvg "$TMP/$v.dot" -o "$TMP/$v.svg" 2> "$TMP/err"
  [ -s "$TMP/err" ] && { echo "FAIL: dot complained about the $v view:"; cat "$TMP/err"; exit 1; }
  xmllint --noout "$TMP/$v.svg"
done
echo "ok: dot -Tsvg renders the DOT of every view without a message"
"$DG" "${m[@]}" --png -o "$TMP/e.png"; "$DG" "${m[@]}" --pdf -o "$TMP/e.pdf"
[ "$(head -c 8 "$TMP/e.png" | od -An -tx1 | tr -d ' ')" = "89504e470d0a1a0a" ] && echo "ok: PNG"
[ "$(head -c 5 "$TMP/e.pdf")" = "%PDF-" ] && echo "ok: PDF"
