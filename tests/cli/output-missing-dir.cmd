# -o into a folder that does not exist: exit 4, one line, nothing created.
t=$(mktemp -d)
$DG --manifest examples/manifest.json -o "$t/no-such-dir/g.json"
echo "rc=$?"
echo "files: $(ls -A "$t" | wc -l)"
rm -rf "$t"
