#!/usr/bin/env bash
# Saved web pages: an invented news page (navigation, cookie banner, Open
# Graph, JSON-LD, an aside and link lists, a footer) gives the same meetings
# as its plain-text version, with its metadata date, canonical url and site;
# a Latin-1 page is read in its declared charset.
#   bash tests/analyst/html.sh PATH/TO/diplograph
set -euo pipefail
DG=$1
D=tests/data/analyst
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

summary() { # meetings as "label|status|date", then the countries, of a graph JSON
  python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))
for n in d["nodes"]:
    if n["kind"] == "meeting": print("%s|%s|%s" % (n["label"], n["status"], n["date"]))
print(" ".join(sorted(n["iso3"] for n in d["nodes"] if n["kind"] == "country")))' "$1"
}

"$DG" --date 2021-03-04 "$D/a1.txt" >"$T/txt.json"
"$DG" "$D/a1.html" >"$T/html.json"
summary "$T/txt.json" >"$T/txt.sum"
summary "$T/html.json" >"$T/html.sum"
diff "$T/txt.sum" "$T/html.sum" >&2 || fail "the page and its text give different meetings"
[ "$(wc -l <"$T/txt.sum")" -ge 3 ] || fail "the test article gives too few meetings"
python3 - "$T/html.json" <<'PY' || fail "the page's metadata and text"
import json, sys
d = json.load(open(sys.argv[1]))
doc = d["graph"]["documents"][0]
assert doc["published"] == "2021-03-04" and doc["reference_how"] == "metadata", doc
assert doc["url"] == "https://news.example.org/andes/border-crossings", doc  # canonical, not og:url
assert doc["source"] == "Andes Wire", doc
text = " ".join(e["sentence"] for n in d["nodes"] for e in n["evidence"])
for junk in ["cookies", "Related", "Sign up", "dataLayer", "Share on", "Home", "Bolivian bureau", "Colonia", "Quito"]:
    assert junk not in text, "boilerplate in the evidence: " + junk
countries = sorted(n["iso3"] for n in d["nodes"] if n["kind"] == "country")
assert countries == ["CHL", "PER"], countries
PY
echo "ok: the page gives the meetings of its text, with its date, url and site"

"$DG" "$D/a1-latin1.html" >"$T/latin1.json"
python3 - "$T/latin1.json" <<'PY' || fail "the Latin-1 page"
import json, sys
d = json.load(open(sys.argv[1]))
names = [n["name"] for n in d["nodes"] if n["kind"] == "person"]
assert "Tomás Errázuriz" in names, names
doc = d["graph"]["documents"][0]
assert doc["published"] == "2021-03-04" and doc["reference_how"] == "metadata", doc  # from <time datetime>
PY
echo "ok: a Latin-1 page, its date from <time datetime>"

# A manifest's date comes before the page's; a page saved as .txt is still a page.
mkdir "$T/pages"
cp "$D/a1.html" "$T/pages/a1.html"
cp "$D/a1.html" "$T/pages/saved.txt"
# (Five days after the page's dateline: a dateline one to three days before
# the given date is the day the story was filed, and dates it instead.)
printf '{"documents": [{"id": "p", "path": "a1.html", "published": "2021-03-09"}]}\n' >"$T/pages/manifest.json"
"$DG" --manifest "$T/pages/manifest.json" >"$T/m.json"
python3 -c 'import json,sys; d=json.load(open(sys.argv[1]))["graph"]["documents"][0]; assert d["published"]=="2021-03-09" and d["reference_how"]=="published", d' "$T/m.json" ||
  fail "the manifest's date does not come first"
printf '{"documents": [{"id": "p", "path": "a1.html", "published": "2021-03-05"}]}\n' >"$T/pages/manifest.json"
"$DG" --manifest "$T/pages/manifest.json" >"$T/m.json"
python3 -c 'import json,sys; d=json.load(open(sys.argv[1]))["graph"]["documents"][0]; assert d["published"]=="2021-03-05" and d["reference_date"]=="2021-03-04" and d["reference_how"]=="dateline", d' "$T/m.json" ||
  fail "a dateline a day before the manifest's date does not date the story"
"$DG" "$T/pages/saved.txt" >"$T/s.json"
summary "$T/s.json" | cmp -s - "$T/html.sum" || fail "a page named .txt is not read as a page"
rm "$T/pages/saved.txt" "$T/pages/manifest.json"
"$DG" "$T/pages" >"$T/dir.json" || fail "a folder of saved pages is not read"
summary "$T/dir.json" | cmp -s - "$T/html.sum" || fail "a folder of pages gives other meetings"
echo "ok: manifest first, pages by content, folders of pages"
