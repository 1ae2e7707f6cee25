# -o writes the same bytes as stdout, atomically: a file of mode 0666 less the
# umask, no temporary file left, and an existing target replaced by rename
# (a hard link to the old file keeps the old content).
t=$(mktemp -d)
$DG --manifest examples/manifest.json -o "$t/g.json"
echo "rc=$?"
$DG --manifest examples/manifest.json | cmp - "$t/g.json" && echo "same bytes as stdout"
python3 -c 'import json, sys; json.load(open(sys.argv[1])); print("parses")' "$t/g.json"
stat -c 'mode %a' "$t/g.json"
ls "$t"
echo old >"$t/g.json"
ln "$t/g.json" "$t/old-link"
$DG examples/003_469223795f5003b4.txt -o "$t/g.json"
echo "rc=$?"
python3 tests/cli/graph-summary.py "$t/g.json" | head -1
echo "old link: $(cat "$t/old-link")"
ls "$t"
rm -rf "$t"
