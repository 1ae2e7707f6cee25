#!/usr/bin/env bash
# CSV export (--csv nodes, --csv-edges edges): RFC 4180 as Python's csv module
# reads it (CRLF, quoting, the header's column count on every row), and no cell
# a spreadsheet would run as a formula, in every view and with hostile names.
#   bash tests/export/csv.sh PATH/TO/diplograph
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

dg "$TMP/graph.json" "${MANIFEST[@]}"
for view in full actors countries timeline; do
  echo "--- view $view"
  dg "$TMP/$view-nodes.csv" --csv --view "$view" "${MANIFEST[@]}"
  dg "$TMP/$view-edges.csv" --csv-edges --view "$view" "${MANIFEST[@]}"
  check csv "$TMP/$view-nodes.csv" "$TMP/$view-edges.csv" --json "$TMP/graph.json" --countries "$COUNTRIES"
done

echo "--- default view and determinism"
dg "$TMP/default-nodes.csv" --csv "${MANIFEST[@]}"
dg "$TMP/default-edges.csv" --csv-edges "${MANIFEST[@]}"
cmp -s "$TMP/default-nodes.csv" "$TMP/full-nodes.csv" && cmp -s "$TMP/default-edges.csv" "$TMP/full-edges.csv" ||
  { echo "FAIL: --csv/--csv-edges without --view differ from --view full" >&2; exit 1; }
echo "ok: the default view is full, and a second run gives the same bytes"

echo "--- hostile names"
dg "$TMP/hostile.json" "${HOSTILE[@]}"
for view in full actors; do
  dg "$TMP/hostile-nodes.csv" --csv --view "$view" "${HOSTILE[@]}"
  dg "$TMP/hostile-edges.csv" --csv-edges --view "$view" "${HOSTILE[@]}"
  check csv "$TMP/hostile-nodes.csv" "$TMP/hostile-edges.csv" --json "$TMP/hostile.json" --hostile
done
