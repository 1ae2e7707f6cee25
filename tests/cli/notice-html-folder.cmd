# A folder of saved web pages is read (not an empty graph): the page's meetings, date and url.
t=$(mktemp -d)
mkdir "$t/pages"
cp tests/data/analyst/a1.html "$t/pages/"
$DG "$t/pages" | python3 tests/cli/graph-summary.py
echo "rc=${PIPESTATUS[0]}"
rm -rf "$t"
