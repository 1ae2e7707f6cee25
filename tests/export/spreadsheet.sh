#!/usr/bin/env bash
# The CSV tables opened in a real spreadsheet: LibreOffice Calc, headless,
# converted to a flat OpenDocument file whose cells say their type. The import
# is Calc's Text Import as a user leaves it (comma, double quotes, from row 1;
# "Detect special numbers" off) with the charset UTF-8: headless, with no
# filter options, Calc reads Latin-1 whatever the locale or a byte order mark,
# where its dialog lets the user see and pick UTF-8. What a spreadsheet user needs:
# every date reads as the CSV wrote it (a day is a real date of that day; a
# month or a year keeps its text or its number), year/month/day and the counts
# are numbers, ids, codes, names and urls are text.
#   bash tests/export/spreadsheet.sh PATH/TO/diplograph
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
need soffice libreoffice-calc-nogui

# A profile of its own: two LibreOffice processes cannot share one.
export HOME=$TMP/home
mkdir -p "$HOME"
calc() { # calc DIR: DIR/*.csv -> DIR/ods/*.fods
  timeout 300 soffice --headless --norestore "-env:UserInstallation=file://$TMP/lo-profile" \
    --infilter=CSV:44,34,76,1,,0,false,false --convert-to fods --outdir "$1/ods" "$1"/*.csv >"$TMP/soffice.log" 2>&1 ||
    { echo "FAIL: soffice could not convert $1:" >&2; cat "$TMP/soffice.log" >&2; exit 1; }
}

for corpus in examples/manifest.json tests/data/analyst/manifest2.json tests/data/diagram/manifest.json; do
  name=$(basename "$(dirname "$corpus")")
  echo "--- $name"
  "$DG" --manifest "$corpus" --csv -o "$TMP/$name" 2>"$TMP/stderr" || { cat "$TMP/stderr" >&2; exit 1; }
  calc "$TMP/$name"
  "$PY" "$HERE/spreadsheet_check.py" "$TMP/$name"
done
