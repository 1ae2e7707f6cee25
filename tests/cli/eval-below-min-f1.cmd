# A score below --min-f1 (one article of five): the report, then exit 6 with one line.
$DG eval examples/gold.json --min-f1 0.5 examples/003_469223795f5003b4.txt |
  grep -E '^(countries|persons|meetings):'
exit "${PIPESTATUS[0]}"
