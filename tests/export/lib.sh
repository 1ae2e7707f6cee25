# Shared by tests/export/*.sh (sourced): the program, the tools, a scratch
# folder, and the inputs every export test reads.
#   source lib.sh PATH/TO/diplograph
# Sets DG (absolute), PY, TMP (removed on exit) and works from the repository
# root, whatever the caller's folder.

if [ $# -lt 1 ] || [ ! -x "$1" ]; then
  echo "usage: $0 PATH/TO/diplograph" >&2
  exit 2
fi
DG=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cd "$HERE/../.."
# Debian's python3 (networkx 2.8, igraph), not a pyenv one on PATH.
PY=${DG_TEST_PYTHON:-/usr/bin/python3}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

MANIFEST=(--manifest examples/manifest.json)
COUNTRIES=RUS,TUR,SYR,IRN
# Names and places with markup, quotes, formulas, tabs, CR LF and controls come
# from a user gazetteer: the extractor takes only letters into the names it
# finds in text, so the hostile strings could not reach the output otherwise.
HOSTILE=(--gazetteer tests/data/export/hostile-gazetteer.json --date 2024-03-06
         tests/data/export/hostile-article.txt)

# need TOOL DEBIAN-PACKAGE
need() {
  command -v "$1" >/dev/null || { echo "FAIL: $1 not found: install the Debian package '$2'" >&2; exit 1; }
}
# need_py MODULE DEBIAN-PACKAGE
need_py() {
  "$PY" -c "import $1" 2>/dev/null || { echo "FAIL: $PY cannot import $1: install the Debian package '$2'" >&2; exit 1; }
}

# dg OUT ARGS...: run the program into OUT; fail loudly on a non-zero exit.
dg() {
  local out=$1 rc=0; shift
  "$DG" "$@" >"$out" 2>"$TMP/stderr" || rc=$?
  if [ "$rc" -ne 0 ]; then
    echo "FAIL: diplograph $* exited $rc:" >&2
    cat "$TMP/stderr" >&2
    exit 1
  fi
}

check() { "$PY" "$HERE/check.py" "$@"; }
