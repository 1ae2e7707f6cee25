# An article in Italian: a warning that diplograph reads English news, and the
# summary counts it among the articles that named nothing.
$DG tests/data/cli/notices/italian.txt >/dev/null
echo "rc=$?"
