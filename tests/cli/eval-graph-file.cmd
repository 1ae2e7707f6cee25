# eval --graph scores a graph written earlier exactly as eval scores the graph it builds.
t=$(mktemp -d)
$DG --manifest examples/manifest.json -o "$t/g.json"
$DG eval examples/gold.json --manifest examples/manifest.json >"$t/built.txt"; echo "built: rc=$?"
$DG eval examples/gold.json --graph "$t/g.json" --min-f1 0.95 >"$t/read.txt"; echo "--graph: rc=$?"
cmp "$t/built.txt" "$t/read.txt" && echo "same report"
rm -rf "$t"
