#!/usr/bin/env python3
"""Choose each country's colour, once, offline: tools/gazetteer/colours.tsv.

A country keeps one colour in every diagram, whatever the corpus, so the
colour is data (the gazetteer's "colour", written by build.py from
colours.tsv), not something a diagram computes. This script picks it.

The palette is Paul Tol's "muted" qualitative scheme (nine colours made for
colour-blind readers; grey stays for an unknown country). cvd.py checks
that every two of them stay apart under protanopia, deuteranopia and
tritanopia (Machado et al. 2009, CIEDE2000).

Nine colours cannot give 250 countries colours of their own, so the script
colours a graph of "countries often reported together" (the map-colouring
approach) and keeps the pairs that share a colour few and weak. An edge's
weight is the sum of what links the two countries:

  border      3  a land border (together.tsv)
  pair        3  rivals, parties to one conflict, close partners (together.tsv)
  sea         2  neighbours across a strait or narrow sea (together.tsv)
  group       4 / (members - 1), for each group both belong to: the
              gazetteer's (vocabulary.json) and the blocs of together.tsv
              (a triangle weighs 2, the G7 0.67, the SCO 0.44)
  region      1  the same UN M49 sub-region (regions.tsv)

It minimises the total weight of the edges whose two ends share a colour,
plus a part of the weight of those whose colours are merely close: NEAR_SHARE
x (1 - d / NEAR_DE) for two colours d apart (the smallest CIEDE2000 under
normal vision and the three simulations, cvd.py), so that rivals and
neighbours get colours far apart where the palette allows:
a weighted DSATUR start (heaviest-linked countries first, each taking the
colour that costs least, ties to the least-used colour), then a tabu search
that moves one country at a time. Everything is in a fixed order with no
random numbers, so the output is the same bytes on every run. Where a
diagram still draws two countries of one colour, the diagram tells them
apart by the shape of their marks (src/lib/export/timeline_draw.c).

Usage:
  python3 tools/gazetteer/colours.py          # rewrite colours.tsv, print a summary
  python3 tools/gazetteer/colours.py --check  # exit 1 if colours.tsv is out of date
Then run build.py to carry the colours into gazetteer.json.
Standard library only.
"""
import argparse
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cvd  # noqa: E402

PALETTE = (  # Paul Tol, "muted" (https://personal.sron.nl/~pault/)
    ("rose", "#cc6677"), ("indigo", "#332288"), ("sand", "#ddcc77"),
    ("green", "#117733"), ("cyan", "#88ccee"), ("wine", "#882255"),
    ("teal", "#44aa99"), ("olive", "#999933"), ("purple", "#aa4499"),
)
NEAR_DE, NEAR_SHARE = 20.0, 0.3
WEIGHTS = {"border": 3.0, "pair": 3.0, "sea": 2.0, "region": 1.0}
GROUP_WEIGHT = 4.0
TABU_ITERATIONS = 4000
TABU_TENURE = 12

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "colours.tsv")


def read_rows(name):
    with open(os.path.join(HERE, name), encoding="utf-8") as f:
        rows = [line.rstrip("\n").split("\t") for line in f
                if line.strip() and not line.startswith("#")]
    return rows[1:]  # the header


def countries():
    return sorted(r[0] for r in read_rows("countries.tsv"))


def graph(codes):
    """{iso3: {iso3: weight}} of countries often reported together."""
    known = set(codes)
    w = {c: {} for c in codes}

    def link(a, b, weight, where):
        if a not in known or b not in known:
            sys.exit("colours.py: %s: unknown country %s" % (where, a if a not in known else b))
        if a != b:
            w[a][b] = w[a].get(b, 0.0) + weight
            w[b][a] = w[b].get(a, 0.0) + weight

    blocs = []
    for kind, a, others in read_rows("together.tsv"):
        if kind == "bloc":
            blocs.append({"name": a, "members": others.split()})
            continue
        if kind not in WEIGHTS or kind == "region":
            sys.exit("colours.py: together.tsv: unknown kind %r" % kind)
        for b in others.split():
            link(a, b, WEIGHTS[kind], "together.tsv")
    with open(os.path.join(HERE, "vocabulary.json"), encoding="utf-8") as f:
        groups = json.load(f)["groups"] + blocs
    for g in groups:
        m = sorted(set(g["members"]))
        for i, a in enumerate(m):
            for b in m[i + 1:]:
                link(a, b, GROUP_WEIGHT / (len(m) - 1), "group " + g["name"])
    region = {}
    for iso3, r in read_rows("regions.tsv"):
        if r != "-":
            region.setdefault(r, []).append(iso3)
    for r in sorted(region):
        m = sorted(region[r])
        for i, a in enumerate(m):
            for b in m[i + 1:]:
                link(a, b, WEIGHTS["region"], "regions.tsv")
    return w


def closeness():
    """SIM[i][j]: 1 for the same colour, less for close colours, 0 for far."""
    pal = [h for _, h in PALETTE]
    sim = [[1.0] * len(pal) for _ in pal]
    for i, a in enumerate(pal):
        for j, b in enumerate(pal):
            if i != j:
                d = min(cvd.distance(a, b, v) for v in cvd.VISIONS)
                sim[i][j] = round(NEAR_SHARE * max(0.0, 1 - d / NEAR_DE), 4)
    return sim


SIM = closeness()


def cost_of(w, colour, c, k):
    """The cost of c's edges if c had colour k."""
    row = SIM[k]
    return sum(x * row[colour[n]] for n, x in w[c].items() if n in colour)


def start(w, codes):
    """Weighted DSATUR: the most constrained, heaviest-linked country next."""
    colour, used = {}, [0] * len(PALETTE)
    degree = {c: sum(w[c].values()) for c in codes}
    left = set(codes)
    while left:
        def urgency(c):
            seen = {colour[n] for n in w[c] if n in colour}
            return (len(seen), degree[c], c)
        c = max(sorted(left), key=urgency)
        k = min(range(len(PALETTE)), key=lambda k: (cost_of(w, colour, c, k), used[k], k))
        colour[c] = k
        used[k] += 1
        left.remove(c)
    return colour


def total(w, colour):
    return sum(x * SIM[colour[a]][colour[b]] for a in w for b, x in w[a].items() if a < b)


def shared(w, colour):
    return sum(x for a in w for b, x in w[a].items() if a < b and colour[a] == colour[b])


def tabu(w, codes, colour):
    """Move one country at a time to the colour that lowers the cost most
    (a country may not take back a colour it just left for a while, unless
    that beats the best so far). cost[c][k] is what c's edges would cost if
    c had colour k, kept up to date as the neighbours move."""
    nk = len(PALETTE)
    cost = {c: [sum(x * SIM[k][colour[n]] for n, x in w[c].items()) for k in range(nk)] for c in codes}
    best, now = dict(colour), total(w, colour)
    best_cost = now
    tabu_until = {}
    for it in range(TABU_ITERATIONS):
        move = None
        for c in codes:
            row, here = cost[c], cost[c][colour[c]]
            if here == 0:
                continue
            for k in range(nk):
                if k == colour[c]:
                    continue
                delta = row[k] - here
                if tabu_until.get((c, k), -1) >= it and now + delta >= best_cost - 1e-9:
                    continue
                if move is None or delta < move[0] - 1e-9:
                    move = (delta, c, k)
        if move is None:
            break
        delta, c, k = move
        old = colour[c]
        tabu_until[(c, old)] = it + TABU_TENURE
        colour[c] = k
        for n, x in w[c].items():
            row = cost[n]
            for j in range(nk):
                row[j] += x * (SIM[j][k] - SIM[j][old])
        now += delta
        if now < best_cost - 1e-9:
            best, best_cost = dict(colour), now
    return best


def assign():
    codes = countries()
    w = graph(codes)
    colour = tabu(w, codes, start(w, codes))
    return codes, w, colour


def render(codes, w, colour):
    lines = ["# Each country's colour (written by colours.py; do not edit by hand).",
             "# Palette: Paul Tol's muted scheme. Edge weights and method: colours.py.",
             "# Total weight of linked countries sharing a colour: %.2f (with close colours: %.2f)"
             % (shared(w, colour), total(w, colour))]
    strong = [(x, a, b) for a in codes for b, x in sorted(w[a].items())
              if a < b and colour[a] == colour[b] and x >= 2.0]
    for x, a, b in sorted(strong, key=lambda t: (-t[0], t[1], t[2])):
        lines.append("#   shared by %s and %s (weight %.2f)" % (a, b, x))
    lines.append("iso3\tcolour\tname")
    for c in codes:
        lines.append("%s\t%s\t%s" % (c, PALETTE[colour[c]][1], PALETTE[colour[c]][0]))
    return "\n".join(lines) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="exit 1 if colours.tsv is out of date")
    args = ap.parse_args()
    codes, w, colour = assign()
    text = render(codes, w, colour)
    if args.check:
        with open(OUT, encoding="utf-8") as f:
            if f.read() != text:
                print("colours.py: colours.tsv is out of date (run tools/gazetteer/colours.py)",
                      file=sys.stderr)
                return 1
        return 0
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    counts = [sum(1 for c in codes if colour[c] == k) for k in range(len(PALETTE))]
    print("colours.tsv: %d countries, weight sharing a colour %.2f, cost with close colours %.2f, per colour %s"
          % (len(codes), shared(w, colour), total(w, colour), counts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
