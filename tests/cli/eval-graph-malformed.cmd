# eval --graph with a graph that is not JSON: exit 3, one line with line and column.
$DG eval examples/gold.json --graph tests/data/cli/graph-malformed.json
