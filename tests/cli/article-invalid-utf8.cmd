# An article with invalid UTF-8 (FF FE at offset 71): exit 2, one line naming the offset.
$DG tests/data/cli/invalid-utf8.txt | python3 tests/cli/graph-summary.py
exit "${PIPESTATUS[0]}"
