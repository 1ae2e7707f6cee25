#!/usr/bin/env bash
# The progress line: on a terminal (run under script(1)) after the first
# second; never when stderr is a file or a pipe; never with --quiet.
set -euo pipefail
bin=$1
cd "$(dirname "$0")/../.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
tools/gencorpus --seed 9 --articles 12000 --out "$tmp/c" >/dev/null
run=("$bin" -j 1 --manifest "$tmp/c/manifest.json" -o "$tmp/g.json")
script -qec "${run[*]}" "$tmp/tty" >/dev/null
tr '\r' '\n' < "$tmp/tty" | grep -aE '^diplograph: [0-9]+ articles, [0-9.]+ MB/s' >/dev/null \
  && echo "ok: a progress line on a terminal" || { echo "FAIL: no progress line on a terminal"; exit 1; }
"${run[@]}" 2> "$tmp/err"
[ ! -s "$tmp/err" ] && echo "ok: nothing when stderr is a file" || { echo "FAIL: stderr not empty"; cat "$tmp/err"; exit 1; }
"${run[@]}" 2>&1 | cat > "$tmp/pipe"
[ ! -s "$tmp/pipe" ] && echo "ok: nothing in a pipe" || { echo "FAIL: output in a pipe"; exit 1; }
script -qec "${run[*]} --quiet" "$tmp/tty2" >/dev/null
tr '\r' '\n' < "$tmp/tty2" | grep -a 'MB/s' >/dev/null && { echo "FAIL: progress despite --quiet"; exit 1; }
echo "ok: --quiet silences it"
