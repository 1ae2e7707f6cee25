# A gazetteer with a duplicate key in one object: exit 3, one line with line and column.
$DG --gazetteer tests/data/cli/gazetteer-duplicate-key.json tests/data/cli/jane-example.txt
