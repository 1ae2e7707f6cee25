# A newline or another control character in a path or an option value stays on the error's one line (written \n, \x01).
$DG -q "$(printf 'no\nsuch\001file.txt')"; echo "rc=$?"
$DG --date "$(printf '2024\n05')" tests/data/cli/jane-example.txt; echo "rc=$?"
