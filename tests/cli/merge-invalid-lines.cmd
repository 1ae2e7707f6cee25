# merge refuses extraction lines with invalid UTF-8 in a string, a country code that is not three ASCII capitals (U+FEFF) and an evidence offset of 1e300, one line each; the good line is merged, exit 2.
$DG merge tests/data/cli/extraction-invalid.lines | python3 tests/cli/graph-summary.py
exit "${PIPESTATUS[0]}"
