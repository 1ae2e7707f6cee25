# Two NDJSON records with the same id: the second is refused with a message, the others make the graph (exit 2, "the others were processed").
$DG -q --ndjson < tests/data/cli/ndjson-repeated-id.lines | python3 tests/cli/graph-summary.py
exit "${PIPESTATUS[0]}"
