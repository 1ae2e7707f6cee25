#!/usr/bin/env bash
# The escalation diagram and the DOT of every view, as a user would check them:
# well-formed and safe SVG; no two text boxes overlapping (from the SVG, with
# the font's metrics) on the examples, the generalisation corpus and the
# 30-meeting diagram corpus; a readable tooltip on every mark; the same colour
# for a country in every diagram, the gazetteer's, from a palette that survives
# colour-vision deficiencies (tools/gazetteer/cvd.py), with lanes of one colour
# told apart by the shape of their marks; framing options, --width, --undated; character references in
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
dg "$TMP/d30-per.svg" --manifest tests/data/diagram/manifest.json --country PER --svg
dc colours "$TMP/d30.svg" "$TMP/d30-per.svg"
dc marks "$TMP/d30.svg"

echo "--- stable colours: the gazetteer's, whatever else a diagram draws"
# Chile meets Peru in one corpus, Mongolia (of Chile's colour) and Norway in
# the other: Chile and Mongolia keep their colours and differ in shape; a user
# file that gives Norway the same colour adds a third shape.
C=(--date 2019-07-05 tests/data/colours)
dg "$TMP/ca.svg" "${C[0]}" "${C[1]}" "${C[2]}/a.txt" --svg
dg "$TMP/cb.svg" "${C[0]}" "${C[1]}" "${C[2]}/b.txt" --svg
dg "$TMP/cc.svg" "${C[0]}" "${C[1]}" --gazetteer "${C[2]}/norway-sand.json" "${C[2]}/b.txt" --svg
dc colours "$TMP/ca.svg" "$TMP/cb.svg"
dc marks "$TMP/cb.svg" 1
dc colours "$TMP/ca.svg" "$TMP/cc.svg" "${C[2]}/norway-sand.json"
dc marks "$TMP/cc.svg" 2
dg "$TMP/cb.csv" "${C[0]}" "${C[1]}" "${C[2]}/b.txt" --csv-table countries
"$PY" - "$TMP/cb.svg" "$TMP/cb.csv" <<'PY'
import csv, re, sys
svg = open(sys.argv[1], encoding="utf-8").read()
lane = dict(re.findall(r'-lane-([A-Z]{3})-colour".*?fill="(#[0-9a-f]{6})"', svg, re.S))
rows = {r["iso3"]: r["colour"].lower() for r in csv.DictReader(open(sys.argv[2], encoding="utf-8-sig"))}
assert lane and all(rows[c] == lane[c] for c in lane), (lane, rows)
print("ok: the CSV's countries table gives each country its diagram colour")
PY
"$PY" tools/gazetteer/cvd.py
"$PY" tools/gazetteer/colours.py --check && echo "ok: colours.tsv is what colours.py chooses"

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

echo "--- the same picture as Graphviz draws from our DOT (svg_pinned.c against neato -n2)"
same() { # NAME ARGS...: --svg against neato -n2 -Tsvg of --dot, with the same arguments
  local n=$1; shift
  dg "$TMP/$n-ours.svg" "$@" --svg
  dg "$TMP/$n.dot" "$@" --dot
  neato -n2 -Tsvg "$TMP/$n.dot" -o "$TMP/$n-gv.svg"
  "$PY" "$HERE/svg-pinned.py" "$TMP/$n-ours.svg" "$TMP/$n-gv.svg" > /dev/null || { echo "FAIL: $n differs from Graphviz's"; exit 1; }
}
same ex "${m[@]}"
same gen --manifest tests/data/generalisation/manifest.json
same d30 --manifest tests/data/diagram/manifest.json
same charref "${C[@]}"
same framed "${m[@]}" --title 'A & B <title> "q" \\n  two' --subtitle 'x\\ly' --credit '' --id-prefix p2
same omit "${m[@]}" --undated omit
dg "$TMP/wide.svg" "${m[@]}" --svg --width 1000
"$PY" - "$TMP/wide.svg" "$TMP/ex-ours.svg" <<'PY'
import re, sys
a, b = (open(f, encoding="utf-8").read() for f in sys.argv[1:])
root = r'<svg[^>]*>'
assert re.search(r'<svg [^>]*width="1000px" height="\d+px" viewBox="0.00 0.00 ', a), "--width is not the SVG's width"
assert re.sub(root, '', a, count=1) == re.sub(root, '', b, count=1), "--width changed more than the size"
print("ok: --width sets the size in pixels and changes nothing else")
PY
echo "ok: --svg draws what Graphviz draws from --dot: examples, generalisation corpus, 30 meetings, names with references, framing, --undated omit"

echo "--- text that is not UTF-8, or not a character of XML or HTML, in the diagram and the report"
# Framing options, user gazetteers and corrections are not checked for UTF-8:
# the SVG writer puts U+FFFD for what is not a character of XML and HTML.
dg "$TMP/u.svg" "${m[@]}" --svg --title $'bad \xff\xfe, C1 \xc2\x85, U+FDD0 \xef\xb7\x90, end'
xmllint --noout "$TMP/u.svg"
grep -q $'>bad \xef\xbf\xbd\xef\xbf\xbd, C1 \xef\xbf\xbd, U+FDD0 \xef\xbf\xbd, end<' "$TMP/u.svg" || { echo "FAIL: the title is not shown with U+FFFD"; exit 1; }
printf '{"corrections": [{"action": "add-meeting", "countries": ["TUR", "IRN"], "date": "2023-06", "status": "held", "level": "foreign", "place": "P\\u0085Q\\ufdd0R\\ud83f\\udffeS\\u009fT\xffU", "note": "test"}]}' > "$TMP/c1.json"
dg "$TMP/c1.html" "${m[@]}" --corrections "$TMP/c1.json" --report
dg "$TMP/c1.svg" "${m[@]}" --corrections "$TMP/c1.json" --svg
xmllint --noout "$TMP/c1.svg"
"$PY" - "$TMP/c1.html" "$TMP/c1.svg" <<'PY'
import re, sys
for f in sys.argv[1:]:
    t = open(f, "rb").read().decode("utf-8")  # fails on invalid UTF-8
    bad = [c for c in t if 0x7F <= ord(c) <= 0x9F or 0xFDD0 <= ord(c) <= 0xFDEF or (ord(c) & 0xFFFE) == 0xFFFE]
    assert not bad, f"{f}: {len(bad)} characters HTML rejects: {bad[:5]}"
    assert "P\ufffdQ\ufffdR\ufffdS\ufffdT\ufffdU" in t, f"{f}: the place is not shown with U+FFFD"
print("ok: the place of a corrected meeting holding C1 controls, noncharacters and a byte that is not UTF-8 reaches the SVG and the report as U+FFFD")
PY
echo "ok: a title that is not UTF-8 gives a well-formed SVG"

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
