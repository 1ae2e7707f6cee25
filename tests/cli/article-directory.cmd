# A folder: its *.txt files in name order; the unusable ones reported one line each, exit 2.
$DG tests/data/cli | python3 tests/cli/graph-summary.py
exit "${PIPESTATUS[0]}"
