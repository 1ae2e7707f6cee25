# A gazetteer with an unknown top-level section: exit 3, one line naming it.
$DG --gazetteer tests/data/cli/gazetteer-unknown-section.json tests/data/cli/jane-example.txt
