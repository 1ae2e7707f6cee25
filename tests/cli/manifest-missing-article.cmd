# A manifest listing a missing article: exit 2, one line naming it (resolved
# against the manifest's folder); the other articles are processed.
$DG --manifest tests/data/cli/manifest-missing-article.json | python3 tests/cli/graph-summary.py
exit "${PIPESTATUS[0]}"
