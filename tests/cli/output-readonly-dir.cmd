# -o into a folder without write permission: exit 4, one line, the previous
# file untouched, no temporary file. Root ignores permissions, so as root the
# program runs as user nobody (setpriv); the output is the same either way.
t=$(mktemp -d)
chmod 755 "$t"
mkdir "$t/ro"
echo previous >"$t/ro/g.json"
chmod 555 "$t/ro"
as=()
[ "$(id -u)" = 0 ] && as=(setpriv --reuid=65534 --regid=65534 --clear-groups)
"${as[@]}" "$DG" --manifest examples/manifest.json -o "$t/ro/g.json"
echo "rc=$?"
echo "g.json: $(cat "$t/ro/g.json")"
ls -A "$t/ro"
chmod 755 "$t/ro"
rm -rf "$t"
