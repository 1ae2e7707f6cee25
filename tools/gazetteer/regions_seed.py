#!/usr/bin/env python3
"""Print tools/gazetteer/regions.tsv: each country's UN M49 sub-region,
from Unicode CLDR's territory containment (Debian package unicode-cldr-core)
and Debian's iso-codes (alpha-2 to alpha-3).

The colour assignment (colours.py) reads the committed regions.tsv, so it
runs without either package; this script repeats the seeding step:

    python3 tools/gazetteer/regions_seed.py > tools/gazetteer/regions.tsv

Every code of countries.tsv gets a row; a code in no sub-region (Antarctica,
Bouvet Island...) gets region "-".  Standard library only.
"""
import json
import os
import re
import sys

CLDR = "/usr/share/unicode/cldr/common/supplemental/supplementalData.xml"
ISO = "/usr/share/iso-codes/json/iso_3166-1.json"
HERE = os.path.dirname(os.path.abspath(__file__))
# Sub-regions: M49 codes whose members are countries, not other regions.
GROUP = re.compile(r'<group type="(\d{3})" contains="([A-Z ]+)"\s*/>\s*<!--\s*([^,>]*?)\s*(?:,[^>]*)?-->')


def main():
    with open(ISO, encoding="utf-8") as f:
        a3 = {e["alpha_2"]: e["alpha_3"] for e in json.load(f)["3166-1"]}
    a3["XK"] = "XKX"
    with open(CLDR, encoding="utf-8") as f:
        text = f.read()
    region = {}
    for code, members, name in GROUP.findall(text):
        if code in ("202",):  # Sub-Saharan Africa: a grouping of sub-regions
            continue
        for m in members.split():
            if m in a3:
                region.setdefault(a3[m], "%s %s" % (code, name))
    codes = []
    with open(os.path.join(HERE, "countries.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip() or line.startswith("iso3\t"):
                continue
            codes.append(line.split("\t", 1)[0])
    out = sys.stdout
    out.write("# Each country's UN M49 sub-region (from Unicode CLDR; regions_seed.py).\n")
    out.write("# Read by colours.py: countries of one sub-region are often reported together.\n")
    out.write("iso3\tregion\n")
    for c in sorted(codes):
        out.write("%s\t%s\n" % (c, region.get(c, "-")))


if __name__ == "__main__":
    main()
