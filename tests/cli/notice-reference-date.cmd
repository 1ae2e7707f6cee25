# Without a manifest or --date, the reference date is announced once per run;
# with --date nothing is said.
$DG tests/data/cli/notices/undated.txt >/dev/null
echo "rc=$?"
$DG --date 2021-05-04 tests/data/cli/notices/undated.txt >/dev/null
echo "rc=$?"
