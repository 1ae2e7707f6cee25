# extract says what a run that builds the graph says: the warning on a text
# that is not English, then the articles that named nothing and those without
# a date, once at the end; the lines are written all the same.
$DG extract tests/data/cli/notices/italian.txt tests/data/cli/notices/weather.txt tests/data/cli/notices/undated.txt |
  python3 -c 'import json, sys; print(len([json.loads(l) for l in sys.stdin]), "lines")'
echo "rc=${PIPESTATUS[0]}"
