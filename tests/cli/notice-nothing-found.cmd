# An English article with no country and no meeting is counted in the summary;
# with no date at all it is announced once, with the way to give one.
$DG tests/data/cli/notices/weather.txt tests/data/cli/notices/undated.txt >/dev/null
echo "rc=$?"
