# A corrections file given as an article: said, with the option to use; exit 1.
$DG tests/data/analyst/corrections.json
echo "rc=$?"
