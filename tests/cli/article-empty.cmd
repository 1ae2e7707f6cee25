# An empty article (0 bytes): exit 2, one line.
$DG tests/data/cli/empty.txt | python3 tests/cli/graph-summary.py
exit "${PIPESTATUS[0]}"
