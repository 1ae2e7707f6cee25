#!/usr/bin/env python3
"""The escalation diagram's SVG against Graphviz's drawing of the same graph.

    svg-pinned.py OURS.svg GRAPHVIZ.svg

OURS.svg is `diplograph --svg` (written by src/lib/export/svg_pinned.c);
GRAPHVIZ.svg is `neato -n2 -Tsvg` of `diplograph --dot` on the same input,
the renderer that drew the diagram before. The two must be the same picture:
the same canvas, the same marks in the same order with the same ids, classes
and tooltips, each of the same element with the same colours, strokes and
text, and coordinates within 0.011 pt (Graphviz prints two decimals). A line's
ends may differ by 0.5 pt: Graphviz clips a line at a shape's outline by
bisection, to within half a point; its control points must lie on it.
Graphviz's raw output is read as dg_render used to tidy it: the tooltip of the <a> wrapper is the title,
"X Bold" is the family X in bold, "transparent" is no stroke.

Exit 0 when the same, 1 with the differences (the first 20) otherwise."""
import re
import sys
import xml.etree.ElementTree as ET

SVG = "{http://www.w3.org/2000/svg}"
XLINK = "{http://www.w3.org/1999/xlink}"
SHAPES = ("ellipse", "polygon", "path", "text")
STYLE = ("fill", "fill-opacity", "stroke", "stroke-width", "stroke-dasharray", "stroke-opacity")
TOL, TOL_END = 0.011, 0.511

problems = []


def bad(where, what):
    problems.append(f"{where}: {what}")


def numbers(s):
    return [float(x) for x in re.findall(r"-?\d+(?:\.\d+)?", s or "")]


def close(a, b, tol=TOL):
    return len(a) == len(b) and all(abs(x - y) <= tol for x, y in zip(a, b))


def marks(root, graphviz):
    """[(id, class, tooltip, [shape elements])] in document order."""
    out = []
    for g in root.iter(SVG + "g"):
        cls = g.get("class", "")
        if not (cls.startswith("node") or cls.startswith("edge")):
            continue
        tip = None
        if graphviz:
            for a in g.iter(SVG + "a"):
                tip = a.get(XLINK + "title")
                break
        else:
            t = g.find(SVG + "title")
            tip = t.text if t is not None else None
        shapes = [e for e in g.iter() if e.tag[len(SVG):] in SHAPES]
        out.append((g.get("id"), cls, tip, shapes))
    return out


def style_of(e, graphviz):
    s = {k: e.get(k) for k in STYLE if e.get(k) is not None}
    if graphviz and s.get("stroke") == "transparent":
        s["stroke"] = "none"
    if e.tag == SVG + "text":
        fam, weight = e.get("font-family"), e.get("font-weight")
        if graphviz and fam and fam.endswith(" Bold"):
            fam, weight = fam[:-5], "bold"
        s.update({"family": fam, "weight": weight, "size": e.get("font-size"), "anchor": e.get("text-anchor")})
    return s


def compare_path(where, a, b):
    pa, pb = numbers(a.get("d")), numbers(b.get("d"))
    if len(pa) != 8 or len(pb) != 8:
        return bad(where, f"path {a.get('d')} against {b.get('d')}")
    if not close(pa[:2] + pa[6:], pb[:2] + pb[6:], TOL_END):
        bad(where, f"line ends {pa[:2] + pa[6:]} against {pb[:2] + pb[6:]}")
    x0, y0, x3, y3 = pa[0], pa[1], pa[6], pa[7]
    for cx, cy in ((pa[2], pa[3]), (pa[4], pa[5])):
        cross = (x3 - x0) * (cy - y0) - (y3 - y0) * (cx - x0)
        if abs(cross) > 0.02 * max(1.0, abs(x3 - x0) + abs(y3 - y0)):
            bad(where, f"control point {cx},{cy} off the line")


def compare_shape(where, a, b):
    if a.tag != b.tag:
        return bad(where, f"{a.tag} against {b.tag}")
    sa, sb = style_of(a, False), style_of(b, True)
    if sa != sb:
        bad(where, f"style {sa} against {sb}")
    tag = a.tag[len(SVG):]
    if tag == "path":
        return compare_path(where, a, b)
    if tag == "text" and (a.text or "") != (b.text or ""):
        bad(where, f"text {a.text!r} against {b.text!r}")
    keys = {"ellipse": ("cx", "cy", "rx", "ry"), "polygon": ("points",), "text": ("x", "y")}[tag]
    na = [v for k in keys for v in numbers(a.get(k))]
    nb = [v for k in keys for v in numbers(b.get(k))]
    if not close(na, nb):
        bad(where, f"{tag} at {na} against {nb}")


def main():
    ours, theirs = ET.parse(sys.argv[1]).getroot(), ET.parse(sys.argv[2]).getroot()
    for k in ("width", "height", "viewBox"):
        if ours.get(k) != theirs.get(k):
            bad("svg", f"{k} {ours.get(k)} against {theirs.get(k)}")
    ga, gb = ours.find(SVG + "g"), theirs.find(SVG + "g")
    if numbers(ga.get("transform")) != numbers(gb.get("transform")):
        bad("graph", f"transform {ga.get('transform')} against {gb.get('transform')}")
    bga, bgb = ga.find(SVG + "polygon"), gb.find(SVG + "polygon")
    if not close(numbers(bga.get("points")), numbers(bgb.get("points"))) or bga.get("fill") != bgb.get("fill"):
        bad("graph", "background")
    ma, mb = marks(ours, False), marks(theirs, True)
    if [m[0] for m in ma] != [m[0] for m in mb]:
        ia, ib = [m[0] for m in ma], [m[0] for m in mb]
        bad("marks", f"{len(ia)} against {len(ib)}; first difference at "
            f"{next((i for i, (x, y) in enumerate(zip(ia, ib)) if x != y), min(len(ia), len(ib)))}")
    for (ida, ca, ta, sa), (idb, cb, tb, sb) in zip(ma, mb):
        where = ida
        if ca != cb:
            bad(where, f"class {ca!r} against {cb!r}")
        if (ta or None) != (tb or None):
            bad(where, f"tooltip {ta!r} against {tb!r}")
        if len(sa) != len(sb):
            bad(where, f"{len(sa)} elements against {len(sb)}")
        for a, b in zip(sa, sb):
            compare_shape(where, a, b)
    if problems:
        print(f"{len(problems)} differences", file=sys.stderr)
        for p in problems[:20]:
            print("  " + p, file=sys.stderr)
        return 1
    print(f"same picture: {len(ma)} marks")
    return 0


if __name__ == "__main__":
    sys.exit(main())
