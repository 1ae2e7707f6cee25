# The five example articles: valid JSON with the four acting countries.
$DG --manifest examples/manifest.json | python3 tests/cli/graph-summary.py
rc=${PIPESTATUS[0]}
$DG --manifest examples/manifest.json | python3 -c '
import json, sys
g = json.load(sys.stdin)
have = {n["iso3"] for n in g["nodes"] if n["kind"] == "country"}
for c in ["IRN", "RUS", "SYR", "TUR"]:
    print("country %s: %s" % (c, "present" if c in have else "MISSING"))'
exit "$rc"
