# An unknown option: exit 1, stderr names it and points to --help, nothing on stdout.
$DG --frobnicate examples/003_469223795f5003b4.txt
