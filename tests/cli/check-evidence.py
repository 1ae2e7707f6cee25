#!/usr/bin/env python3
"""Check the evidence spans of a diplograph graph against the articles.

    check-evidence.py [GRAPH.json]     (default: standard input)

For every evidence item of every node: the document is listed in
graph.documents and its file (documents[].path, relative to the working
directory) can be read; 0 <= start < end <= the file's size in bytes; the
bytes start..end are valid UTF-8; the evidence sentence occurs in the file
and one occurrence contains start..end. Then, by kind:
  country  the span folds to the country's name, an alias, a demonym or a
           capital in the built-in gazetteer (src/lib/data/gazetteer.json);
  person   the span folds to the person's name or an alias, or to the last
           words of one of them ("Lavrov" for "Sergei Lavrov");
  meeting  the span is not empty (checked above).
Folding: Unicode NFKD, diacritics dropped, lowercase, typographic quotes and
dashes made ASCII, a hyphen counts as a space, runs of spaces collapsed.
Prints "KIND: N ok" per kind, then one line per failure. Exits 1 on failure.
"""
import collections
import json
import sys
import unicodedata

GAZETTEER = "src/lib/data/gazetteer.json"
ASCII = {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
         "\u2010": " ", "\u2011": " ", "\u2012": " ", "\u2013": " ", "\u2014": " ", "-": " "}


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ASCII.get(c, c) for c in s if not unicodedata.combining(c))
    return " ".join(s.lower().split())


def occurrences(hay, needle):
    i = hay.find(needle)
    while i >= 0:
        yield i
        i = hay.find(needle, i + 1)


def main(argv):
    g = json.load(open(argv[0], encoding="utf-8") if argv else sys.stdin)
    gz = json.load(open(GAZETTEER, encoding="utf-8"))
    country_names = {}
    for c in gz["countries"]:
        forms = [c["name"]] + c.get("aliases", []) + c.get("demonyms", []) + c.get("capitals", [])
        country_names[c["iso3"]] = {fold(f) for f in forms}
    articles = {d["id"]: open(d["path"], "rb").read() for d in g["graph"]["documents"]}
    ok = collections.Counter()
    failures = []
    for n in sorted(g["nodes"], key=lambda n: n["id"]):
        for e in n["evidence"]:
            where = "%s doc %s %s..%s" % (n["id"], e["doc"], e["start"], e["end"])
            text = articles.get(e["doc"])
            start, end = e["start"], e["end"]
            if text is None:
                failures.append(where + ": document not listed")
                continue
            if not 0 <= start < end <= len(text):
                failures.append(where + ": span out of the file (%d bytes) or empty" % len(text))
                continue
            try:
                span = text[start:end].decode("utf-8")
            except UnicodeDecodeError:
                failures.append(where + ": span cuts a UTF-8 sequence")
                continue
            sentence = e["sentence"].encode("utf-8")
            if not any(i <= start and end <= i + len(sentence) for i in occurrences(text, sentence)):
                failures.append(where + ": %r is not inside the sentence %r" % (span, e["sentence"]))
                continue
            if n["kind"] == "country":
                good = fold(span) in country_names.get(n["iso3"], ())
            elif n["kind"] == "person":
                f = fold(span)
                good = False
                for name in [n["name"]] + n.get("aliases", []):
                    words = fold(name).split()
                    good = good or any(f == " ".join(words[i:]) for i in range(len(words)))
            else:
                good = True
            if good:
                ok[n["kind"]] += 1
            else:
                failures.append(where + ": %r does not name it" % span)
    for kind in sorted(ok):
        print("%s: %d ok" % (kind, ok[kind]))
    for f in failures:
        print("FAIL " + f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
