# A reader that goes away early is not an error: exit 0 and no "Broken pipe".
$DG --manifest examples/manifest.json | head -c 10 >/dev/null; echo "${PIPESTATUS[0]}"
$DG --manifest examples/manifest.json -o - | head -c 10 >/dev/null; echo "${PIPESTATUS[0]}"
