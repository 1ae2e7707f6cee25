# A failed write to stdout (/dev/full: no space left): exit 4, one line.
$DG examples/003_469223795f5003b4.txt >/dev/full
echo "rc=$?"
