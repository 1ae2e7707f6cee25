# A directory input says what it does not read: an article name on a dangling link, a FIFO or a directory (exit 2), and a subdirectory (a note).
t=$(mktemp -d)
cp tests/data/cli/jane-example.txt "$t/a.txt"
ln -s nowhere.txt "$t/b.txt"; mkfifo "$t/c.txt"; mkdir "$t/d.txt" "$t/more"
$DG -q --date 2024-05-10 "$t" | python3 tests/cli/graph-summary.py
echo "rc=${PIPESTATUS[0]}"
rm -rf "$t"
