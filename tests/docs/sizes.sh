#!/usr/bin/env bash
# Files of a few hundred lines (src/README.md): no C file or header of src/
# is over 500 lines.
set -euo pipefail
src=$1
status=0
while IFS= read -r f; do
  n=$(wc -l < "$f")
  if [ "$n" -gt 500 ]; then echo "FAIL: $f has $n lines (over 500): split it by role"; status=1; fi
done < <(find "$src" -name '*.[ch]' | sort)
[ "$status" = 0 ] && echo "ok: every file of $src is 500 lines or fewer"
exit "$status"
