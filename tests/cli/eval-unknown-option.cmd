# An unknown eval option: exit 1, stderr names it and points to eval --help.
$DG eval --frobnicate examples/gold.json
