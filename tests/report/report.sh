#!/usr/bin/env bash
# The HTML report, end to end: generate it for the examples, check that it
# parses and is safe and self-contained, that every answer-key meeting is in
# its meetings table with its evidence, that it is deterministic and escapes
# hostile input; then render it in headless Chromium (screenshot, DOM dump,
# print to PDF) with no console message.
#
# Usage: report.sh BIN
#   BIN: the diplograph program (`BIN --report --manifest M -o OUT`). Until
#   the CLI has --report, set DG_REPORT_DRIVER to a program taking the same
#   arguments (tests/report/build_driver.sh builds one).
# Env: DG_REPORT_SCREENSHOT: also copy the screenshot there.
#      DG_CHROMIUM: the browser (default /usr/bin/chromium).
# Exit: 0 pass, 1 failure, 77 Chromium is missing (the other checks passed).
set -euo pipefail

BIN=${1:?usage: report.sh BIN}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
chromium=${DG_CHROMIUM:-/usr/bin/chromium}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failed=0
fail() { echo "report.sh: FAIL: $*" >&2; failed=1; }

# The report of a manifest: report MANIFEST OUT [--id-prefix P]
help=$("$BIN" --help 2>&1 || true) # not in a pipe: grep -q would end it early (SIGPIPE, pipefail)
report() {
  local manifest=$1 out=$2
  shift 2
  if grep -q -- '--report' <<<"$help"; then
    "$BIN" --report --manifest "$manifest" -o "$out" "$@"
  elif [ -n "${DG_REPORT_DRIVER:-}" ]; then
    "$DG_REPORT_DRIVER" --manifest "$manifest" -o "$out" "$@"
  else
    echo "report.sh: $BIN has no --report and DG_REPORT_DRIVER is not set" >&2
    return 1
  fi
}

check() { python3 "$here/check_report.py" "$@" || fail "check_report.py $*"; }

# xmllint's HTML parser is HTML 4: it does not know <section>, <svg> ...
# Anything else it reports is a failure; the page is also well-formed XML.
lint() {
  if ! command -v xmllint >/dev/null; then return 0; fi
  xmllint --noout "$1" || fail "$1 is not well-formed"
  if ! xmllint --html --noout "$1" 2>"$tmp/lint.err"; then fail "xmllint --html $1"; fi
  if grep -v 'Tag [A-Za-z]* invalid' "$tmp/lint.err" | grep -q 'error'; then
    grep -v 'Tag [A-Za-z]* invalid' "$tmp/lint.err" | grep 'error' | head -5 >&2
    fail "xmllint --html reports errors in $1"
  fi
}

# 1. The examples: the report, its checks, and the same bytes twice.
ex=$root/examples
report "$ex/manifest.json" "$tmp/report.html" || { fail "no report of the examples"; exit 1; }
lint "$tmp/report.html"
check "$tmp/report.html" --gold "$ex/gold.json" --gazetteer "$root/src/lib/data/gazetteer.json" \
  --manifest "$ex/manifest.json"
# shellcheck disable=SC2015 # fail is the else branch, and fail returns 0
report "$ex/manifest.json" "$tmp/again.html" && cmp -s "$tmp/report.html" "$tmp/again.html" ||
  fail "the report is not deterministic"

# 2. Another id prefix: every id of the page, the diagram's included, has it.
if report "$ex/manifest.json" "$tmp/prefixed.html" --id-prefix rpt2; then
  check "$tmp/prefixed.html" --prefix rpt2
else
  fail "no report with --id-prefix"
fi

# 3. Hostile text in an article and in the manifest: shown, never run.
mkdir -p "$tmp/hostile"
cat >"$tmp/hostile/a.txt" <<'EOF'
Turkish Foreign Minister Mevlut Cavusoglu met Russian Foreign Minister Sergei Lavrov in Moscow on 3 May 2023 <script>alert(1)</script> & "talks" <img src=x onerror=alert(2)>.
EOF
python3 - "$tmp/hostile/manifest.json" <<'EOF'
import json, sys
src = "<script>alert('src')</script> & <a href=\"javascript:alert(3)\" onclick=\"x()\">Outlet</a>\u0001"
json.dump({"documents": [{"id": "x<b>1</b>", "path": "a.txt", "published": "2023-05-04", "source": src}]},
          open(sys.argv[1], "w"))
EOF
if report "$tmp/hostile/manifest.json" "$tmp/hostile.html"; then
  lint "$tmp/hostile.html"
  check "$tmp/hostile.html" --expect-text "<script>alert('src')</script> & <a href=\"javascript:alert(3)\"" \
    --expect-text "x<b>1</b>" --expect-text "<script>alert(1)</script> & \"talks\" <img src=x onerror=alert(2)>"
  grep -q $'\xef\xbf\xbd' "$tmp/hostile.html" || fail "a control character was not replaced by U+FFFD"
else
  fail "no report of the hostile article"
fi

# 4. An article without any meeting: still a complete page.
mkdir -p "$tmp/empty"
echo "The weather in Ankara was mild on Tuesday." >"$tmp/empty/a.txt"
echo '{"documents": [{"id": "calm", "path": "a.txt", "published": null, "source": null}]}' >"$tmp/empty/manifest.json"
if report "$tmp/empty/manifest.json" "$tmp/empty.html"; then
  lint "$tmp/empty.html"
  check "$tmp/empty.html"
else
  fail "no report of an article without meetings"
fi

# 5. With the C driver: every allocation of the export failed in turn must
#    come back as DG_ENOMEM (the CLI cannot inject failures).
if [ -n "${DG_REPORT_DRIVER:-}" ]; then
  "$DG_REPORT_DRIVER" --manifest "$ex/manifest.json" -o "$tmp/sweep.html" --alloc-sweep 2>"$tmp/sweep.log" ||
    { cat "$tmp/sweep.log" >&2; fail "allocation failures"; }
  cmp -s "$tmp/sweep.html" "$tmp/report.html" || fail "the report after the allocation sweep differs"
fi

[ "$failed" = 0 ] || exit 1

# 6. Chromium: it renders, prints, and says nothing on the console.
if [ ! -x "$chromium" ]; then
  echo "report.sh: SKIP: $chromium is not installed (the static checks passed)" >&2
  exit 77
fi
browse() { # browse LOG ARGS...: one headless run with a fresh profile and no network
  local log=$1 profile
  shift
  profile=$(mktemp -d "$tmp/profile.XXXXXX")
  timeout 120 "$chromium" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync --hide-scrollbars \
    --host-resolver-rules='MAP * ~NOTFOUND' --user-data-dir="$profile" --enable-logging=stderr --v=0 \
    "$@" 2>"$log"
}
url="file://$tmp/report.html"
browse "$tmp/shot.log" --screenshot="$tmp/report.png" --window-size=1200,3000 "$url" >/dev/null ||
  fail "chromium --screenshot"
# shellcheck disable=SC2015
[ -s "$tmp/report.png" ] && [ "$(stat -c %s "$tmp/report.png")" -gt 20000 ] || fail "no screenshot"
browse "$tmp/dom.log" --dump-dom "$url" >"$tmp/dom.html" || fail "chromium --dump-dom"
# shellcheck disable=SC2015
grep -q 'Meetings</h2>' "$tmp/dom.html" && grep -q '<svg' "$tmp/dom.html" || fail "the DOM lacks the report"
browse "$tmp/pdf.log" --no-pdf-header-footer --print-to-pdf="$tmp/report.pdf" "$url" >/dev/null ||
  fail "chromium --print-to-pdf"
[ -s "$tmp/report.pdf" ] || fail "no PDF"
for log in "$tmp/shot.log" "$tmp/dom.log" "$tmp/pdf.log"; do
  if grep -E ':CONSOLE|Uncaught' "$log" >&2; then fail "console messages in $(basename "$log")"; fi
done
if [ -n "${DG_REPORT_SCREENSHOT:-}" ] && [ -s "$tmp/report.png" ]; then
  cp "$tmp/report.png" "$DG_REPORT_SCREENSHOT" || fail "cannot copy the screenshot to $DG_REPORT_SCREENSHOT"
fi
[ "$failed" = 0 ] || exit 1
echo "report.sh: ok"
