# eval --graph with a graph file that does not exist: exit 2, one line, no report.
$DG eval examples/gold.json --graph tests/data/cli/no-such-graph.json
