# A manifest that does not exist: exit 2, one line, nothing on stdout.
$DG --manifest tests/data/cli/no-such-manifest.json
