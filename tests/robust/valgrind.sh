#!/usr/bin/env bash
# valgrind memcheck on the examples: no invalid access, no definite leak, in
# the paths that do not go through the rendering stack, pango included (the
# timeline, even as DOT, is measured with it): those are covered by the
# sanitizer build with tests/lsan.supp.
set -euo pipefail
bin=$1
cd "$(dirname "$0")/../.."
command -v valgrind >/dev/null || { echo "valgrind is missing (Debian package valgrind)"; exit 1; }
m=(--manifest examples/manifest.json)
for args in "" "--graphml" "--gexf --view actors" "--csv-table meetings" "--stats" "--dot --view full" "extract" "eval examples/gold.json"; do
  # shellcheck disable=SC2086
  valgrind -q --leak-check=full --errors-for-leak-kinds=definite --error-exitcode=99 \
    "$bin" $args "${m[@]}" > /dev/null
  echo "ok: valgrind: diplograph $args: no errors, no definite leaks"
done
