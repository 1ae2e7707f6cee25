#!/usr/bin/env bash
# CSV export: --csv (countries.csv, persons.csv, meetings.csv in a folder,
# names rather than ids, dates as text) and --csv-table nodes / --csv-edges
# (a view's tables): RFC 4180 as Python's csv module reads it (CRLF, quoting,
# the header's column count on every row), and no cell a spreadsheet would
# run as a formula, in every view and with hostile names.
#   bash tests/export/csv.sh PATH/TO/diplograph
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

dg "$TMP/graph.json" "${MANIFEST[@]}"
for view in full actors countries timeline; do
  echo "--- view $view"
  dg "$TMP/$view-nodes.csv" --csv-table nodes --view "$view" "${MANIFEST[@]}"
  dg "$TMP/$view-edges.csv" --csv-edges --view "$view" "${MANIFEST[@]}"
  check csv "$TMP/$view-nodes.csv" "$TMP/$view-edges.csv" --json "$TMP/graph.json" --countries "$COUNTRIES"
done

echo "--- default view and determinism"
dg "$TMP/default-nodes.csv" --csv-table nodes "${MANIFEST[@]}"
dg "$TMP/default-edges.csv" --csv-edges "${MANIFEST[@]}"
cmp -s "$TMP/default-nodes.csv" "$TMP/full-nodes.csv" && cmp -s "$TMP/default-edges.csv" "$TMP/full-edges.csv" ||
  { echo "FAIL: --csv/--csv-edges without --view differ from --view full" >&2; exit 1; }
echo "ok: the default view is full, and a second run gives the same bytes"

echo "--- the tables (--csv -o DIR, --csv-table NAME)"
"$DG" "${MANIFEST[@]}" --csv -o "$TMP/tables" 2>"$TMP/stderr" || { cat "$TMP/stderr" >&2; exit 1; }
check tables "$TMP/tables" --json "$TMP/graph.json" --countries "$COUNTRIES"
for t in countries persons meetings; do
  dg "$TMP/one-$t.csv" --csv-table "$t" "${MANIFEST[@]}"
  cmp -s "$TMP/one-$t.csv" "$TMP/tables/$t.csv" || { echo "FAIL: --csv-table $t differs from the folder's $t.csv" >&2; exit 1; }
done
rc=0; "$DG" "${MANIFEST[@]}" --csv >/dev/null 2>"$TMP/stderr" || rc=$?
[ "$rc" = 1 ] && grep -q 'give -o DIR' "$TMP/stderr" || { echo "FAIL: --csv without -o DIR: exit $rc" >&2; exit 1; }
echo "ok: --csv-table gives each table alone; --csv without a folder is refused"

echo "--- sources by url (the analyst's corpus: a manifest and NDJSON with urls)"
A=(--manifest tests/data/analyst/manifest2.json)
dg "$TMP/analyst.json" "${A[@]}"
"$DG" "${A[@]}" --csv -o "$TMP/analyst-tables" 2>"$TMP/stderr" || { cat "$TMP/stderr" >&2; exit 1; }
check tables "$TMP/analyst-tables" --json "$TMP/analyst.json" --countries CHL,PER,BOL
grep -q ',https://news.example.org/andes/border-crossings,1,1,' "$TMP/analyst-tables/meetings.csv" ||
  { echo "FAIL: meetings.csv does not give the article's url as its source" >&2; exit 1; }

echo "--- hostile names"
dg "$TMP/hostile.json" "${HOSTILE[@]}"
for view in full actors; do
  dg "$TMP/hostile-nodes.csv" --csv-table nodes --view "$view" "${HOSTILE[@]}"
  dg "$TMP/hostile-edges.csv" --csv-edges --view "$view" "${HOSTILE[@]}"
  check csv "$TMP/hostile-nodes.csv" "$TMP/hostile-edges.csv" --json "$TMP/hostile.json" --hostile
done
"$DG" "${HOSTILE[@]}" --csv -o "$TMP/hostile-tables" 2>"$TMP/stderr" || { cat "$TMP/stderr" >&2; exit 1; }
check tables "$TMP/hostile-tables" --json "$TMP/hostile.json" --hostile
