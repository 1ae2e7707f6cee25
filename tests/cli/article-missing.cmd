# An article that does not exist: exit 2, one line. (The graph of the other
# articles, here none, is still written.)
$DG tests/data/cli/no-such-article.txt | python3 tests/cli/graph-summary.py
exit "${PIPESTATUS[0]}"
