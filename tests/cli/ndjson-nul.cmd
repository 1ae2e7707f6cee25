# A raw NUL byte in an NDJSON record: that record is refused (line 1), the next one is read with its own line number; exit 2.
$DG -q --ndjson < tests/data/cli/ndjson-nul.lines | python3 tests/cli/graph-summary.py
exit "${PIPESTATUS[0]}"
