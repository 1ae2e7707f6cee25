# A manifest without a "documents" array: exit 3, one line.
$DG --manifest tests/data/cli/manifest-no-documents.json
