# -h is --help.
$DG -h | cmp -s - <($DG --help) && echo "-h and --help print the same"
