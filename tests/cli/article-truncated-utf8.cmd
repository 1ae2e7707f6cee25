# An article ending inside a UTF-8 sequence (C3 at offset 32): exit 2, one line naming the offset.
$DG tests/data/cli/truncated-utf8.txt | python3 tests/cli/graph-summary.py
exit "${PIPESTATUS[0]}"
