# An empty folder holds no article: said, exit 2, nothing written.
t=$(mktemp -d)
mkdir "$t/articles"
$DG "$t/articles"
echo "rc=$?"
rm -rf "$t"
