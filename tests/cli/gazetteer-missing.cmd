# A gazetteer that does not exist: one line, nothing on stdout.
$DG --gazetteer tests/data/cli/no-such-gazetteer.json tests/data/cli/jane-example.txt
