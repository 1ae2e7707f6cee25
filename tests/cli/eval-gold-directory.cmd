# eval with a directory as its answer key says so (not "malformed JSON"), exit 2; a key over 256 MiB is refused before it is read.
$DG eval tests/data/cli --graph tests/data/cli/graph-no-nodes.json; echo "rc=$?"
t=$(mktemp -d)
truncate -s 300M "$t/gold.json"
$DG eval "$t/gold.json" --graph tests/data/cli/graph-no-nodes.json; echo "rc=$?"
rm -rf "$t"
