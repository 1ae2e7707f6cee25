# A folder of files that are not articles: what it holds is said, exit 2.
t=$(mktemp -d)
mkdir "$t/saved"
touch "$t/saved/a.pdf" "$t/saved/b.pdf" "$t/saved/notes.docx"
$DG "$t/saved"
echo "rc=$?"
rm -rf "$t"
