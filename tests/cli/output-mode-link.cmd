# -o keeps the mode of the file it replaces (0600 stays 0600), and follows a symbolic link: the link stays, its target is replaced; a link to nothing is refused, exit 4.
t=$(mktemp -d)
echo old > "$t/private.json"; chmod 600 "$t/private.json"
$DG -q tests/data/cli/jane-example.txt --date 2024-05-10 -o "$t/private.json"; echo "rc=$?"
stat -c '%a' "$t/private.json"; head -c 1 "$t/private.json"; echo
echo old > "$t/target.json"; ln -s target.json "$t/link.json"
$DG -q tests/data/cli/jane-example.txt --date 2024-05-10 -o "$t/link.json"; echo "rc=$?"
[ -L "$t/link.json" ] && echo "still a link"; head -c 1 "$t/target.json"; echo
ln -s nowhere/x.json "$t/dangling.json"
$DG -q tests/data/cli/jane-example.txt --date 2024-05-10 -o "$t/dangling.json"; echo "rc=$?"
rm -rf "$t"
