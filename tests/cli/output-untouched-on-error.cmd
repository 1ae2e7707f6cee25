# When the run fails before output (bad option value, malformed gazetteer or
# manifest), -o leaves an existing target as it was.
t=$(mktemp -d)
echo previous >"$t/g.json"
$DG --date tomorrow examples/003_469223795f5003b4.txt -o "$t/g.json"; echo "rc=$?"
$DG --gazetteer tests/data/cli/gazetteer-malformed.json examples/003_469223795f5003b4.txt -o "$t/g.json"; echo "rc=$?"
$DG --manifest tests/data/cli/manifest-malformed.json -o "$t/g.json"; echo "rc=$?"
echo "g.json: $(cat "$t/g.json")"
ls -A "$t"
rm -rf "$t"
