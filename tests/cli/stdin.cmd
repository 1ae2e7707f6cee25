# With no FILE the article is read from stdin (document id "stdin", path "-").
printf 'Russian Foreign Minister Sergei Lavrov met Turkish Foreign Minister Mevlut Cavusoglu in Moscow on Tuesday.\n' |
  $DG --date 2023-01-12 | python3 tests/cli/graph-summary.py --node meeting:2023-01-10-rus-tur-foreign
exit "${PIPESTATUS[1]}"
