# A manifest entry with an impossible "published" date: exit 3, one line.
$DG --manifest tests/data/cli/manifest-bad-published.json
