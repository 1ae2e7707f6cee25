# An option that needs an argument, given none: exit 1.
$DG examples/003_469223795f5003b4.txt -o
