# --min-f1 must be a number from 0 to 1: otherwise exit 1, one line, no report.
for x in 1.01 -0.1 abc '' nan; do
  out=$($DG eval examples/gold.json --min-f1 "$x" examples/003_469223795f5003b4.txt); rc=$?
  echo "--min-f1 '$x': rc=$rc report=$([ -n "$out" ] && echo yes || echo no)"
done
