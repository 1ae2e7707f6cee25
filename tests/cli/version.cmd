# --version and -V print "diplograph X.Y.Z" and exit 0.
$DG --version
$DG -V
