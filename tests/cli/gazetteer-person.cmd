# A user gazetteer adds an invented person; the article names her without a
# title and she is found, with her country, role and level.
$DG --date 2023-03-01 tests/data/cli/jane-example.txt | python3 tests/cli/graph-summary.py
echo "-- with --gazetteer tests/data/cli/gazetteer-jane.json"
$DG --gazetteer tests/data/cli/gazetteer-jane.json --date 2023-03-01 tests/data/cli/jane-example.txt |
  python3 tests/cli/graph-summary.py --node person:jane-example
exit "${PIPESTATUS[0]}"
