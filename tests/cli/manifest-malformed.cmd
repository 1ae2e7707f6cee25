# A manifest that is not JSON (a trailing comma): exit 3, one line with line and column.
$DG --manifest tests/data/cli/manifest-malformed.json
