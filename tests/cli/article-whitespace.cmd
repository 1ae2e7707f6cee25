# An article of spaces, tabs and newlines only: exit 2, one line.
$DG tests/data/cli/whitespace.txt | python3 tests/cli/graph-summary.py
exit "${PIPESTATUS[0]}"
