#!/usr/bin/env python3
"""Print a short, stable summary of a diplograph graph (node-link JSON).

    graph-summary.py [FILE] [--node ID]...

Reads FILE or standard input. Checks that it is one UTF-8 JSON document with
the node-link shape and that every link points to a node, then prints the
document ids, the nodes (kind and id, sorted), the number of links by kind,
and, for each --node ID, that node's attributes without its evidence (the
number of evidence items instead). Empty input prints "(no output)". Used by
the tests in tests/cli so that the expected files stay readable.
"""
import collections
import json
import signal
import sys


def main(argv):
    path, wanted = None, []
    it = iter(argv)
    for a in it:
        if a == "--node":
            wanted.append(next(it))
        elif path is None:
            path = a
        else:
            sys.exit("graph-summary.py: too many arguments")
    data = open(path, "rb").read() if path else sys.stdin.buffer.read()
    if not data:
        print("(no output)")
        return 0
    g = json.loads(data.decode("utf-8"))
    docs = g["graph"]["documents"]
    nodes = g["nodes"]
    links = g["links"]
    print("documents:", " ".join(d["id"] for d in docs) or "(none)")
    kinds = collections.Counter(n["kind"] for n in nodes)
    print("nodes: %d (%s)" % (len(nodes), ", ".join("%s %d" % kv for kv in sorted(kinds.items()))))
    for n in sorted(nodes, key=lambda n: n["id"]):
        print("  %-8s %s" % (n["kind"], n["id"]))
    ids = {n["id"] for n in nodes}
    if len(ids) != len(nodes):
        print("DUPLICATE node ids")
    dangling = [l for l in links if l["source"] not in ids or l["target"] not in ids]
    lk = collections.Counter(l["kind"] for l in links)
    print("links: %d (%s)" % (len(links), ", ".join("%s %d" % kv for kv in sorted(lk.items()))))
    for l in dangling:
        print("DANGLING link %s -> %s" % (l["source"], l["target"]))
    by_id = {n["id"]: n for n in nodes}
    for w in wanted:
        n = by_id.get(w)
        if n is None:
            print("%s: not in the graph" % w)
            continue
        print("%s:" % w)
        for k in sorted(n):
            v = n[k]
            if k == "evidence":
                print("  evidence: %d item(s)" % len(v))
            elif k != "id":
                print("  %s: %s" % (k, json.dumps(v, ensure_ascii=False)))
    return 0


if __name__ == "__main__":
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # quiet under `| head`
    sys.exit(main(sys.argv[1:]))
