# An article that is only a UTF-8 byte order mark (EF BB BF).
$DG tests/data/cli/bom-only.txt | python3 tests/cli/graph-summary.py
exit "${PIPESTATUS[0]}"
