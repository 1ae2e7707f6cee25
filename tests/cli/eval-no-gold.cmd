# eval without the answer key: exit 1.
$DG eval --manifest examples/manifest.json
