#!/usr/bin/env python3
"""Print a skeleton countries.tsv built from Debian's iso-codes data.

This was used once to seed tools/gazetteer/countries.tsv, which is now
curated by hand; it is kept so the seeding step can be repeated or
diffed against a newer iso-codes release:

    python3 tools/gazetteer/skeleton.py > /tmp/skeleton.tsv
    diff <(cut -f1 /tmp/skeleton.tsv) <(grep -v '^#' tools/gazetteer/countries.tsv | cut -f1)

Columns: iso3, name, aliases, demonyms, capitals.  The name is iso-codes'
common_name or name; the aliases are the other iso-codes names, minus the
inverted "Korea, Republic of" forms that never occur in running text.
Demonyms and capitals are left empty for a human to fill in.
"""
import json
import sys

ISO = "/usr/share/iso-codes/json/iso_3166-1.json"


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else ISO
    with open(path, encoding="utf-8") as f:
        entries = json.load(f)["3166-1"]
    out = sys.stdout
    out.write("iso3\tname\taliases\tdemonyms\tcapitals\n")
    for e in sorted(entries, key=lambda e: e["alpha_3"]):
        name = e.get("common_name") or e["name"]
        aliases = []
        for k in ("name", "official_name"):
            v = e.get(k)
            if not v or v == name or "," in v or "(" in v or v in aliases:
                continue
            aliases.append(v)
        out.write("\t".join([e["alpha_3"], name, "|".join(aliases), "", ""]) + "\n")
    out.write("XKX\tKosovo\tRepublic of Kosovo\t\t\n")


if __name__ == "__main__":
    main()
