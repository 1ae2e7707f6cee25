#!/usr/bin/env python3
"""Checks of the escalation diagram's SVG, as a reader would make them.

    diagram_check.py boxes FILE.svg            no two text boxes overlap, no text on a dot
    diagram_check.py tooltips FILE.svg         every mark has a readable <title>
    diagram_check.py colours A.svg B.svg [G.json...]  a country has the same colour in both, the gazetteer's
    diagram_check.py marks FILE.svg [N]        lanes of one colour differ in the shape of their marks

Text boxes are computed from the SVG: each <text>'s anchor, x, y, font size
and family, its width from DejaVu Sans's advance widths (fontTools, Debian's
python3-fonttools; the font the diagram names), its height from the font's
cap height and descender. The lines of one label make one box. Dots are
circles of the <ellipse>'s radii, or the boxes of the polygons of
the marks of another shape (class mark-*). Boxes may touch (0.3 pt), never overlap.
"""
import json
import re
import sys
import xml.etree.ElementTree as ET

NS = {"svg": "http://www.w3.org/2000/svg"}
FONTS = {False: "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
         True: "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"}
_metrics = {}


def metrics(bold):
    if bold not in _metrics:
        from fontTools.ttLib import TTFont
        f = TTFont(FONTS[bold])
        cmap = f.getBestCmap()
        hmtx = f["hmtx"]
        upem = f["head"].unitsPerEm
        cap = f["OS/2"].sCapHeight / upem if hasattr(f["OS/2"], "sCapHeight") else 0.73
        desc = -f["hhea"].descent / upem
        _metrics[bold] = (cmap, hmtx, upem, cap, desc)
    return _metrics[bold]


def text_width(s, size, bold):
    cmap, hmtx, upem, _, _ = metrics(bold)
    w = 0
    for ch in s:
        g = cmap.get(ord(ch), ".notdef")
        w += hmtx[g][0]
    return w * size / upem


def tag(e):
    return e.tag.split("}")[-1]


def boxes_of(svg):
    """(name, x0, y0, x1, y1) per labelled node (its lines united), and dots."""
    root = ET.parse(svg).getroot()
    texts, dots = [], []
    for g in root.iter("{http://www.w3.org/2000/svg}g"):
        cls = g.get("class", "")
        if not cls.startswith("node"):
            continue
        box = None
        for t in g.findall("svg:text", NS):
            s = "".join(t.itertext())
            if not s.strip():
                continue
            size = float(t.get("font-size"))
            bold = t.get("font-weight") == "bold" or t.get("font-family", "").endswith("Bold")
            w = text_width(s, size, bold)
            x, y = float(t.get("x")), float(t.get("y"))
            anchor = t.get("text-anchor", "start")
            x0 = x - w / 2 if anchor == "middle" else x - w if anchor == "end" else x
            _, _, _, cap, desc = metrics(bold)
            b = (x0, y - cap * size, x0 + w, y + desc * size)
            box = b if box is None else (min(box[0], b[0]), min(box[1], b[1]), max(box[2], b[2]), max(box[3], b[3]))
        if box:
            texts.append((g.get("id"),) + box)
        for el in g.findall("svg:ellipse", NS):
            cx, cy, rx, ry = (float(el.get(a)) for a in ("cx", "cy", "rx", "ry"))
            dots.append((g.get("id"), cx - rx, cy - ry, cx + rx, cy + ry))
        if re.search(r"\bmark-", cls):  # a diamond, square or triangle mark: its polygon's box
            pts = [tuple(map(float, p.split(","))) for p in g.find("svg:polygon", NS).get("points").split()]
            xs, ys = [p[0] for p in pts], [p[1] for p in pts]
            dots.append((g.get("id"), min(xs), min(ys), max(xs), max(ys)))
    return texts, dots


def overlap(a, b, tol=0.3):
    return a[1] < b[3] - tol and b[1] < a[3] - tol and a[2] < b[4] - tol and b[2] < a[4] - tol


def check_boxes(svg):
    texts, dots = boxes_of(svg)
    bad = []
    # sweep on x: the boxes that can meet are the ones whose x ranges cross
    items = sorted(texts + [("dot:" + d[0],) + d[1:] for d in dots], key=lambda b: b[1])
    active = []
    for b in items:
        active = [a for a in active if a[3] > b[1]]
        for a in active:
            if a[0].startswith("dot:") and b[0].startswith("dot:"):
                continue
            if overlap(a, b):
                bad.append((a, b))
        active.append(b)
    for a, b in bad[:10]:
        print(f"overlap: {a[0]} {tuple(round(v, 1) for v in a[1:])} and {b[0]} {tuple(round(v, 1) for v in b[1:])}")
    assert not bad, f"{svg}: {len(bad)} overlapping boxes"
    print(f"ok: {len(texts)} text boxes and {len(dots)} dots, none overlapping ({svg.split('/')[-1]})")


def check_tooltips(svg):
    root = ET.parse(svg).getroot()
    marks = 0
    for g in root.iter("{http://www.w3.org/2000/svg}g"):
        cls = g.get("class", "")
        title = g.find("svg:title", NS)
        text = "".join(title.itertext()) if title is not None else None
        if text is not None:
            assert not re.fullmatch(r"[a-z]+-?[0-9]+(--[a-z]+-?[0-9]+)?|anchor.*|line-[0-9]+", text), \
                f"{g.get('id')}: a Graphviz name as tooltip: {text!r}"
        drawn = [e for e in g if tag(e) in ("ellipse", "polygon", "path", "text")]
        kind = cls.split()[1] if len(cls.split()) > 1 else ""
        if kind in ("meeting", "persons", "lane", "phase", "phase-label") and drawn:
            marks += 1
            assert text, f"{g.get('id')} ({cls}) has no tooltip"
        if kind == "meeting" and cls.startswith("node") and g.find("svg:ellipse", NS) is not None:
            assert re.search(r"\n(held|planned|proposed|cancelled|[a-z]+), [0-9]+ sources?$", text), \
                f"{g.get('id')}: the tooltip lacks status and sources: {text!r}"
    assert marks > 0, "no marks found"
    for e in root.iter():
        assert not (e.get("id") or "").startswith("a_"), "a Graphviz link wrapper is left"
    print(f"ok: all {marks} marks have a readable tooltip")


def lanes(svg):
    """{iso3: (fill, mark shape)} of the lane swatches, and {iso3: set of the
    shapes of that lane's meeting marks}."""
    root = ET.parse(svg).getroot()
    out, dots = {}, {}
    for g in root.iter("{http://www.w3.org/2000/svg}g"):
        gid, cls = g.get("id", ""), g.get("class", "")
        lane_m = re.search(r"-lane-([A-Z]{3})-colour$", gid)
        dot_m = re.search(r"-meeting-\d+-([A-Z]{3})$", gid)
        if not lane_m and not dot_m:
            continue
        mark = re.search(r"\bmark-(\w+)", cls)
        shape = mark.group(1) if mark else "circle"
        drawn = g.find("svg:ellipse", NS)
        drawn = drawn if drawn is not None else g.find("svg:polygon", NS)
        assert drawn is not None and drawn.tag.endswith("ellipse") == (shape == "circle"), \
            f"{gid}: class says {shape}, drawn as {None if drawn is None else drawn.tag}"
        if lane_m:
            out[lane_m.group(1)] = (drawn.get("fill"), shape)
        else:
            dots.setdefault(dot_m.group(1), set()).add(shape)
    return out, dots


def gazetteer_colours(files):
    """iso3 -> colour: the built-in gazetteer's, then the user files' in order."""
    colour = {}
    for f in ["src/lib/data/gazetteer.json"] + files:
        for c in json.load(open(f, encoding="utf-8")).get("countries", []):
            if "colour" in c:
                colour[c["iso3"]] = c["colour"].lower()
    return colour


def check_colours(*args):
    """colours A.svg B.svg [USER-GAZETTEER.json...]: every country has the
    same colour in both diagrams, and it is the gazetteer's (a user file's
    where it sets one), whatever else each diagram draws."""
    a, b, users = args[0], args[1], list(args[2:])
    want = gazetteer_colours(users)
    (ca, _), (cb, _) = lanes(a), lanes(b)
    shared = sorted(set(ca) & set(cb))
    assert shared, "no country in both diagrams"
    for c in shared:
        assert ca[c][0] == cb[c][0], f"{c}: {ca[c][0]} in {a}, {cb[c][0]} in {b}"
    for f, lane in ((a, ca), (b, cb)):
        for c, (fill, _) in lane.items():
            assert fill.lower() == want[c], f"{c}: {fill} in {f}, the gazetteer says {want[c]}"
    print(f"ok: {', '.join(shared)} have the same colours in both diagrams; every lane has its gazetteer colour")


def check_marks(svg, least="0"):
    """marks FILE.svg [N]: lanes of one colour are told apart by the shape of
    their marks (up to four lanes a colour), the swatch shows the lane's
    shape, and at least N lanes share a colour with an earlier one."""
    lane, dots = lanes(svg)
    by = {}
    for c, (fill, shape) in lane.items():
        by.setdefault(fill.lower(), []).append((c, shape))
        assert dots.get(c, {shape}) == {shape}, f"{c}: swatch {shape}, marks {dots[c]}"
    repeats = 0
    for fill, cs in by.items():
        repeats += len(cs) - 1
        if 1 < len(cs) <= 4:
            assert len({s for _, s in cs}) == len(cs), f"{fill}: lanes {cs} share a colour and a shape"
    assert repeats >= int(least), f"only {repeats} lanes share a colour; the test needs {least}"
    print(f"ok: {repeats} lane(s) share a colour with another, each told apart by its marks' shape")


if __name__ == "__main__":
    what, args = sys.argv[1], sys.argv[2:]
    {"boxes": check_boxes, "tooltips": check_tooltips, "colours": check_colours, "marks": check_marks}[what](*args)
