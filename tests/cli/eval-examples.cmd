# eval on the examples passes --min-f1 0.95 (exit 0); the P/R/F1 lines of the report.
$DG eval examples/gold.json --manifest examples/manifest.json --min-f1 0.95 |
  grep -E '^(countries|persons|meetings):'
exit "${PIPESTATUS[0]}"
