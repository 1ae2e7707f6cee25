# One good and two bad articles: exit 2, one line per bad article, and the
# good article still in the graph.
$DG tests/data/cli/invalid-utf8.txt examples/003_469223795f5003b4.txt tests/data/cli/empty.txt |
  python3 tests/cli/graph-summary.py
exit "${PIPESTATUS[0]}"
