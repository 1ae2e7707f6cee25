# FILE "-" reads stdin too, and may be mixed with files.
printf 'Russian Foreign Minister Sergei Lavrov met Turkish Foreign Minister Mevlut Cavusoglu in Moscow on Tuesday.\n' |
  $DG --date 2023-01-12 - examples/003_469223795f5003b4.txt | python3 tests/cli/graph-summary.py
exit "${PIPESTATUS[1]}"
