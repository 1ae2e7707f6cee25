#!/usr/bin/env python3
"""How far apart the country palette's colours stay, for normal vision and
under a simulation of colour-vision deficiency.

Simulation: Machado, Oliveira and Fernandes (2009), "A physiologically-based
model for simulation of color vision deficiency", the severity-1.0 matrices
for protanopia, deuteranopia and tritanopia, applied to linear sRGB.
Distance: CIEDE2000 (Sharma, Wu and Dalal 2005) between the CIELAB (D65)
colours of the simulated sRGB values.

Usage:
  python3 tools/gazetteer/cvd.py [--min DE] [GAZETTEER.json]
prints the smallest distance between any two of the palette's colours for
each vision, and exits 1 when one is below --min (default MIN_DE). The
palette is the set of "colour" values of the gazetteer's countries (default:
src/lib/data/gazetteer.json). Standard library only.
"""
import json
import math
import os
import sys

MIN_DE = 10.0  # the floor a palette must keep under every simulation

MACHADO = {
    "protan": ((0.152286, 1.052583, -0.204868),
               (0.114503, 0.786281, 0.099216),
               (-0.003882, -0.048116, 1.051998)),
    "deutan": ((0.367322, 0.860646, -0.227968),
               (0.280085, 0.672501, 0.047413),
               (-0.011820, 0.042940, 0.968881)),
    "tritan": ((1.255528, -0.076749, -0.178779),
               (-0.078411, 0.930809, 0.147602),
               (0.004733, 0.691367, 0.303900)),
}
VISIONS = ("normal", "protan", "deutan", "tritan")


def hex_rgb(h):
    return tuple(int(h[i:i + 2], 16) / 255.0 for i in (1, 3, 5))


def to_linear(c):
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def to_srgb(c):
    c = min(1.0, max(0.0, c))
    return 12.92 * c if c <= 0.0031308 else 1.055 * c ** (1 / 2.4) - 0.055


def simulate(rgb, vision):
    """sRGB (0..1) as seen with the given vision, in sRGB (0..1)."""
    if vision == "normal":
        return rgb
    lin = [to_linear(c) for c in rgb]
    m = MACHADO[vision]
    return tuple(to_srgb(sum(m[r][k] * lin[k] for k in range(3))) for r in range(3))


def lab(rgb):
    r, g, b = (to_linear(c) for c in rgb)
    x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047
    y = 0.2126729 * r + 0.7151522 * g + 0.0721750 * b
    z = (0.0193339 * r + 0.1191920 * g + 0.9503041 * b) / 1.08883

    def f(t):
        return t ** (1 / 3) if t > 216 / 24389 else (24389 / 27 * t + 16) / 116
    fx, fy, fz = f(x), f(y), f(z)
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


def ciede2000(lab1, lab2):
    L1, a1, b1 = lab1
    L2, a2, b2 = lab2
    c1, c2 = math.hypot(a1, b1), math.hypot(a2, b2)
    cm = (c1 + c2) / 2
    g = 0.5 * (1 - math.sqrt(cm ** 7 / (cm ** 7 + 25 ** 7)))
    a1p, a2p = (1 + g) * a1, (1 + g) * a2
    c1p, c2p = math.hypot(a1p, b1), math.hypot(a2p, b2)
    h1p = math.degrees(math.atan2(b1, a1p)) % 360 if c1p else 0.0
    h2p = math.degrees(math.atan2(b2, a2p)) % 360 if c2p else 0.0
    dl, dc = L2 - L1, c2p - c1p
    if c1p * c2p == 0:
        dh = 0.0
    else:
        dh = h2p - h1p
        if dh > 180:
            dh -= 360
        elif dh < -180:
            dh += 360
    dH = 2 * math.sqrt(c1p * c2p) * math.sin(math.radians(dh / 2))
    lm, cmp_ = (L1 + L2) / 2, (c1p + c2p) / 2
    if c1p * c2p == 0:
        hm = h1p + h2p
    elif abs(h1p - h2p) <= 180:
        hm = (h1p + h2p) / 2
    elif h1p + h2p < 360:
        hm = (h1p + h2p + 360) / 2
    else:
        hm = (h1p + h2p - 360) / 2
    t = (1 - 0.17 * math.cos(math.radians(hm - 30)) + 0.24 * math.cos(math.radians(2 * hm))
         + 0.32 * math.cos(math.radians(3 * hm + 6)) - 0.20 * math.cos(math.radians(4 * hm - 63)))
    sl = 1 + 0.015 * (lm - 50) ** 2 / math.sqrt(20 + (lm - 50) ** 2)
    sc = 1 + 0.045 * cmp_
    sh = 1 + 0.015 * cmp_ * t
    rt = (-2 * math.sqrt(cmp_ ** 7 / (cmp_ ** 7 + 25 ** 7))
          * math.sin(math.radians(60 * math.exp(-((hm - 275) / 25) ** 2))))
    return math.sqrt((dl / sl) ** 2 + (dc / sc) ** 2 + (dH / sh) ** 2 + rt * (dc / sc) * (dH / sh))


def distance(h1, h2, vision):
    return ciede2000(lab(simulate(hex_rgb(h1), vision)), lab(simulate(hex_rgb(h2), vision)))


def min_distances(palette):
    """{vision: (smallest CIEDE2000, colour, colour)} over all pairs."""
    out = {}
    for v in VISIONS:
        best = (float("inf"), None, None)
        for i, a in enumerate(palette):
            for b in palette[i + 1:]:
                d = distance(a, b, v)
                if d < best[0]:
                    best = (d, a, b)
        out[v] = best
    return out


def gazetteer_palette(path):
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    return sorted({c["colour"].lower() for c in doc["countries"] if "colour" in c})


def main(argv):
    floor, path = MIN_DE, None
    args = list(argv)
    while args:
        a = args.pop(0)
        if a == "--min":
            floor = float(args.pop(0))
        else:
            path = a
    if path is None:
        here = os.path.dirname(os.path.abspath(__file__))
        path = os.path.join(here, "..", "..", "src", "lib", "data", "gazetteer.json")
    palette = gazetteer_palette(path)
    if len(palette) < 2:
        print("cvd: fewer than two colours in %s" % path, file=sys.stderr)
        return 1
    bad = 0
    for v, (d, a, b) in min_distances(palette).items():
        ok = d >= floor
        bad += not ok
        print("%-6s min CIEDE2000 %5.1f (%s / %s)%s" % (v, d, a, b, "" if ok else "  BELOW %.1f" % floor))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
