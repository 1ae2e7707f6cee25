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
  if grep -v 'Tag [A-Za-z]* invalid' "$tmp/lint.err" | grep 'error' >/dev/null; then
    grep -v 'Tag [A-Za-z]* invalid' "$tmp/lint.err" | grep 'error' | sed -n 1,5p >&2
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
browse "$tmp/shot.log" --screenshot="$tmp/report.png" --window-size=1280,3000 "$url" >/dev/null ||
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
# 7. Sizes, as a reader sees them. A copy of the page with a script that
#    measures (the report itself has none): at 390 px nothing is wider than
#    the screen, and no table wider than its box (each row a block of
#    "Label: value" lines); only the diagram scrolls sideways; at 1280 px the
#    diagram's smallest text is at least 7 pt (9.33 px).
measure() { # measure WIDTH: prints "page-width smallest-diagram-text-px widest-table-overflow-px"
  # Headless Chromium's window is at least 500 px wide: the page is measured
  # in an iframe of the width, and reports to its parent by postMessage.
  python3 - "$tmp/report.html" "$tmp/measure.html" "$tmp/frame-$1.html" "$1" <<'PY'
import sys
page, copy, frame, width = sys.argv[1:]
js = ('<script>addEventListener("load",function(){var s=document.querySelector("figure svg"),'
      'k=s.getBoundingClientRect().width/s.viewBox.baseVal.width,m=1e9;'
      's.querySelectorAll("text").forEach(function(t){m=Math.min(m,parseFloat(t.getAttribute("font-size")))});'
      'var o=0;document.querySelectorAll("table").forEach(function(t){o=Math.max(o,t.scrollWidth-t.clientWidth)});'
      'parent.postMessage(document.documentElement.scrollWidth+" "+(m*k).toFixed(2)+" "+o,"*")});</script></body>')
open(copy, "w", encoding="utf-8").write(open(page, encoding="utf-8").read().replace("</body>", js))
open(frame, "w").write('<!DOCTYPE html><html><body style="margin:0"><iframe src="measure.html" style="width:%spx;'
                       'height:900px;border:0"></iframe><pre id="measured"></pre><script>addEventListener("message",'
                       'function(e){document.getElementById("measured").textContent=e.data})</script></body></html>' % width)
PY
  browse "$tmp/measure-$1.log" --window-size=1400,900 --virtual-time-budget=5000 --dump-dom "file://$tmp/frame-$1.html" |
    sed -n 's|.*<pre id="measured">\([^<]*\)</pre>.*|\1|p'
}
read -r w390 _ o390 <<<"$(measure 390)"
read -r w1280 px1280 o1280 <<<"$(measure 1280)"
echo "report.sh: page width at 390 px: ${w390:-?}, tables ${o390:-?} px wider than their box;" \
  "at 1280 px: ${w1280:-?} (tables ${o1280:-?} px), smallest diagram text ${px1280:-?} px"
[ "${w390:-9999}" -le 390 ] || fail "something is wider than a 390 px screen (${w390:-?} px)"
[ "${o390:-9999}" -le 0 ] && [ "${o1280:-9999}" -le 0 ] || fail "a table overflows its box (${o390:-?} px at 390, ${o1280:-?} at 1280)"
[ "${w1280:-9999}" -le 1280 ] || fail "something is wider than a 1280 px screen (${w1280:-?} px)"
python3 -c "import sys; sys.exit(0 if float('${px1280:-0}') >= 9.33 else 1)" ||
  fail "the diagram's text is ${px1280:-?} px at 1280 px, less than 7 pt"
browse "$tmp/shot390.log" --screenshot="$tmp/report-390.png" --window-size=390,2400 "$url" >/dev/null ||
  fail "chromium --screenshot at 390 px"
#    Printed: the diagram has a landscape page of its own, where no word is
#    smaller than 7 pt (pdftotext's boxes; poppler-utils).
if command -v pdftotext >/dev/null; then
  pages=$(pdfinfo "$tmp/report.pdf" | awk '/^Pages:/ {print $2}')
  dpage=0
  for ((p = 1; p <= pages; p++)); do
    if pdftotext -f "$p" -l "$p" "$tmp/report.pdf" - | grep 'Made with diplograph' >/dev/null; then dpage=$p; break; fi
  done
  [ "$dpage" -gt 0 ] || fail "the printed report has no page with the diagram"
  smallest=$(pdftotext -f "$dpage" -l "$dpage" -bbox "$tmp/report.pdf" - | python3 -c '
import re, sys
h = [float(b) - float(a) for a, b in re.findall(r"yMin=\"([\d.]+)\" xMax=\"[\d.]+\" yMax=\"([\d.]+)\"", sys.stdin.read())]
print(round(min(h), 2) if h else 0)')
  echo "report.sh: printed, the diagram's page ($dpage) has no word smaller than $smallest pt"
  python3 -c "import sys; sys.exit(0 if $smallest >= 7 else 1)" || fail "printed diagram text of $smallest pt (< 7)"
  if [ -n "${DG_REPORT_SCREENSHOT:-}" ] && command -v pdftoppm >/dev/null; then
    pdftoppm -r 72 -png -f "$dpage" -l "$dpage" -singlefile "$tmp/report.pdf" "${DG_REPORT_SCREENSHOT%.png}-print" || true
  fi
else
  echo "report.sh: SKIP the printed sizes: pdftotext is not installed (poppler-utils)" >&2
fi
if [ -n "${DG_REPORT_SCREENSHOT:-}" ] && [ -s "$tmp/report-390.png" ]; then
  cp "$tmp/report-390.png" "${DG_REPORT_SCREENSHOT%.png}-390.png" || true
fi
if [ -n "${DG_REPORT_SCREENSHOT:-}" ] && [ -s "$tmp/report.png" ]; then
  cp "$tmp/report.png" "$DG_REPORT_SCREENSHOT" || fail "cannot copy the screenshot to $DG_REPORT_SCREENSHOT"
fi
[ "$failed" = 0 ] || exit 1
echo "report.sh: ok"
