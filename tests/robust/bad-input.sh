#!/usr/bin/env bash
# Bad input gets one clear line and a documented exit code; limits hold just
# under and just over; outputs are never half-written. Prints "ok: ..." per check.
set -uo pipefail
bin=$1
cd "$(dirname "$0")/../.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
expect() { # description, expected exit code, expected stderr pattern, command...
  local what=$1 code=$2 pattern=$3; shift 3
  "$@" > "$tmp/out" 2> "$tmp/err"; local rc=$?
  [ "$rc" = "$code" ] || { cat "$tmp/err"; fail "$what: exit $rc, expected $code"; }
  [ -z "$pattern" ] || grep -qE "$pattern" "$tmp/err" || { cat "$tmp/err"; fail "$what: stderr lacks /$pattern/"; }
  [ -z "$pattern" ] || [ "$(grep -c '^diplograph: ' "$tmp/err")" -ge 1 ] || fail "$what: not a diplograph: line"
  echo "ok: $what"
}
limit=$((64 * 1024 * 1024))

# Sizes: a 1 GB file (sparse), a single 100 MB line, the limit +1 and -1.
truncate -s 1G "$tmp/huge.txt"
expect "1 GB article refused before it is read" 2 "larger than the 64 MiB limit" "$bin" "$tmp/huge.txt"
head -c 100000000 /dev/zero | tr '\0' 'a' > "$tmp/line.txt"
expect "one 100 MB line refused" 2 "larger than the 64 MiB limit" "$bin" "$tmp/line.txt"
/usr/bin/python3 - "$tmp" "$limit" <<'PY'
import sys
tmp, limit = sys.argv[1], int(sys.argv[2])
head = b"French Foreign Minister Jane Example met German Foreign Minister Jan Muster in Berlin on Monday.\n"
for name, size in (("under.txt", limit), ("over.txt", limit + 1)):
    with open(f"{tmp}/{name}", "wb") as f:
        f.write(head + b" " * (size - len(head) - 1) + b"x")
PY
expect "an article just under the limit is read" 0 "" "$bin" --date 2024-05-10 "$tmp/under.txt"
grep -q '"meeting:2024-05-06-deu-fra-foreign"' "$tmp/out" || fail "the meeting in the big article was not found"
expect "an article 1 byte over the limit is refused" 2 "larger than the 64 MiB limit" "$bin" "$tmp/over.txt"
expect "the same from stdin" 2 "larger than the 64 MiB limit" sh -c "\"$bin\" < \"$tmp/over.txt\""
/usr/bin/python3 - "$tmp" "$limit" <<'PY'
import sys, json
tmp, limit = sys.argv[1], int(sys.argv[2])
with open(f"{tmp}/long.ndjson", "w") as f:
    f.write(json.dumps({"text": "a" * (limit + 10)}) + "\n")
    f.write(json.dumps({"id": "ok", "text": "French Foreign Minister Jane Example met German Foreign Minister Jan Muster in Berlin."}) + "\n")
PY
expect "an NDJSON record over the limit is refused, the next one read" 2 "stdin:1: .*(longer than the limit|larger than the 64 MiB limit)" \
  sh -c "\"$bin\" --ndjson --date 2024-05-10 < \"$tmp/long.ndjson\""
grep -q 'person:jan-muster' "$tmp/out" || fail "the record after the long one was lost"

# merge out of memory while reading a line: said, exit 5 (getline's ENOMEM
# was taken as the end of the file: exit 0 and an empty graph). A limit on
# address space does not work with AddressSanitizer's shadow memory.
if ldd "$bin" 2>/dev/null | grep libasan >/dev/null; then
  echo "skip: merge out of memory (ulimit -v under AddressSanitizer)"
else
  expect "merge: out of memory on a long line is exit 5, not the end of the file" 5 "line 1: out of memory" \
    sh -c "ulimit -v 250000; head -c 200000000 /dev/zero | tr '\\0' a | \"$bin\" merge"
fi

# JSON nesting: 64 levels are fine, 65 are not.
nest() { local n=$1 s=''; for ((i = 0; i < n; i++)); do s="$s["; done; s="${s}1"; for ((i = 0; i < n; i++)); do s="$s]"; done; printf '%s' "$s"; }
printf '{"documents": [{"path": "../../examples/001_29545feb8c6a7bee.txt", "published": "2022-12-29"}], "extra": %s}' "$(nest 62)" > "$tmp/m-ok.json"
mkdir -p "$tmp/a/b"; mv "$tmp/m-ok.json" "$tmp/a/b/m-ok.json"
cp -r examples "$tmp/examples"
sed -i "s|../../examples|$tmp/examples|" "$tmp/a/b/m-ok.json"
expect "a manifest nested 64 deep is read" 0 "" "$bin" --manifest "$tmp/a/b/m-ok.json"
printf '{"documents": [], "extra": %s}' "$(nest 64)" > "$tmp/m-deep.json"
expect "a manifest nested 65 deep is refused" 3 "nested deeper than 64" "$bin" --manifest "$tmp/m-deep.json"
printf '{"countries": [], "extra": %s}' "$(nest 64)" > "$tmp/g-deep.json"
expect "a gazetteer nested 65 deep is refused" 3 "nested deeper than 64" "$bin" --gazetteer "$tmp/g-deep.json" examples/001_29545feb8c6a7bee.txt
printf '{"documents": [{"path": "x.txt", "path": "y.txt"}]}' > "$tmp/m-dup.json"
expect "a manifest with a duplicate key is refused" 3 "duplicate key \"path\".*line 1, column 34" "$bin" --manifest "$tmp/m-dup.json"
printf '{"places": [{"name": "Lake Example", "country": "FRA"}]}' > "$tmp/g.json"
expect "a gazetteer given as the output is refused" 1 "is also an input" "$bin" --gazetteer "$tmp/g.json" -o "$tmp/g.json" examples/001_29545feb8c6a7bee.txt
grep -q 'Lake Example' "$tmp/g.json" || fail "the gazetteer was damaged"

# No data lost: a full disk (a file-size limit) leaves the previous file whole.
echo previous > "$tmp/keep.json"
expect "a write that fails (file too large) is reported" 4 "File too large" \
  sh -c "ulimit -f 1; exec \"$bin\" --manifest examples/manifest.json -o \"$tmp/keep.json\""
[ "$(cat "$tmp/keep.json")" = previous ] || fail "the previous output was damaged"
ls "$tmp" | grep 'tmp-' >/dev/null && fail "a temporary file was left behind"
echo "ok: the previous output is untouched and no temporary file is left"

# Interrupted by a signal while streaming: the same.
echo previous > "$tmp/stream.ndjson"
"$bin" extract --ndjson -o "$tmp/stream.ndjson" < <(printf '{"text":"French Foreign Minister Jane Example met German officials."}\n'; sleep 30) &
pid=$!
for _ in $(seq 50); do ls "$tmp" | grep 'stream.ndjson.tmp-' >/dev/null && break; sleep 0.1; done
ls "$tmp" | grep 'stream.ndjson.tmp-' >/dev/null || fail "no temporary file while streaming"
kill -TERM "$pid"; wait "$pid" 2>/dev/null
[ "$(cat "$tmp/stream.ndjson")" = previous ] || fail "the previous output was damaged by the interruption"
ls "$tmp" | grep 'tmp-' >/dev/null && fail "the interrupted run left a temporary file"
echo "ok: SIGTERM while streaming: previous output untouched, temporary file removed"

# Adversarial names and text reach every output well-formed and inert.
g=(--gazetteer tests/data/export/hostile-gazetteer.json --date 2024-03-06 tests/data/export/hostile-article.txt)
"$bin" "${g[@]}" > "$tmp/h.json" || fail "hostile: JSON run"
/usr/bin/python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$tmp/h.json" && echo "ok: hostile: JSON parses"
"$bin" "${g[@]}" --dot --view full > "$tmp/h.dot" && dot -Tsvg "$tmp/h.dot" > "$tmp/h2.svg" 2> "$tmp/dot.err" && xmllint --noout "$tmp/h2.svg" \
  && echo "ok: hostile: dot accepts the DOT" || { cat "$tmp/dot.err"; fail "hostile: DOT"; }
for f in svg graphml gexf report; do
  "$bin" "${g[@]}" --$f > "$tmp/h.$f" || fail "hostile: --$f"
  xmllint --noout "$tmp/h.$f" || fail "hostile: --$f is not well-formed XML"
done
echo "ok: hostile: SVG, GraphML, GEXF and the report are well-formed"
for bad in '<script' 'javascript:' 'foreignObject' ' on[a-z]*='; do
  grep -qiE "$bad" "$tmp/h.svg" "$tmp/h.report" && fail "hostile: $bad in SVG or report"
done
echo "ok: hostile: no script, handler or javascript: URL in SVG or report"
