#!/usr/bin/env bash
# In a script under `set -o pipefail`, a pipe must not end in a reader that
# stops early (grep -q, head): the writer then dies of SIGPIPE and the whole
# pipeline fails at random, depending on timing (this failed CI twice). Use
# `grep PATTERN >/dev/null`, which reads all of its input, or find -print -quit.
set -euo pipefail
root=$1
status=0
while IFS= read -r f; do
  grep -q 'pipefail' "$f" || continue
  if grep -nE '(^|[^|])\|[[:space:]]*(grep[[:space:]]+-[a-zA-Z]*q|head([[:space:]]|$))' "$f" >"${TMPDIR:-/tmp}/pipefail.$$"; then
    sed "s|^|$f:|" "${TMPDIR:-/tmp}/pipefail.$$"
    status=1
  fi
done < <(find "$root/tests" "$root/tools" "$root/.ci" -type f \( -name '*.sh' -o -perm -u+x \) ! -path '*/fixtures/*' | sort)
rm -f "${TMPDIR:-/tmp}/pipefail.$$"
[ "$status" = 0 ] || echo "FAIL: a pipe under pipefail ends in grep -q or head (see the lines above)"
exit "$status"
