# stdout closed: exit 4, one line.
$DG examples/003_469223795f5003b4.txt >&-
echo "rc=$?"
