# -o naming a FIFO: the output is written into it (it is not replaced by a file).
t=$(mktemp -d)
mkfifo "$t/pipe"
cat "$t/pipe" > "$t/got" &
reader=$!
$DG examples/003_469223795f5003b4.txt -o "$t/pipe"
echo "rc=$?"
wait "$reader"
stat -c '%F' "$t/pipe"
python3 -c 'import json,sys; g=json.load(open(sys.argv[1])); print("json with", len(g["nodes"]), "nodes")' "$t/got"
rm -rf "$t"
