#!/usr/bin/env bash
# Corrections that last: a corrections file fixes the graph in JSON, GraphML,
# the report and the diagram; it still applies after an article is added; a
# stale correction is reported; the template gives back the same graph.
#   bash tests/analyst/corrections.sh PATH/TO/diplograph
set -euo pipefail
DG=$1
D=tests/data/analyst
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
C=(--corrections "$D/corrections.json")

"$DG" --manifest "$D/manifest.json" "${C[@]}" >"$T/c1.json" 2>"$T/c1.err"
python3 - "$T/c1.json" <<'PY' || fail "JSON of the corrected graph"
import json, sys
d = json.load(open(sys.argv[1]))
m = {n["label"]: n for n in d["nodes"] if n["kind"] == "meeting"}
p = {n["name"]: n for n in d["nodes"] if n["kind"] == "person"}
assert not any("Bolivia" in l for l in m), "the dropped call is still there: %s" % list(m)
santiago = [n for l, n in m.items() if "Santiago" in l]
assert len(santiago) == 1 and santiago[0]["corrected"].startswith("The venue"), santiago
assert santiago[0]["status"] == "planned"
tacna = [n for l, n in m.items() if "Tacna" in l]
assert len(tacna) == 1 and tacna[0]["date"] == "2021-05" and tacna[0]["date_precision"] == "month", tacna
assert tacna[0]["evidence"][0]["sentence"].startswith("Confirmed by"), tacna[0]["evidence"]
assert "Tomás Errázuriz" in p and "Tomas Errazuriz" in p["Tomás Errázuriz"]["aliases"], list(p)
assert p["Tomás Errázuriz"]["corrected"]
lima = [n for l, n in m.items() if "Lima" in l]
assert len(lima) == 1 and "corrected" not in lima[0], "an untouched meeting is marked corrected"
assert len(d["graph"]["corrections"]) == 4, d["graph"]["corrections"]
PY
grep -q "corrections\[4\] (set-meeting): article 'a3' is not among" "$T/c1.err" || fail "the correction of an absent article is not reported: $(cat "$T/c1.err")"
grep -q "corrections\[5\] (drop-meeting): no meeting has evidence 'a1' quoting" "$T/c1.err" || fail "the stale correction is not reported"
echo "ok: JSON corrected, stale corrections reported"

"$DG" --manifest "$D/manifest.json" "${C[@]}" --graphml -o "$T/c1.graphml" 2>/dev/null
python3 - "$T/c1.graphml" <<'PY' || fail "GraphML of the corrected graph"
import sys, xml.etree.ElementTree as ET
G = "{http://graphml.graphdrawing.org/xmlns}"
t = ET.parse(sys.argv[1])
keys = {k.get("id"): k.get("attr.name") for k in t.iter(G + "key")}
assert "corrected" in keys.values() and "sources" in keys.values(), keys
notes = [d.text for d in t.iter(G + "data") if keys.get(d.get("key")) == "corrected"]
assert any(n.startswith("The venue") for n in notes) and any(n.startswith("Spelling") for n in notes), notes
labels = [d.text for d in t.iter(G + "data") if d.get("key") == "k_label"]
assert not any("Bolivia" in (l or "") and ":" in (l or "") for l in labels), labels
srcs = [d.text for d in t.iter(G + "data") if keys.get(d.get("key")) == "sources"]
assert "https://news.example.org/andes/border-crossings" in srcs, srcs
PY
echo "ok: GraphML has the corrections and the sources"

"$DG" --manifest "$D/manifest.json" "${C[@]}" --gexf -o "$T/c1.gexf" 2>/dev/null
/usr/bin/python3 - "$T/c1.gexf" <<'PY' || fail "GEXF of the corrected graph (Debian's networkx)"
import sys, networkx as nx
g = nx.read_gexf(sys.argv[1])
notes = {a.get("label"): a["corrected"] for _, a in g.nodes(data=True) if a.get("corrected")}
assert len(notes) == 3, notes  # Santiago, Tacna (added), the person
assert any(n.startswith("The venue") for n in notes.values()) and notes.get("Tomás Errázuriz", "").startswith("Spelling"), notes
meetings = [a.get("label", "") for _, a in g.nodes(data=True) if a.get("kind") == "meeting"]
assert meetings and not any("Bolivia" in l for l in meetings), meetings
PY
echo "ok: GEXF has the corrections"

"$DG" --manifest "$D/manifest.json" "${C[@]}" --report -o "$T/c1.html" 2>/dev/null
grep -q '<h2>Corrections</h2>' "$T/c1.html" || fail "no Corrections section in the report"
grep -q "drop-meeting: A courtesy call outside the border talks" "$T/c1.html" || fail "the report does not list the note"
grep -q '<p class="corrected">Corrected: The venue named' "$T/c1.html" || fail "no mark on the corrected meeting"
grep -qE '<td[^>]*><b>Tomás Errázuriz</b><span class="note corrected">Corrected: Spelling as on' "$T/c1.html" ||
  fail "no mark on the corrected person in the persons table"
[ "$(grep -c '<span class="note corrected">' "$T/c1.html")" = 1 ] || fail "an uncorrected person is marked corrected"
grep -q 'Key for corrections: <code>a1:' "$T/c1.html" || fail "the report does not show the meetings' keys"
grep -q 'Bolivia takes part in no meeting' "$T/c1.html" && ! grep -q 'only in undated meetings' "$T/c1.html" ||
  fail "the summary does not say that the dropped call leaves Bolivia in no meeting"
grep -q '<a href="https://news.example.org/andes/border-crossings" rel="noopener noreferrer"' "$T/c1.html" || fail "no source link"
echo "ok: report marks, notes, keys and source links"

"$DG" --manifest "$D/manifest.json" "${C[@]}" --svg -o "$T/c1.svg" 2>/dev/null
grep -q 'Santiago' "$T/c1.svg" && grep -q 'Tacna' "$T/c1.svg" || fail "the diagram does not show the corrected places"
! grep -q 'Bolivia' "$T/c1.svg" || fail "the diagram still draws the dropped call"
echo "ok: the diagram is corrected"

# A new article, the same corrections: they still apply, and the one that
# waited for the article applies now.
"$DG" --manifest "$D/manifest2.json" "${C[@]}" >"$T/c2.json" 2>"$T/c2.err"
python3 - "$T/c2.json" <<'PY' || fail "the corrections after a new article"
import json, sys
d = json.load(open(sys.argv[1]))
m = {n["label"]: n for n in d["nodes"] if n["kind"] == "meeting"}
assert any("Santiago" in l and n.get("corrected") for l, n in m.items()), list(m)
assert any("Tacna" in l for l in m) and not any("Bolivia" in l for l in m), list(m)
defence = [n for l, n in m.items() if l.startswith("Defence")]
assert len(defence) == 1 and defence[0]["status"] == "planned" and defence[0]["corrected"], defence
assert len(d["graph"]["corrections"]) == 5, d["graph"]["corrections"]
PY
! grep -q "corrections\[4\]" "$T/c2.err" || fail "corrections[4] still reported stale with its article present"
grep -q "corrections\[5\]" "$T/c2.err" || fail "the stale correction is not reported on the second run"
echo "ok: the corrections still apply after a new article"

# The same through extract | merge.
"$DG" extract --manifest "$D/manifest2.json" >"$T/x.ndjson"
"$DG" merge "${C[@]}" "$T/x.ndjson" >"$T/m.json" 2>/dev/null
cmp -s <(python3 tests/analyst/check.py meetings json "$T/m.json") <(python3 tests/analyst/check.py meetings json "$T/c2.json") ||
  fail "merge --corrections differs from the direct run"
echo "ok: merge applies them too"

# The template: an unchanged template changes nothing.
"$DG" --manifest "$D/manifest2.json" --corrections-template >"$T/tpl.json"
"$DG" --manifest "$D/manifest2.json" >"$T/plain.json"
"$DG" --manifest "$D/manifest2.json" --corrections "$T/tpl.json" >"$T/tpl-applied.json"
cmp -s "$T/plain.json" "$T/tpl-applied.json" || fail "applying the unchanged template changed the graph"
python3 -c "import json,sys; d=json.load(open(sys.argv[1])); assert all('key' in c['meeting'] for c in d['corrections'] if c['action']=='set-meeting')" "$T/tpl.json" ||
  fail "the template does not name meetings by key"
echo "ok: the template"

# A malformed file stops the run before any article is read.
echo '{"corrections": [{"action": "set-meeting", "meeting": {"doc": "a1", "quote": "x"}, "stauts": "held"}]}' >"$T/bad.json"
set +e
"$DG" --manifest "$D/manifest.json" --corrections "$T/bad.json" >/dev/null 2>"$T/bad.err"
rc=$?
set -e
[ "$rc" = 3 ] || fail "a malformed corrections file exits $rc, not 3"
grep -q 'corrections\[0\]: unknown member "stauts"' "$T/bad.err" || fail "the error does not name the entry: $(cat "$T/bad.err")"
echo "ok: a malformed corrections file is refused"
