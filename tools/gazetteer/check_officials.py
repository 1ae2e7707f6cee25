#!/usr/bin/env python3
"""Check src/lib/data/officials.json, the built-in dated list of officials
(see src/lib/data/OFFICIALS.md), against the gazetteer it is loaded after.

  python3 tools/gazetteer/check_officials.py [OFFICIALS.json [GAZETTEER.json]]

Exit 1 with one line per problem:
  - the entry's fields: a name, a known country, a role/level pair that the
    gazetteer's titles use, dates YYYY-MM-DD with valid_from <= valid_to;
  - no entry repeated (same name, role, country and valid_from);
  - no name or alias that the matcher would read as something else of the
    entity layer (a country, demonym, capital, place, group or title), which
    would give two hits on one span;
  - no name or alias shared by two people (the terms of one person may share
    them: the extractor takes the term valid on the article's date);
  - terms of one person and role do not overlap.
Standard library only.
"""
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from build import match_key  # noqa: E402  (how the matcher folds a phrase)

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def entity_phrases(gz):
    out = {}
    for c in gz["countries"]:
        for k in ("name",):
            out[match_key(c[k])] = "country " + c["iso3"]
        for k in ("aliases", "demonyms", "capitals"):
            for p in c.get(k, []):
                out[match_key(p)] = "%s of %s" % (k, c["iso3"])
    for p in gz.get("places", []):
        out[match_key(p["name"])] = "place"
    for g in gz.get("groups", []):
        for p in [g["name"]] + g.get("aliases", []):
            out[match_key(p)] = "group"
    for t in gz.get("titles", []):
        out[match_key(t["phrase"])] = "title"
    return out


def main(argv):
    path = argv[1] if len(argv) > 1 else os.path.join(ROOT, "src/lib/data/officials.json")
    gzpath = argv[2] if len(argv) > 2 else os.path.join(ROOT, "src/lib/data/gazetteer.json")
    data, gz = json.load(open(path, encoding="utf-8")), json.load(open(gzpath, encoding="utf-8"))
    errors = []
    if data.get("schema") != "diplograph-gazetteer/1" or set(data) != {"schema", "persons"}:
        errors.append("top level: schema diplograph-gazetteer/1 and a persons section only")
    countries = {c["iso3"] for c in gz["countries"]}
    pairs = {(t["role"], t["level"]) for t in gz["titles"]}
    phrases = entity_phrases(gz)
    prefixes = {match_key(t["phrase"]) for t in gz["titles"]} | {match_key(h) for h in gz["honorifics"]}
    seen, owner, terms = set(), {}, {}
    for i, p in enumerate(data.get("persons", [])):
        where = "persons[%d] %s" % (i, p.get("name"))
        if not p.get("name") or p.get("country") not in countries:
            errors.append(where + ": needs a name and a known country")
        if (p.get("role"), p.get("level")) not in pairs:
            errors.append(where + ": role/level %r/%r is not a pair of the titles" % (p.get("role"), p.get("level")))
        f, t = p.get("valid_from"), p.get("valid_to")
        if any(d is not None and not DATE.match(d) for d in (f, t)) or (f and t and f > t):
            errors.append(where + ": valid_from/valid_to must be YYYY-MM-DD, from <= to")
        key = (p.get("name"), p.get("role"), p.get("country"), f)
        if key in seen:
            errors.append(where + ": repeated")
        seen.add(key)
        person = (match_key(p["name"]), p.get("country"))
        terms.setdefault((person, p.get("role")), []).append((f or "0000", t or "9999", where))
        for form in p.get("aliases", []):
            w = match_key(form).split(" ")
            if any(" ".join(w[:n]) in prefixes for n in range(1, len(w))):
                errors.append("%s: alias %r starts with a title or honorific" % (where, form))
        for form in [p["name"]] + p.get("aliases", []):
            k = match_key(form)
            if k in phrases:
                errors.append("%s: %r is also a %s" % (where, form, phrases[k]))
            if owner.setdefault(k, person) != person:
                errors.append("%s: %r is also %r of %s" % (where, form, owner[k][0], owner[k][1]))
    for (person, role), spans in terms.items():
        spans.sort()
        for a, b in zip(spans, spans[1:]):
            if b[0] < a[1]:
                errors.append("%s: %s term overlaps the one of %s" % (b[2], role, a[2]))
    for e in errors:
        print(e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
