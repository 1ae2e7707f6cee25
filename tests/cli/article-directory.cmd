# A folder given as an article: exit 2, one line.
$DG tests/data/cli | python3 tests/cli/graph-summary.py
exit "${PIPESTATUS[0]}"
