# eval --graph with a JSON file that is not a graph (no "nodes"): exit 3, one line.
$DG eval examples/gold.json --graph tests/data/cli/graph-no-nodes.json
