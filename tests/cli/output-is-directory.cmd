# -o naming an existing folder: exit 4, one line, the folder untouched.
t=$(mktemp -d)
mkdir "$t/out"
$DG examples/003_469223795f5003b4.txt -o "$t/out"
echo "rc=$?"
ls -A "$t" "$t/out"
rm -rf "$t"
