#!/bin/bash
# The naming rules of src/README.md ("Names"):
#  1. every symbol the static library defines globally starts with dg_ (so
#     a program linking it meets no stray name; file-local helpers are static);
#  2. no function of the API (include/diplograph.h) has a double underscore:
#     dg_<component>__<fn> is the mark of an internal function;
#  3. a header that says it is "Internal to <folder>/" is included only by
#     files of that folder (merge/merge.h: the later stages read the graph
#     through merge/merged.h).
# usage: names.sh LIBDIPLOGRAPH.a SRC_DIR
set -u
lib=$1 src=$2
bad=0
command -v nm >/dev/null || { echo "nm not found (binutils)"; exit 1; }
syms=$(nm -g --defined-only "$lib" | awk 'NF == 3 { print $3 }' | sort -u)
[ -n "$syms" ] || { echo "$lib: no symbols read"; exit 1; }
# (symbols a sanitizer's instrumentation adds, __odr_asan.* and the like, are
# the compiler's, not ours)
stray=$(grep -v '^dg_' <<<"$syms" | grep -Ev '^__(odr_asan|asan|ubsan|sancov|gcov)' || true)
if [ -n "$stray" ]; then
  echo "$lib: global symbols outside dg_:"; sed 's/^/  /' <<<"$stray"; bad=1
fi
api=$(perl -0777 -pe 's{/\*.*?\*/}{}gs' "$src/include/diplograph.h" | grep -o 'dg_[a-z0-9_]*[ ]*(' | grep '__' || true)
if [ -n "$api" ]; then
  echo "diplograph.h: API functions with an internal (double underscore) name:"; sed 's/^/  /' <<<"$api"; bad=1
fi
while IFS= read -r h; do
  folder=$(sed -n 's/.*[Ii]nternal to \([a-z_]*\)\/.*/\1/p' "$h" | head -1)
  [ -n "$folder" ] || continue
  rel=${h#"$src/lib/"}
  while IFS= read -r use; do
    case "$use" in "$src/lib/$folder/"*) ;; *) echo "${use#"$src/"}: includes $rel, internal to $folder/"; bad=1 ;; esac
  done < <(grep -rl --include='*.c' --include='*.h' "#include \"$rel\"" "$src/lib")
done < <(find "$src/lib" -name '*.h' | sort)
n=$(wc -l <<<"$syms")
[ "$bad" = 0 ] && echo "names: $n global symbols, all dg_; no internal name in the API; internal headers kept inside their folders"
exit "$bad"
