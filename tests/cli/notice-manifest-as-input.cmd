# A manifest given as an article (no --manifest): said, with the option to use; exit 1.
$DG tests/data/analyst/manifest.json
echo "rc=$?"
