# An article with a NUL byte (at offset 38): exit 2, one line naming the offset.
$DG tests/data/cli/binary-nul.txt | python3 tests/cli/graph-summary.py
exit "${PIPESTATUS[0]}"
