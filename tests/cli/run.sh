#!/usr/bin/env bash
# Run one CLI test case and compare what it printed with what is expected.
#
#   bash tests/cli/run.sh BINARY tests/cli/NAME.cmd
#   DG_UPDATE=1 bash tests/cli/run.sh BINARY tests/cli/NAME.cmd   # rewrite the expected files
#
# NAME.cmd is a bash snippet. It runs with `set -u`, the working directory at
# the repository root, standard input from /dev/null, $DG set to the absolute
# path of BINARY, TMPDIR set to a fresh empty folder (so `mktemp -d` lands
# there), LC_ALL=C.UTF-8, TZ=UTC and umask 022. Its standard output, standard
# error and exit status are compared with NAME.out, NAME.err and NAME.rc; a
# missing NAME.out or NAME.err means "expect nothing", a missing NAME.rc
# means 0.
#
# Before the comparison both outputs are normalised:
#   the binary's path            -> diplograph
#   $TMPDIR/tmp.XXXXXXXXXX       -> <tmp>   (folders made with mktemp -d)
#   $TMPDIR                      -> <tmpdir>
#   the repository's path        -> <repo>
#
# A case must remove whatever it creates: files left in TMPDIR fail the case.
# Exit status: 0 pass (or updated), 1 mismatch, 2 bad usage of this script.
set -u

die() { echo "run.sh: $*" >&2; exit 2; }

[ $# -eq 2 ] || die "usage: run.sh BINARY CASE.cmd"
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P) || die "cannot find the script's folder"
repo=$(cd "$here/../.." && pwd -P) || die "cannot find the repository"

bin=$1
[ -f "$bin" ] && [ -x "$bin" ] || die "$bin: not an executable file"
bin=$(cd "$(dirname "$bin")" && pwd -P)/$(basename "$bin")
case_file=$2
[ -f "$case_file" ] || die "$case_file: no such test case"
case_file=$(cd "$(dirname "$case_file")" && pwd -P)/$(basename "$case_file")
[ "${case_file%.cmd}" != "$case_file" ] || die "$case_file: a test case must end in .cmd"
base=${case_file%.cmd}
name=$(basename "$base")
rel() { printf '%s' "${1#"$repo"/}"; }

work=$(mktemp -d "${TMPDIR:-/tmp}/dg-cli-$name.XXXXXX") || die "cannot make a scratch folder"
cleanup() { chmod -R u+rwx "$work" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
mkdir "$work/tmp" || die "cannot make a scratch folder"
# Traversable by others, so that a case may run the program as another user.
chmod 711 "$work" "$work/tmp"

(
  cd "$repo" || exit 125
  export DG="$bin" TMPDIR="$work/tmp" LC_ALL=C.UTF-8 TZ=UTC PYTHONIOENCODING=utf-8
  unset DG_UPDATE
  umask 022
  exec timeout "${DG_TIMEOUT:-120}" bash -c 'set -u; . "$0"' "$case_file"
) </dev/null >"$work/stdout" 2>"$work/stderr"
rc=$?
[ $rc -eq 124 ] && echo "run.sh: $name: timed out after ${DG_TIMEOUT:-120}s" >&2

# Literal text -> a sed regular expression (delimiter |).
quote() { printf '%s' "$1" | sed -e 's/[]\\|.*^$[]/\\&/g'; }
normalise() {
  sed -e "s|$(quote "$bin")|diplograph|g" \
      -e "s|$(quote "$work/tmp")/tmp\.[A-Za-z0-9]\{10\}|<tmp>|g" \
      -e "s|$(quote "$work/tmp")|<tmpdir>|g" \
      -e "s|$(quote "$repo")|<repo>|g" "$1"
}
normalise "$work/stdout" >"$work/out"
normalise "$work/stderr" >"$work/err"
printf '%s\n' "$rc" >"$work/rc"

update=
case ${DG_UPDATE:-} in ''|0) ;; *) update=1 ;; esac

status=0
leftovers=$(cd "$work/tmp" && find . -mindepth 1 -maxdepth 2 | sed 's|^\./||' | head -5)
if [ -n "$leftovers" ]; then
  echo "run.sh: $name: the case left files behind in TMPDIR (remove what you create):" >&2
  printf '  %s\n' $leftovers >&2
  status=1
fi

for kind in out err rc; do
  expected=$base.$kind
  actual=$work/$kind
  if [ -n "$update" ]; then
    if [ "$kind" != rc ] && [ ! -s "$actual" ]; then
      if [ -e "$expected" ]; then rm -f "$expected" && echo "removed $(rel "$expected")"; fi
    elif ! cmp -s "$actual" "$expected"; then
      cp "$actual" "$expected" && echo "updated $(rel "$expected")"
    fi
    continue
  fi
  if [ -e "$expected" ]; then
    want=$expected
  elif [ "$kind" = rc ]; then
    want=$work/rc-default
    echo 0 >"$want"
  else
    want=/dev/null
  fi
  if ! cmp -s "$want" "$actual"; then
    echo "=== $name: $kind differs (- expected, + actual)"
    diff -u --label "expected $(rel "$expected")" --label "actual $name.$kind" "$want" "$actual"
    status=1
  fi
done

if [ $status -ne 0 ] && [ -z "$update" ]; then
  echo "FAIL $name: to accept the new output, run: DG_UPDATE=1 bash tests/cli/run.sh $(rel "$bin") $(rel "$case_file")"
fi
exit $status
