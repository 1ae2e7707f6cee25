# `extract ... | head`: when the reader of stdout goes away, extract stops
# reading (exit 0, nothing said): the bad article at the end of 2,000 good
# ones is never reached, with one thread or two.
t=$(mktemp -d); trap 'rm -rf "$t"' EXIT
tools/gencorpus --seed 5 --articles 2000 --ordinary 0 --out "$t/c" >/dev/null
printf '\xff not UTF-8\n' > "$t/c/zzz.txt"
for j in 1 2; do
  $DG extract -j $j --date 2024-01-01 "$t/c" | head -c 10 >/dev/null; echo "-j $j: ${PIPESTATUS[0]}"
done
