#!/usr/bin/env bash
# GraphML export (--graphml): read back by networkx, igraph and graphml2gv in
# every view; deterministic; well-formed with hostile names.
#   bash tests/export/graphml.sh PATH/TO/diplograph
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
need xmllint libxml2-utils
need graphml2gv graphviz
need gc graphviz
need_py networkx python3-networkx
need_py igraph python3-igraph

# graphml2gv reads the topology only and warns about every <key> and <data>;
# any other message (an XML error, say) is a failure.
graphml2gv_ok() {
  local file=$1 view=$2 nodes edges counts
  graphml2gv -o "$TMP/out.gv" "$file" 2>"$TMP/gv.err" || { cat "$TMP/gv.err" >&2; echo "FAIL: graphml2gv rejected $view" >&2; exit 1; }
  if grep -v -E '^Unknown node (key|data) - ignoring\.$' "$TMP/gv.err" >&2; then
    echo "FAIL: graphml2gv complained about $view" >&2; exit 1
  fi
  nodes=$(grep -c '<node ' "$file" || true)
  edges=$(grep -c '<edge ' "$file" || true)
  counts=$(gc -n -e "$TMP/out.gv" | awk '{print $1, $2}')
  [ "$counts" = "$nodes $edges" ] || { echo "FAIL: graphml2gv $view: '$counts' nodes and edges, want '$nodes $edges'" >&2; exit 1; }
  echo "ok: graphml2gv accepts the $view view ($nodes nodes, $edges edges)"
}

dg "$TMP/graph.json" "${MANIFEST[@]}"
for view in full actors countries timeline; do
  echo "--- view $view"
  f=$TMP/$view.graphml
  dg "$f" --graphml --view "$view" "${MANIFEST[@]}"
  xmllint --noout "$f"
  echo "ok: well-formed XML"
  parallel=()
  [ "$view" = actors ] && parallel=(--parallel)
  check graphml "$f" --view "$view" --json "$TMP/graph.json" --countries "$COUNTRIES" "${parallel[@]}"
  graphml2gv_ok "$f" "$view"
done

echo "--- default view and determinism"
dg "$TMP/default.graphml" --graphml "${MANIFEST[@]}"
cmp -s "$TMP/default.graphml" "$TMP/full.graphml" || { echo "FAIL: --graphml without --view differs from --view full" >&2; exit 1; }
echo "ok: the default view is full, and a second run gives the same bytes"

echo "--- hostile names"
dg "$TMP/hostile.json" "${HOSTILE[@]}"
for view in full actors; do
  f=$TMP/hostile-$view.graphml
  dg "$f" --graphml --view "$view" "${HOSTILE[@]}"
  xmllint --noout "$f"
  echo "ok: hostile $view: well-formed XML"
  check graphml "$f" --view "$view" --json "$TMP/hostile.json" --hostile
  graphml2gv_ok "$f" "hostile $view"
done
