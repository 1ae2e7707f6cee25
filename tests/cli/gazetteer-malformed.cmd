# A gazetteer that is not JSON (a missing comma): exit 3, one line with line and column.
$DG --gazetteer tests/data/cli/gazetteer-malformed.json tests/data/cli/jane-example.txt
