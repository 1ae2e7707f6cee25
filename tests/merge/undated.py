#!/usr/bin/env python3
"""With no manifest and no --date, no meeting's date is more than a year from
the true one, and the articles without a date are announced on stderr.
usage: undated.py DIPLOGRAPH GOLD.json DIR (the articles of DIR, plain files)"""
import datetime, json, subprocess, sys

dg, gold_path, folder = sys.argv[1:4]
p = subprocess.run([dg, "--json", folder], capture_output=True, text=True)
if p.returncode != 0:
    sys.exit("diplograph failed: " + p.stderr)
gold = json.load(open(gold_path))
golds = gold["meetings"] + gold.get("meetings_optional", [])


def day(iso):
    parts = [int(x) for x in iso.split("-")] + [1, 1]
    return datetime.date(parts[0], parts[1], parts[2])


bad = 0
n = 0
for m in (x for x in json.loads(p.stdout)["nodes"] if x["kind"] == "meeting"):
    if not m.get("date"):
        continue
    true = [d for g in golds if set(g["countries"]) == set(m["countries"])
            for d in ([g.get("date")] + g.get("accept", [])) if d]
    if not true:
        continue
    n += 1
    off = min(abs((day(m["date"]) - day(t)).days) for t in true)
    if off > 366:
        bad += 1
        print("FAIL: %s %s is %d days from the nearest true date %s" % (m["id"], m["date"], off, true))
print("%d dated meetings checked, %d more than a year off" % (n, bad))
undated = [d for d in gold["documents"] if not d.get("published")]
if undated and "without a date" not in p.stderr:
    print("FAIL: no note on stderr about the articles without a date")
    bad += 1
sys.exit(1 if bad or n == 0 else 0)
