#!/usr/bin/env python3
"""The merge corpus (tests/data/merge): one process over a year, ten articles.
Checks what the answer key's F1 cannot: every round is its own meeting, the
plans that were held are those meetings, the postponed plan keeps no date and
says so, the cancelled round is cancelled, and the two articles that disagree
on a day are one meeting whose conflicts show both days; the result does not
depend on the order the articles come in.
usage: corpus.py DIPLOGRAPH"""
import json, os, subprocess, sys

dg = sys.argv[1]
here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "merge")
manifest = os.path.join(here, "manifest.json")


def run(args):
    out = subprocess.run([dg, "--json", "-q"] + args, capture_output=True, text=True, check=True).stdout
    g = json.loads(out)
    return [n for n in g["nodes"] if n["kind"] == "meeting"]


def docs(m):
    return sorted({e["doc"] for e in m["evidence"]})


fails = []


def check(ok, what):
    print(("ok: " if ok else "FAIL: ") + what)
    if not ok:
        fails.append(what)


ms = run(["--manifest", manifest])
by_doc = {}
for m in ms:
    for d in docs(m):
        by_doc.setdefault(d, []).append(m)


def one(doc, status):
    """The meeting of doc with this status (a headline may make another)."""
    c = [m for m in by_doc.get(doc, []) if m["status"] == status]
    return c[0] if len(c) == 1 else None


r1 = one("a02", "held")
check(r1 is not None and r1["date"] == "2021-02-02" and r1["place"] == "Oslo", "round 1 held in Oslo on 2021-02-02")
check(r1 is not None and "a01" in docs(r1), "round 1: the plan of a01 is the meeting held")
r2 = one("a03", "held")
check(r2 is not None and r2["date"] == "2021-03-18" and docs(r2) == ["a03"], "round 2 is its own meeting")
plan3 = one("a04", "planned")
check(plan3 is not None and plan3["date"] is None and "postponed" in (plan3.get("conflicts") or "")
      and "2021-05-05" in plan3["conflicts"] and "a05" in docs(plan3),
      "round 3: the plan put off keeps no date; its conflicts say it had been set for 2021-05-05")
r3 = one("a06", "held")
check(r3 is not None and r3["date"] == "2021-06-09" and not ({"a04", "a05"} & set(docs(r3))),
      "round 3 held on another day is its own meeting, not the plan that was put off")
r4 = one("a08", "held")
check(r4 is not None and docs(r4) == ["a07", "a08", "a09"] and r4["date"] in ("2021-09-14", "2021-09-13"),
      "round 4: the plan and the two reports are one meeting")
conf = (r4 or {}).get("conflicts") or ""
check("2021-09-13" in conf and "2021-09-14" in conf, "round 4: the disagreement on its day shows in conflicts")
r5 = one("a10", "cancelled")
check(r5 is not None and r5["date"] == "2021-11" and r5["place"] == "Oslo", "round 5 is cancelled")
rounds = [m for m in (r1, r2, r3, r4, r5, plan3) if m]
check(len({id(m) for m in rounds}) == len(rounds), "every round is a meeting of its own")
check(not any(m["status"] == "held" and "a10" in docs(m) for m in ms), "the cancelled round joins no held meeting")

# The same articles listed in reverse order: the same meetings.
man = json.load(open(manifest))
man["documents"].reverse()
rev = os.path.join(os.environ.get("TMPDIR", "/tmp"), "dg-merge-reversed-%d.json" % os.getpid())
for d in man["documents"]:
    d["path"] = os.path.join(here, d["path"])
json.dump(man, open(rev, "w"))
try:
    again = run(["--manifest", rev])
finally:
    os.remove(rev)
key = lambda m: (m["id"], m["status"], m["date"], m.get("conflicts"), docs(m))
check(sorted(map(key, again)) == sorted(map(key, ms)), "the same meetings whatever the order of the articles")
sys.exit(1 if fails else 0)
