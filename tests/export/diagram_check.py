#!/usr/bin/env python3
"""Checks of the escalation diagram's SVG, as a reader would make them.

    diagram_check.py boxes FILE.svg            no two text boxes overlap, no text on a dot
    diagram_check.py tooltips FILE.svg         every mark has a readable <title>
    diagram_check.py colours A.svg B.svg       a country has the same colour in both
    diagram_check.py palette VIEW.c            the country palette under colour-vision deficiencies

Text boxes are computed from the SVG: each <text>'s anchor, x, y, font size
and family, its width from DejaVu Sans's advance widths (fontTools, Debian's
python3-fonttools; the font the diagram names), its height from the font's
cap height and descender. The lines of one label make one box. Dots are
circles of the <ellipse>'s radii. Boxes may touch (0.3 pt), never overlap.
"""
import itertools
import math
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


def lane_colours(svg):
    root = ET.parse(svg).getroot()
    out = {}
    for g in root.iter("{http://www.w3.org/2000/svg}g"):
        m = re.search(r"-lane-([A-Z]{3})-colour$", g.get("id", ""))
        if m:
            out[m.group(1)] = g.find("svg:polygon", NS).get("fill")
    return out


def check_colours(a, b):
    ca, cb = lane_colours(a), lane_colours(b)
    shared = sorted(set(ca) & set(cb))
    assert shared, "no country in both diagrams"
    for c in shared:
        assert ca[c] == cb[c], f"{c}: {ca[c]} in {a}, {cb[c]} in {b}"
    assert len(set(ca.values())) == len(ca) or len(ca) > 9, f"two countries share a colour in {a}: {ca}"
    print(f"ok: {', '.join(shared)} have the same colours in both diagrams")


# --- colour-vision deficiency: Machado, Oliveira and Fernandes (2009), severity 1
CVD = {
    "protanopia": [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
    "deuteranopia": [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.011820, 0.042940, 0.968881]],
    "tritanopia": [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.303900]],
}


def lin(c):
    c /= 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def simulate(rgb, m):
    ln = [lin(c) for c in rgb]
    out = []
    for row in m:
        v = min(1, max(0, sum(row[j] * ln[j] for j in range(3))))
        out.append(255 * (12.92 * v if v <= 0.0031308 else 1.055 * v ** (1 / 2.4) - 0.055))
    return out


def lab(rgb):
    r, g, b = (lin(c) for c in rgb)
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883
    f = lambda t: t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116
    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def ciede2000(p, q):
    (l1, a1, b1), (l2, a2, b2) = p, q
    cb = (math.hypot(a1, b1) + math.hypot(a2, b2)) / 2
    g = 0.5 * (1 - math.sqrt(cb ** 7 / (cb ** 7 + 25 ** 7)))
    a1p, a2p = (1 + g) * a1, (1 + g) * a2
    c1p, c2p = math.hypot(a1p, b1), math.hypot(a2p, b2)
    h1p, h2p = math.degrees(math.atan2(b1, a1p)) % 360, math.degrees(math.atan2(b2, a2p)) % 360
    dl, dc = l2 - l1, c2p - c1p
    dh = 0 if c1p * c2p == 0 else (h2p - h1p) - 360 * ((h2p - h1p) > 180) + 360 * ((h2p - h1p) < -180)
    dhh = 2 * math.sqrt(c1p * c2p) * math.sin(math.radians(dh / 2))
    lbar, cbar = (l1 + l2) / 2, (c1p + c2p) / 2
    if c1p * c2p == 0:
        hbar = h1p + h2p
    elif abs(h1p - h2p) <= 180:
        hbar = (h1p + h2p) / 2
    else:
        hbar = (h1p + h2p + 360) / 2 if h1p + h2p < 360 else (h1p + h2p - 360) / 2
    t = (1 - 0.17 * math.cos(math.radians(hbar - 30)) + 0.24 * math.cos(math.radians(2 * hbar))
         + 0.32 * math.cos(math.radians(3 * hbar + 6)) - 0.20 * math.cos(math.radians(4 * hbar - 63)))
    rc = 2 * math.sqrt(cbar ** 7 / (cbar ** 7 + 25 ** 7))
    sl = 1 + 0.015 * (lbar - 50) ** 2 / math.sqrt(20 + (lbar - 50) ** 2)
    sc, sh = 1 + 0.045 * cbar, 1 + 0.015 * cbar * t
    rt = -math.sin(math.radians(60 * math.exp(-((hbar - 275) / 25) ** 2))) * rc
    return math.sqrt((dl / sl) ** 2 + (dc / sc) ** 2 + (dhh / sh) ** 2 + rt * (dc / sc) * (dhh / sh))


def check_palette(view_c):
    src = open(view_c, encoding="utf-8").read()
    body = src[src.index("dg_country_palette[DG_PALETTE_SIZE][3] = {"):]
    body = body[:body.index("};")]
    pal = [tuple(int(v, 16) for v in m) for m in re.findall(r"\{0x(\w\w), 0x(\w\w), 0x(\w\w)\}", body)]
    assert len(pal) >= 8, pal
    worst = (1e9, None)
    for vision, m in [("normal", None)] + list(CVD.items()):
        cols = [lab(c if m is None else simulate(c, m)) for c in pal]
        for i, j in itertools.combinations(range(len(pal)), 2):
            d = ciede2000(cols[i], cols[j])
            if d < worst[0]:
                worst = (d, (vision, pal[i], pal[j]))
    print(f"palette of {len(pal)}: least CIEDE2000 difference {worst[0]:.1f} ({worst[1][0]})")
    assert worst[0] >= 10, f"two colours too close: {worst}"
    print("ok: every two colours stay apart for normal vision, protanopia, deuteranopia and tritanopia")


if __name__ == "__main__":
    what, args = sys.argv[1], sys.argv[2:]
    {"boxes": check_boxes, "tooltips": check_tooltips, "colours": check_colours, "palette": check_palette}[what](*args)
