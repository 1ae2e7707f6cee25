# --date must be a real calendar date YYYY-MM-DD: otherwise exit 1, one line
# each, nothing on stdout. (2024-02-29, a leap day, is accepted.)
for d in 2023-02-30 2023-1-5 tomorrow '' 2024-02-29; do
  out=$($DG --date "$d" examples/003_469223795f5003b4.txt); rc=$?
  echo "--date '$d': rc=$rc stdout=$([ -n "$out" ] && echo yes || echo no)"
done
