# The output depends only on the input: two runs give the same bytes, and so
# do the articles given in reverse order; a manifest listing them in reverse
# order gives the same graph except for the documents' paths.
t=$(mktemp -d)
$DG --manifest examples/manifest.json >"$t/a.json"
$DG --manifest examples/manifest.json >"$t/b.json"
cmp "$t/a.json" "$t/b.json" && echo "two runs: identical"
$DG --date 2023-05-10 examples/000_*.txt examples/001_*.txt examples/002_*.txt examples/003_*.txt examples/004_*.txt >"$t/sorted.json"
$DG --date 2023-05-10 examples/004_*.txt examples/003_*.txt examples/002_*.txt examples/001_*.txt examples/000_*.txt >"$t/reversed.json"
cmp "$t/sorted.json" "$t/reversed.json" && echo "files in reverse order: identical"
$DG --manifest tests/data/cli/manifest-reversed.json >"$t/c.json"
python3 - "$t/a.json" "$t/c.json" <<'PY'
import json, sys
def without_paths(p):
    g = json.load(open(p))
    for d in g["graph"]["documents"]:
        d.pop("path")
    return json.dumps(g, sort_keys=True)
a, c = map(without_paths, sys.argv[1:])
print("manifest in reverse order: " + ("identical but for paths" if a == c else "DIFFERENT"))
PY
rm -rf "$t"
