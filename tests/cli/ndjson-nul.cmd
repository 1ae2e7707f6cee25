# A raw NUL byte in an NDJSON record: that record is refused (line 1), the next one is read with its own line number; exit 2.
$DG -q tests/data/cli/ndjson-nul.ndjson | python3 tests/cli/graph-summary.py
exit "${PIPESTATUS[0]}"
