# Every evidence span of the example graph lies inside its sentence in the
# article and, for countries and persons, names the node (see check-evidence.py).
$DG --manifest examples/manifest.json | python3 tests/cli/check-evidence.py
