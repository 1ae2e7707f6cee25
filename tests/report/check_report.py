#!/usr/bin/env python3
"""Checks of diplograph's HTML report (used by report.sh).

  check_report.py REPORT [--prefix P] [--gold GOLD --gazetteer GAZ]
                         [--manifest MANIFEST] [--expect-text TEXT]...

- the page parses (html.parser), every element is closed in order, and it
  starts with <!DOCTYPE html> and declares UTF-8 in its first 1024 bytes;
- it is safe and self-contained: no script, iframe, object, embed, img,
  link, base or form element; no on* attribute; no javascript: anywhere in
  an attribute; no src/srcset/action attribute; every href is a fragment
  that names an id of the page; no url() or @import in the style sheet;
- ids are unique and start with the prefix;
- the sections are there; the diagram is an inline SVG that scales
  (width 100%, no height, a viewBox);
- with --gold: every answer-key meeting is a row of the meetings table
  (same country names, a date the key accepts, shown in words) that cites
  quotes from at least one article the key names as its evidence;
- with --manifest: every article is listed under Sources;
- with --expect-text: the text appears verbatim in the page's text (so
  markup in the input was escaped, not interpreted).
Exits 1 with one line per failure."""
import argparse
import json
import re
import sys
from html.parser import HTMLParser

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
FORBIDDEN = {"script", "iframe", "object", "embed", "img", "link", "base", "form", "frame", "frameset",
             "applet", "audio", "video", "image", "use", "foreignobject", "input", "button", "meta-refresh"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


class Node:
    def __init__(self, tag, attrs, parent):
        self.tag, self.attrs, self.parent = tag, dict(attrs), parent
        self.children = []  # Node or str

    def text(self):
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    def iter(self):
        yield self
        for c in self.children:
            if isinstance(c, Node):
                yield from c.iter()

    def find_all(self, tag, cls=None):
        return [n for n in self.iter() if n.tag == tag and (cls is None or cls in n.attrs.get("class", "").split())]


class Builder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#document", [], None)
        self.cur = self.root
        self.errors = []
        self.doctype = None
        self.all_attrs = []  # (tag, name, value)

    def handle_decl(self, decl):
        if self.doctype is None:
            self.doctype = decl

    def _attrs(self, tag, attrs):
        for k, v in attrs:
            self.all_attrs.append((tag, k, v if v is not None else ""))

    def handle_starttag(self, tag, attrs):
        self._attrs(tag, attrs)
        n = Node(tag, attrs, self.cur)
        self.cur.children.append(n)
        if tag not in VOID:
            self.cur = n

    def handle_startendtag(self, tag, attrs):
        self._attrs(tag, attrs)
        self.cur.children.append(Node(tag, attrs, self.cur))
        if tag not in VOID and not self._in_svg():
            self.errors.append(f"<{tag}/> is not an HTML void element (HTML reads it as an open tag)")

    def _in_svg(self):
        n = self.cur
        while n is not None:
            if n.tag == "svg":
                return True
            n = n.parent
        return False

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if self.cur.tag != tag:
            self.errors.append(f"</{tag}> closes <{self.cur.tag}> (line {self.getpos()[0]})")
            while self.cur is not self.root and self.cur.tag != tag:
                self.cur = self.cur.parent
        if self.cur is not self.root:
            self.cur = self.cur.parent

    def handle_data(self, data):
        self.cur.children.append(data)


def date_words(iso):
    if iso is None:
        return None
    parts = [int(p) for p in iso.split("-")]
    if len(parts) == 3:
        return f"{parts[2]} {MONTHS[parts[1] - 1]} {parts[0]}"
    if len(parts) == 2:
        return f"{MONTHS[parts[1] - 1]} {parts[0]}"
    return str(parts[0])


def check_safety(b, raw, fail):
    ids = {}
    for n in b.root.iter():
        if n.tag in FORBIDDEN:
            fail(f"forbidden element <{n.tag}>")
        if "id" in n.attrs:
            ids[n.attrs["id"]] = ids.get(n.attrs["id"], 0) + 1
    for tag, k, v in b.all_attrs:
        if k.startswith("on"):
            fail(f"event handler attribute {k} on <{tag}>")
        if "javascript:" in re.sub(r"[\s\x00-\x1f]", "", v).lower():
            fail(f"javascript: in {k} of <{tag}>")
        if k in ("src", "srcset", "action", "formaction", "xlink:href", "background", "poster", "data"):
            fail(f"resource attribute {k} on <{tag}>")
        if k == "href" and not v.startswith("#"):
            fail(f"external href {v!r} on <{tag}>")
        if k == "href" and v.startswith("#") and v[1:] not in ids:
            fail(f"link to a missing id {v!r}")
        if k == "http-equiv":
            fail(f"<meta http-equiv> on <{tag}>")
    for s in b.root.find_all("style"):
        css = s.text().lower()
        if "url(" in css or "@import" in css or "expression(" in css:
            fail("the style sheet loads something (url(), @import)")
    if re.search(r"<\s*script", raw, re.I):
        fail("the raw page contains '<script'")
    return ids


def check_structure(b, raw, ids, prefix, fail):
    for e in b.errors:
        fail(e)
    if not raw.startswith("<!DOCTYPE html>"):
        fail("the page does not start with <!DOCTYPE html>")
    if not re.search(r'<meta charset="utf-8"', raw[:1024], re.I):
        fail("no <meta charset=\"utf-8\"> in the first 1024 bytes")
    if len(b.root.find_all("html")) != 1 or len(b.root.find_all("body")) != 1:
        fail("not exactly one <html> and one <body>")
    for i, c in ids.items():
        if c > 1:
            fail(f"id {i!r} used {c} times")
        if not i.startswith(prefix):
            fail(f"id {i!r} does not start with the prefix {prefix!r}")
    for sec in ("summary", "diagram", "meetings", "persons", "countries", "disagreements", "sources"):
        if f"{prefix}-{sec}-1" not in ids:
            fail(f"no section {sec}")
    svgs = b.root.find_all("svg")
    if not svgs and not b.root.find_all("tbody", "meeting"):
        pass  # no meeting, no diagram
    elif len(svgs) != 1:
        fail(f"{len(svgs)} inline SVG diagrams, expected 1")
    else:
        a = svgs[0].attrs
        # its own size in points, from the viewBox: the page scrolls it
        # sideways rather than shrinking its text
        vb = (a.get("viewbox") or "").split()
        if len(vb) != 4 or a.get("width") != f"{float(vb[2]):.0f}pt" or a.get("height") != f"{float(vb[3]):.0f}pt":
            fail(f"the diagram is not at its own size (width={a.get('width')}, height={a.get('height')}, "
                 f"viewBox={a.get('viewbox')})")
        if not svgs[0].find_all("text"):
            fail("the diagram has no text")
    if not b.root.find_all("p", "summary") or len(b.root.find_all("p", "summary")[0].text()) < 40:
        fail("no summary paragraph")


def meeting_rows(b):
    """(countries, datetime or None, date text, cited doc ids, quotes) per meeting."""
    rows = []
    for tb in b.root.find_all("tbody", "meeting"):
        facts = tb.find_all("tr", "facts")[0]
        cells = [c for c in facts.children if isinstance(c, Node) and c.tag == "td"]
        times = cells[1].find_all("time")
        dt = times[0].attrs.get("datetime") if times else None
        dtext = times[0].text() if times else None
        countries = {n.text() for n in cells[-1].find_all("b")}
        ev = tb.find_all("tr", "evidence")
        quotes = [q.text() for q in ev[0].find_all("q")] if ev else []
        docs = set()
        for c in (ev[0].find_all("cite") if ev else []):
            for a in c.find_all("a"):
                docs.add(a.text())
        rows.append((countries, dt, dtext, docs, quotes))
    return rows


def check_gold(b, gold, gz, fail):
    names = {c["iso3"]: c["name"] for c in gz["countries"]}
    rows = meeting_rows(b)
    if not rows:
        fail("the meetings table is empty")
    for m in gold["meetings"]:
        want = {names.get(c, c) for c in m["countries"]}
        accept = m.get("accept", [m.get("date")])
        docs = {e.split(":")[0].strip() for e in m.get("evidence", [])}
        found = None
        for countries, dt, dtext, cited, quotes in rows:
            if countries != want or dt not in accept:
                continue
            if dt is not None and dtext != date_words(dt):
                continue
            found = (cited, quotes)
            break
        if not found:
            fail(f"gold meeting {m['id']} ({', '.join(sorted(want))}, {m.get('date')}) is not in the meetings table")
        elif not found[1] or not any(q.strip() for q in found[1]):
            fail(f"gold meeting {m['id']}: no quote cited")
        elif docs and not (found[0] & docs):
            fail(f"gold meeting {m['id']}: cites articles {sorted(found[0])}, the key names {sorted(docs)}")


def check_sources(b, manifest, fail):
    table = [t for t in b.root.find_all("table", "sources")]
    text = table[0].text() if table else ""
    for d in manifest["documents"]:
        i = d.get("id")
        if i and i not in text:
            fail(f"article {i} is not under Sources")
        if d.get("source") and d["source"] not in text:
            fail(f"the source of {i} is not under Sources")
        if d.get("published") and date_words(d["published"]) not in text:
            fail(f"the publication date of {i} is not under Sources")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("report")
    ap.add_argument("--prefix", default="dg")
    ap.add_argument("--gold")
    ap.add_argument("--gazetteer")
    ap.add_argument("--manifest")
    ap.add_argument("--expect-text", action="append", default=[])
    o = ap.parse_args()
    failures = []
    fail = failures.append
    raw = open(o.report, encoding="utf-8").read()
    b = Builder()
    b.feed(raw)
    b.close()
    ids = check_safety(b, raw, fail)
    check_structure(b, raw, ids, o.prefix, fail)
    if o.gold:
        check_gold(b, json.load(open(o.gold, encoding="utf-8")), json.load(open(o.gazetteer, encoding="utf-8")), fail)
    if o.manifest:
        check_sources(b, json.load(open(o.manifest, encoding="utf-8")), fail)
    page_text = b.root.text()
    for t in o.expect_text:
        if t not in page_text:
            fail(f"text {t!r} is not in the page (escaped wrongly or missing)")
    for f in failures:
        print(f"check_report: {o.report}: {f}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
