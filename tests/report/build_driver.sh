#!/usr/bin/env bash
# Compile tests/report/driver.c against a build's static library.
# Usage: build_driver.sh BUILD_DIR [OUT]   (OUT defaults to BUILD_DIR/report_driver)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${1:?usage: build_driver.sh BUILD_DIR [OUT]}
out=${2:-$build/report_driver}
libs=$(pkg-config --libs libcjson libutf8proc libcgraph libgvc igraph libxml-2.0)
# shellcheck disable=SC2086 # $libs is a list of flags
cc -std=c11 -Wall -Wextra -pedantic -Wstrict-prototypes -Wshadow -I"$root/src/include" \
   "$here/driver.c" "$build/src/lib/libdiplograph.a" $libs -lm -o "$out"
echo "$out"
