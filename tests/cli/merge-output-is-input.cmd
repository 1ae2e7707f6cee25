# merge refuses to write over one of its inputs or its gazetteer (as the main command and extract do): exit 1, the files untouched.
t=$(mktemp -d)
$DG extract -q tests/data/cli/jane-example.txt --date 2024-05-10 -o "$t/x.ndjson"
cp "$t/x.ndjson" "$t/before"
$DG merge "$t/x.ndjson" -o "$t/x.ndjson"; echo "rc=$?"
cmp -s "$t/x.ndjson" "$t/before" && echo "input untouched"
cp tests/data/cli/gazetteer-jane.json "$t/g.json"
$DG merge --gazetteer "$t/g.json" "$t/x.ndjson" -o "$t/g.json"; echo "rc=$?"
cmp -s "$t/g.json" tests/data/cli/gazetteer-jane.json && echo "gazetteer untouched"
rm -rf "$t"
