#!/bin/bash
# The layer rule of src/README.md: a file under src/lib/<stage>/ includes only
# headers of its own stage and earlier ones, in the order
#   util, text, lexicon, model, extract, merge, correct, focus, graph, analyse, export
# and eval (apart) includes util only. Every #include "folder/file.h" of
# src/lib is checked; an include of a later stage, of eval from elsewhere, or
# of a folder the order does not name fails, with the file and line.
# usage: layers.sh [SRC_LIB_DIR]
set -u
lib=${1:-$(dirname "$0")/../../src/lib}
order=(util text lexicon model extract merge correct focus graph analyse export)
rank() {
  local i
  for i in "${!order[@]}"; do [ "${order[$i]}" = "$1" ] && { echo "$i"; return; }; done
  echo -1
}
bad=0 n=0
while IFS= read -r -d '' f; do
  rel=${f#"$lib"/}
  stage=${rel%%/*}
  [ "$stage" = "$rel" ] && continue # not in a stage folder
  while IFS=: read -r line inc; do
    dir=${inc%%/*}
    n=$((n + 1))
    why=""
    if [ "$stage" = eval ]; then
      [ "$dir" = util ] || [ "$dir" = eval ] || why="eval includes util only"
    elif [ "$dir" = eval ]; then
      why="eval is apart: no stage includes it"
    else
      rs=$(rank "$stage") rd=$(rank "$dir")
      if [ "$rs" -lt 0 ]; then why="folder '$stage' is not in the stage order (tests/docs/layers.sh)"
      elif [ "$rd" -lt 0 ]; then why="'$dir' is not in the stage order (tests/docs/layers.sh)"
      elif [ "$rd" -gt "$rs" ]; then why="$dir comes after $stage"
      fi
    fi
    if [ -n "$why" ]; then
      echo "layers: src/lib/$rel:$line: includes \"$inc\": $why" >&2
      bad=$((bad + 1))
    fi
  done < <(grep -n '^[[:space:]]*#[[:space:]]*include[[:space:]]*"[^"]*/[^"]*"' "$f" |
           sed 's/^\([0-9]*\):.*"\([^"]*\)".*/\1:\2/')
done < <(find "$lib" -name '*.[ch]' -print0 | sort -z)
if [ "$n" -eq 0 ]; then echo "layers: no includes found under $lib" >&2; exit 1; fi
if [ "$bad" -ne 0 ]; then echo "layers: $bad backward include(s) of $n" >&2; exit 1; fi
echo "layers: $n includes, none backward"
