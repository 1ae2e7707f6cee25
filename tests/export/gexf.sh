#!/usr/bin/env bash
# GEXF export (--gexf): GEXF 1.2draft by default, read back by Debian's
# networkx as it is (2.8: no shim) with a start date on every dated meeting
# and its colours, in every view; --gexf-version 1.3 valid against the
# RELAX NG schema (the 1.3 XSD wrongly rejects viz: elements) and read back
# too; well-formed (and valid) with hostile names.
#   bash tests/export/gexf.sh PATH/TO/diplograph
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
need xmllint libxml2-utils
need_py networkx python3-networkx
RNG=tests/data/export/gexf-1.3/gexf.rng

# networkx 3.5 reads GEXF 1.3 natively, older ones through check.py's shim:
# when the python3 on PATH has networkx 3, read the files with it too.
PY3=$(command -v python3 || true)
if [ -n "$PY3" ] && [ "$PY3" != "$PY" ] && "$PY3" -c 'import networkx, sys; sys.exit(int(networkx.__version__.split(".")[0]) < 3)' 2>/dev/null; then
  PY_EXTRA=$PY3
else
  PY_EXTRA=
fi

valid() {
  local f=$1 what=$2
  xmllint --noout "$f"
  xmllint --noout --relaxng "$RNG" "$f" 2>"$TMP/rng.err" || { cat "$TMP/rng.err" >&2; echo "FAIL: $what is not valid GEXF 1.3" >&2; exit 1; }
  echo "ok: $what: well-formed, valid against gexf.rng"
}

readback() {
  check gexf "$@"
  if [ -n "$PY_EXTRA" ]; then "$PY_EXTRA" "$HERE/check.py" gexf "$@"; fi
}

dg "$TMP/graph.json" "${MANIFEST[@]}"
for view in full actors countries timeline; do
  echo "--- view $view (GEXF 1.2draft, the default)"
  f=$TMP/$view-12.gexf
  dg "$f" --gexf --view "$view" "${MANIFEST[@]}"
  xmllint --noout "$f"
  grep -q '<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http://www.gexf.net/1.2draft/viz" version="1.2">' "$f" ||
    { echo "FAIL: $view: not a GEXF 1.2draft root" >&2; exit 1; }
  readback "$f" --view "$view" --json "$TMP/graph.json" --countries "$COUNTRIES"
  echo "--- view $view (--gexf-version 1.3)"
  f=$TMP/$view.gexf
  dg "$f" --gexf --gexf-version 1.3 --view "$view" "${MANIFEST[@]}"
  valid "$f" "$view"
  readback "$f" --view "$view" --json "$TMP/graph.json" --countries "$COUNTRIES"
done

echo "--- default view and determinism"
dg "$TMP/default.gexf" --gexf "${MANIFEST[@]}"
cmp -s "$TMP/default.gexf" "$TMP/full-12.gexf" || { echo "FAIL: --gexf without --view differs from --view full" >&2; exit 1; }
if grep -q lastmodifieddate "$TMP/full.gexf"; then echo "FAIL: a date of writing in the GEXF" >&2; exit 1; fi
echo "ok: the default view is full, the same bytes on a second run, no date of writing"

echo "--- hostile names"
dg "$TMP/hostile.json" "${HOSTILE[@]}"
for view in full timeline; do
  f=$TMP/hostile-$view.gexf
  dg "$f" --gexf --gexf-version 1.3 --view "$view" "${HOSTILE[@]}"
  valid "$f" "hostile $view"
  readback "$f" --view "$view" --json "$TMP/hostile.json" --hostile
  dg "$f" --gexf --view "$view" "${HOSTILE[@]}"
  xmllint --noout "$f"
  readback "$f" --view "$view" --json "$TMP/hostile.json" --hostile
done
