# eval with an answer key that does not exist: exit 2, one line, no report.
$DG eval tests/data/cli/no-such-gold.json --manifest examples/manifest.json
