# Empty stdin: exit 2, one line.
$DG </dev/null | python3 tests/cli/graph-summary.py
exit "${PIPESTATUS[0]}"
