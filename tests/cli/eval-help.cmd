# eval --help prints the eval usage on stdout and exits 0.
$DG eval --help
