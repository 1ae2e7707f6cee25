"""Read-back checks of the GraphML, GEXF and CSV exports, run by the
tests/export/*.sh scripts: each check prints "ok: ..." and a failure raises
(exit status 1). The node-link JSON of the same input is the reference for
node ids and labels.

    check.py graphml FILE --view V --json GRAPH.json [--countries A,B] [--parallel] [--hostile]
    check.py gexf FILE --view V --json GRAPH.json [--countries A,B] [--hostile]
    check.py csv NODES.csv EDGES.csv --json GRAPH.json [--countries A,B] [--hostile]
    check.py tables DIR --json GRAPH.json [--countries A,B] [--hostile]
"""
import argparse
import csv
import io
import json
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter

GRAPHML = "{http://graphml.graphdrawing.org/xmlns}"
GEXF_NS = {"1.3": ("{http://gexf.net/1.3}", "{http://gexf.net/1.3/viz}"),
           "1.2": ("{http://www.gexf.net/1.2draft}", "{http://www.gexf.net/1.2draft/viz}")}
DIRECTED = {"full": True, "timeline": True, "actors": False, "countries": False}
# What the hostile gazetteer (tests/data/export/) puts into names and places;
# XML shows U+0001 as U+FFFD, CSV keeps it.
HOSTILE = ["<", "&", '"', "'", "]]>", "=cmd|' /C calc'!A0", "@SUM(1)", "\t", "\r\n"]
FORMULA = ("=", "+", "-", "@", "\t", "\r")


def ok(msg):
    print("ok: " + msg)


def fail(msg):
    raise SystemExit("FAIL: " + msg)


def expect(cond, msg):
    if not cond:
        fail(msg)
    ok(msg)


def xml_clean(s):
    """What the exporters do to text XML 1.0 cannot hold."""
    def allowed(c):
        o = ord(c)
        return c in "\t\n\r" or 0x20 <= o <= 0xD7FF or 0xE000 <= o <= 0xFFFD or o >= 0x10000
    return "".join(c if allowed(c) else "\ufffd" for c in s)


def json_labels(path):
    with open(path, encoding="utf-8") as f:
        g = json.load(f)
    return {n["id"]: n for n in g["nodes"]}


def check_labels(labels, ref, what, clean=xml_clean):
    """labels: node id -> label read back; ref: node id -> JSON node."""
    missing = [i for i in labels if i not in ref]
    if missing:
        fail(f"{what}: node ids not in the JSON graph: {missing[:3]}")
    wrong = [(i, labels[i], clean(ref[i]["label"])) for i in labels if labels[i] != clean(ref[i]["label"])]
    if wrong:
        fail(f"{what}: labels differ from the JSON graph, e.g. {wrong[0]!r}")
    ok(f"{what}: {len(labels)} node labels equal the JSON graph's")


def check_countries(ids, countries, what):
    for iso3 in countries:
        if "country:" + iso3 not in ids:
            fail(f"{what}: country {iso3} missing")
    if countries:
        ok(f"{what}: countries {' '.join(countries)} present")


def check_hostile(text, what, extra):
    missing = [h for h in HOSTILE + [extra] if h not in text]
    if missing:
        fail(f"{what}: hostile strings did not reach the output: {missing!r}")
    ok(f"{what}: every hostile string reached the output")


# ------------------------------------------------------------------ GraphML

def graphml_structure(path, view):
    root = ET.parse(path).getroot()
    expect(root.tag == GRAPHML + "graphml", "GraphML: root element in the GraphML namespace")
    keys = root.findall(GRAPHML + "key")
    bad = [k.get("id") for k in keys if re.fullmatch(r"d\d+", k.get("id", ""))]
    expect(not bad, "GraphML: no key id of the form d<N> (Gephi reads d3 as the label)")
    expect(all(" " not in k.get("attr.name", " ") for k in keys), "GraphML: every attr.name set, without spaces")
    names = {(k.get("for"), k.get("attr.name")): k.get("attr.type") for k in keys}
    for dom, name, typ in [("node", "label", "string"), ("node", "r", "int"), ("node", "g", "int"),
                           ("node", "b", "int"), ("node", "size", "double"), ("edge", "label", "string"),
                           ("edge", "weight", "double")]:
        if names.get((dom, name)) != typ:
            fail(f"GraphML: no {dom} key '{name}' of type {typ}")
    ok("GraphML: typed keys label, r, g, b, size (nodes), label, weight (edges)")
    graph = root.find(GRAPHML + "graph")
    want = "directed" if DIRECTED[view] else "undirected"
    expect(graph.get("edgedefault") == want, f"GraphML: edgedefault={want} for the {view} view")
    label_key = [k.get("id") for k in keys if k.get("for") == "node" and k.get("attr.name") == "label"][0]
    weight_key = [k.get("id") for k in keys if k.get("for") == "edge" and k.get("attr.name") == "weight"][0]
    nodes, edges = graph.findall(GRAPHML + "node"), graph.findall(GRAPHML + "edge")
    expect(all(any(d.get("key") == label_key for d in n) for n in nodes), "GraphML: a label on every node")
    expect(all(any(d.get("key") == weight_key for d in e) for e in edges), "GraphML: a weight on every edge")
    ids = [e.get("id") for e in edges]
    expect(all(ids) and len(set(ids)) == len(ids), "GraphML: a unique id on every edge")
    return len(nodes), edges


def cmd_graphml(a):
    import networkx as nx
    ref = json_labels(a.json)
    nnodes, edges = graphml_structure(a.file, a.view)
    g = nx.read_graphml(a.file, force_multigraph=True)
    expect(g.is_directed() == DIRECTED[a.view], f"networkx {nx.__version__}: read_graphml, directed={g.is_directed()}")
    expect(g.number_of_nodes() == nnodes, f"networkx: {nnodes} nodes")
    expect(g.number_of_edges() == len(edges), f"networkx: {len(edges)} edges, parallel edges kept")
    pairs = Counter(frozenset((e.get("source"), e.get("target"))) if not DIRECTED[a.view]
                    else (e.get("source"), e.get("target")) for e in edges)
    parallel = sum(1 for c in pairs.values() if c > 1)
    if a.parallel:
        expect(parallel > 0, f"GraphML: {parallel} node pairs with parallel edges in the {a.view} view")
    check_labels({n: d.get("label") for n, d in g.nodes(data=True)}, ref, "networkx (GraphML)")
    check_countries(set(g.nodes), a.countries, "networkx (GraphML)")
    types_ok = all(isinstance(d.get("r"), int) and isinstance(d.get("size"), float) for _, d in g.nodes(data=True))
    expect(types_ok, "networkx: r is an int and size a float on every node")
    check_same_as_json(g, ref, "GraphML")
    import igraph
    ig = igraph.Graph.Read_GraphML(a.file)
    expect(ig.vcount() == nnodes and ig.ecount() == len(edges) and ig.is_directed() == DIRECTED[a.view],
           f"igraph {igraph.__version__}: Read_GraphML, {ig.vcount()} vertices, {ig.ecount()} edges")
    check_labels(dict(zip(ig.vs["id"], ig.vs["label"])), ref, "igraph (GraphML)")
    if a.hostile:
        check_hostile("".join(d.get("label", "") for _, d in g.nodes(data=True)), "GraphML", "\ufffd")


def check_same_as_json(g, ref, what):
    """An attribute with a JSON name means what JSON's does: "persons" and
    "countries" are its lists (joined by spaces), never counts; "evidence"
    (a list in JSON) is not used for a count."""
    n = 0
    for node, d in g.nodes(data=True):
        j = ref[node]
        if "evidence" in d:
            fail(f"{what}: {node} has an attribute 'evidence' ({d['evidence']!r}), which JSON uses for a list")
        for name in ("persons", "countries"):
            if name in j and name in d:
                want = " ".join(j[name])
                if str(d[name]) != want:
                    fail(f"{what}: {node} {name}={d[name]!r}, JSON's {name} is {j[name]!r}")
                n += 1
        if "evidence_count" in d and d["evidence_count"] != len(j.get("evidence", [])):
            fail(f"{what}: {node} evidence_count={d['evidence_count']}, JSON has {len(j.get('evidence', []))}")
    ok(f"{what}: {n} persons/countries attributes equal JSON's lists; evidence_count counts JSON's evidence")


# --------------------------------------------------------------------- GEXF

def networkx_gexf(path, version):
    """read_gexf. GEXF 1.2draft (the default) is read as it is, by any
    networkx; networkx < 3.5 knows 1.1draft and 1.2draft only, so for 1.3 it
    is taught the same table networkx 3.5 has."""
    import networkx as nx
    from networkx.readwrite import gexf
    if version == "1.2":
        return nx.read_gexf(path), nx.__version__
    if "1.3" not in gexf.GEXF.versions:
        gexf.GEXF.versions["1.3"] = {
            "NS_GEXF": "http://gexf.net/1.3", "NS_VIZ": "http://gexf.net/1.3/viz",
            "NS_XSI": "http://www.w3.org/2001/XMLSchema-instance",
            "SCHEMALOCATION": "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd", "VERSION": "1.3"}
    return nx.read_gexf(path, version="1.3"), nx.__version__


def cmd_gexf(a):
    ref = json_labels(a.json)
    root = ET.parse(a.file).getroot()
    version = root.get("version")
    expect(version in GEXF_NS and root.tag == GEXF_NS[version][0] + "gexf",
           f"GEXF: <gexf version=\"{version}\"> in its namespace")
    GEXF, VIZ = GEXF_NS[version]
    graph = root.find(GEXF + "graph")
    want = "directed" if DIRECTED[a.view] else "undirected"
    expect(graph.get("mode") == "dynamic" and graph.get("timeformat") == "date" and graph.get("defaultedgetype") == want,
           f"GEXF: mode=dynamic timeformat=date defaultedgetype={want}")
    nodes = graph.findall(f"{GEXF}nodes/{GEXF}node")
    edges = graph.findall(f"{GEXF}edges/{GEXF}edge")
    expect(all(n.find(VIZ + "color") is not None and n.find(VIZ + "size") is not None for n in nodes),
           "GEXF: viz:color and viz:size on every node")
    expect(all(e.get("id") and e.get("weight") for e in edges), "GEXF: id and weight on every edge")
    g, version = networkx_gexf(a.file, version)
    expect(g.number_of_nodes() == len(nodes) and g.number_of_edges() == len(edges),
           f"networkx {version}: read_gexf, {len(nodes)} nodes, {len(edges)} edges")
    check_labels({n: d.get("label") for n, d in g.nodes(data=True)}, ref, f"networkx {version} (GEXF)")
    expect(all("color" in d.get("viz", {}) and "size" in d.get("viz", {}) for _, d in g.nodes(data=True)),
           f"networkx {version}: the colour and size of every node (viz)")
    check_countries(set(g.nodes), a.countries, f"networkx {version} (GEXF)")
    meetings = [n for n in g.nodes if ref[n]["kind"] == "meeting"]
    dated = [n for n in meetings if ref[n].get("date")]
    undated = [n for n in dated if not str(g.nodes[n].get("start", "")).startswith(ref[n]["date"])]
    if meetings:
        expect(dated and not undated, f"networkx {version}: a start date on each of the {len(dated)} dated meetings")
    dated = [d for _, _, d in g.edges(data=True) if d.get("date") or d.get("first_date")]
    undated = [d for d in dated if not str(d.get("start", "")).startswith(d.get("date") or d.get("first_date"))]
    expect(dated and not undated, f"networkx {version}: a start date on each of the {len(dated)} dated edges")
    if a.hostile:
        check_hostile("".join(d.get("label", "") for _, d in g.nodes(data=True)), "GEXF", "\ufffd")


# ---------------------------------------------------------------------- CSV

def read_csv(path, lead, tail):
    raw = open(path, "rb").read()
    path = path.rsplit("/", 1)[-1]
    text = raw.decode("utf-8")
    expect(not text.startswith("\ufeff"), f"{path}: UTF-8 without a byte order mark")
    inside, prev = False, ""
    for c in text:  # every line break outside quotes is CRLF
        if c == '"':
            inside = not inside
        elif c == "\n" and not inside and prev != "\r":
            fail(f"{path}: a bare LF ends a line")
        prev = c
    expect(text.endswith("\r\n") and not inside, f"{path}: CRLF line ends, quotes balanced")
    rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
    head = rows[0]
    expect(head[:len(lead)] == lead and head[-len(tail):] == tail, f"{path}: header {','.join(lead)},...,{','.join(tail)}")
    expect(all(len(r) == len(head) for r in rows), f"{path}: all {len(rows)} rows have the header's {len(head)} columns")
    bad = [c for r in rows for c in r if c.startswith(FORMULA)]
    expect(not bad, f"{path}: no cell starts with = + - @ tab or CR")
    return [dict(zip(head, r)) for r in rows[1:]], text


def unneutralise(cell):
    return cell[1:] if cell.startswith("'") and cell[1:].startswith(FORMULA) else cell


def cmd_csv(a):
    ref = json_labels(a.json)
    nodes, _ = read_csv(a.nodes, ["id", "label", "kind"], ["r", "g", "b", "size", "start"])
    edges, _ = read_csv(a.edges, ["id", "source", "target", "kind"], ["weight", "start"])
    ids = {n["id"] for n in nodes}
    expect(len(ids) == len(nodes), "CSV: node ids unique")
    expect(all(e["source"] in ids and e["target"] in ids for e in edges), "CSV: every edge's source and target is a node id")
    check_labels({n["id"]: unneutralise(n["label"]) for n in nodes}, ref, "CSV", clean=lambda s: s)
    check_countries(ids, a.countries, "CSV")
    if a.hostile:
        neutral = [n["label"] for n in nodes if n["label"].startswith("'")]
        expect(len(neutral) >= 3, f"CSV: {len(neutral)} hostile labels neutralised with a leading quote")
        check_hostile("".join(n["label"] for n in nodes), "CSV", "\x01")


def cmd_tables(a):
    """--csv's folder: countries.csv, persons.csv, meetings.csv, against JSON."""
    g = json.load(open(a.json, encoding="utf-8"))
    nodes = {n["id"]: n for n in g["nodes"]}
    countries, _ = read_csv(a.dir + "/countries.csv", ["iso3", "name", "colour"], ["persons"])
    persons, _ = read_csv(a.dir + "/persons.csv", ["name", "country", "iso3"], ["aliases", "id"])
    meetings, _ = read_csv(a.dir + "/meetings.csv", ["date", "year", "month", "day"], ["conflicts", "id"])
    jm = [n for n in g["nodes"] if n["kind"] == "meeting"]
    jp = [n for n in g["nodes"] if n["kind"] == "person"]
    expect(len(meetings) == len(jm) and len(persons) == len(jp), f"CSV tables: {len(meetings)} meetings, {len(persons)} persons, as in JSON")
    for c in a.countries:
        expect(any(r["iso3"] == c for r in countries), f"CSV tables: country {c} in countries.csv")
    expect(all(re.fullmatch(r"#[0-9a-f]{6}", r["colour"]) for r in countries), "countries.csv: a colour on every country")
    names = {n["id"]: n["name"] for n in jp}
    urls = {d["id"]: d.get("url") for d in g["graph"]["documents"]}
    for r in meetings:
        j = nodes[r["id"]]
        want = "; ".join(unneutralise_all(names[p]) for p in j["persons"])
        if unneutralise(r["persons"]) != want and r["persons"] != want:
            fail(f"meetings.csv: {r['id']} persons {r['persons']!r}, want the names {want!r}")
        if (j["date"] or "") != r["date"]:
            fail(f"meetings.csv: {r['id']} date {r['date']!r}, JSON {j['date']!r}")
        if j["date"] and r["year"] != j["date"][:4]:
            fail(f"meetings.csv: {r['id']} year {r['year']!r}")
        docs = list(dict.fromkeys(e["doc"] for e in j["evidence"]))
        want = "; ".join(urls.get(d) or d for d in docs)
        if unneutralise(r["sources"]) != want:
            fail(f"meetings.csv: {r['id']} sources {r['sources']!r}, want the articles' urls or ids {want!r}")
        if int(r["source_count"]) != len(docs) or int(r["evidence_count"]) != len(j["evidence"]):
            fail(f"meetings.csv: {r['id']} source_count/evidence_count {r['source_count']}/{r['evidence_count']}, "
                 f"JSON {len(docs)}/{len(j['evidence'])}")
    expect(not meetings or "evidence" not in meetings[0], "meetings.csv: no 'evidence' column counting what JSON lists")
    ok("meetings.csv: persons by name, dates as ISO text with year/month/day, the sources by url or id, "
       "source and evidence counts as in JSON")
    if a.hostile:
        check_hostile("".join(r["name"] for r in countries) + "".join(r["name"] for r in persons), "CSV tables", "\x01")


def unneutralise_all(s):
    return s


def main():
    p = argparse.ArgumentParser()
    sub = p.add_subparsers(dest="cmd", required=True)
    for name in ("graphml", "gexf"):
        s = sub.add_parser(name)
        s.add_argument("file")
        s.add_argument("--view", required=True, choices=sorted(DIRECTED))
    s = sub.add_parser("csv")
    s.add_argument("nodes")
    s.add_argument("edges")
    s = sub.add_parser("tables")
    s.add_argument("dir")
    for s in sub.choices.values():
        s.add_argument("--json", required=True)
        s.add_argument("--countries", type=lambda v: [c for c in v.split(",") if c], default=[])
        s.add_argument("--hostile", action="store_true")
        s.add_argument("--parallel", action="store_true")
    a = p.parse_args()
    {"graphml": cmd_graphml, "gexf": cmd_gexf, "csv": cmd_csv, "tables": cmd_tables}[a.cmd](a)


if __name__ == "__main__":
    sys.exit(main())
