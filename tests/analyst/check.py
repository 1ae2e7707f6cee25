#!/usr/bin/env python3
"""Helpers of tests/analyst/*.sh: read every output of a graph and say which
meetings it holds, so that a test can compare them across formats.
  check.py meetings FORMAT FILE   -> one meeting label (or id) a line, sorted
"""
import csv, json, sys, re
import xml.etree.ElementTree as ET

def json_meetings(path):
    d = json.load(open(path))
    return sorted(n["id"] for n in d["nodes"] if n["kind"] == "meeting")

def graphml_meetings(path):
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    t = ET.parse(path)
    out = []
    for n in t.iter("{http://graphml.graphdrawing.org/xmlns}node"):
        kinds = [d.text for d in n.findall("g:data", ns) if d.get("key") == "k_kind"]
        if kinds == ["meeting"]:
            out.append(n.get("id"))
    return sorted(out)

def gexf_meetings(path):
    t = ET.parse(path)
    root = t.getroot()
    ns = root.tag.split("}")[0] + "}"
    kind_id = None
    for a in root.iter(ns + "attribute"):
        if a.get("title") == "kind":
            kind_id = a.get("id")
    out = []
    for n in root.iter(ns + "node"):
        for v in n.iter(ns + "attvalue"):
            if v.get("for") == kind_id and v.get("value") == "meeting":
                out.append(n.get("id"))
    return sorted(out)

def csv_meetings(path):
    rows = csv.DictReader(open(path, newline=""))
    return sorted(r["id"] for r in rows if r["kind"] == "meeting")

def json_country_sets(path):
    """One line per meeting: its countries, sorted (to compare with the diagram)."""
    d = json.load(open(path))
    return sorted(" ".join(sorted(n["countries"])) for n in d["nodes"] if n["kind"] == "meeting")


def svg_country_sets(path):
    """The diagram's meetings: the countries of each column's dots (ids
    PREFIX-meeting-N-ISO3), one line per column head (PREFIX-meeting-N-head)."""
    root = ET.parse(path).getroot()
    cols = {}
    for g in root.iter("{http://www.w3.org/2000/svg}g"):
        m = re.fullmatch(r".*-meeting-([0-9]+)-(head|[A-Z]{3})", g.get("id", ""))
        if m:
            cols.setdefault(m.group(1), set())
            if m.group(2) != "head":
                cols[m.group(1)].add(m.group(2))
    return sorted(" ".join(sorted(c)) for c in cols.values())


def report_meetings(path):
    html = open(path).read()
    return sorted(set(re.findall(r'<tbody class="meeting"', html)))  # count only

if __name__ == "__main__":
    what, fmt, path = sys.argv[1:4]
    f = {"json": json_meetings, "graphml": graphml_meetings, "gexf": gexf_meetings, "csv": csv_meetings,
         "json-countries": json_country_sets, "svg-countries": svg_country_sets}[fmt]
    for m in f(path):
        print(m)
