# extract -o on a full disk (here a file-size limit) says why, exit 4, and leaves no file.
t=$(mktemp -d)
(ulimit -f 1; $DG extract -q --manifest examples/manifest.json -o "$t/x.ndjson"); echo "rc=$?"
ls "$t"
rm -rf "$t"
