#!/usr/bin/env bash
# Install diplograph into a temporary prefix and use it as another project
# would (ctest: install.layout, install.pkgconfig, install.cmake).
#
# Usage: install.sh layout|pkgconfig|cmake BUILD_DIR SOURCE_DIR
#   layout     every file in its place: program, shared library (SONAME,
#              only the public functions exported), static library, header,
#              pkg-config file, CMake package, man page, bash completion;
#              DESTDIR honoured
#   pkgconfig  a C program built with `pkg-config --cflags --libs diplograph`
#              (and with --static against libdiplograph.a) reads an example
#              article and finds Turkey in the JSON graph
#   cmake      the same program built by a CMake project with
#              find_package(diplograph) (tests/install/CMakeLists.txt)
# Environment: CC (default cc); DG_TEST_CFLAGS, flags for the programs built
# here (the sanitizers' flags when the library was built with them).
set -euo pipefail

mode=${1:?usage: install.sh layout|pkgconfig|cmake BUILD_DIR SOURCE_DIR}
build=$(cd "${2:?build dir}" && pwd)
src=$(cd "${3:?source dir}" && pwd)
cc=${CC:-cc}
cflags=${DG_TEST_CFLAGS:-}
article=$src/examples/001_29545feb8c6a7bee.txt

tmp=$(mktemp -d "${TMPDIR:-/tmp}/diplograph-install.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
prefix=$tmp/prefix

fail() { echo "install.sh $mode: FAIL: $*" >&2; exit 1; }
ok() { echo "ok: $*"; }

if ! cmake --install "$build" --prefix "$prefix" >"$tmp/install.log" 2>&1; then
  cat "$tmp/install.log" >&2
  fail "cmake --install $build --prefix $prefix"
fi
ok "cmake --install --prefix $prefix"

pc=$(find "$prefix" -name diplograph.pc -path '*/pkgconfig/*' -print -quit)
[ -n "$pc" ] || fail "no diplograph.pc under $prefix"
libdir=$(dirname "$(dirname "$pc")")
version=$("$prefix/bin/diplograph" --version | sed -n 's/^diplograph //p')
[ -n "$version" ] || fail "$prefix/bin/diplograph --version printed no version"
IFS=. read -r major minor _ <<<"$version"
if [ "$major" = 0 ]; then soversion=$major.$minor; else soversion=$major; fi

# The functions the installed library exports, one a line.
exported() {
  nm -D --defined-only "$1" | awk '$2 ~ /^[TDBRVW]$/ {print $3}' | sed 's/@.*//' | sort -u
}

case $mode in
layout)
  for f in bin/diplograph include/diplograph.h share/man/man1/diplograph.1 \
           share/bash-completion/completions/diplograph; do
    [ -f "$prefix/$f" ] || fail "$prefix/$f is missing"
  done
  [ -x "$prefix/bin/diplograph" ] || fail "bin/diplograph is not executable"
  cmp -s "$prefix/include/diplograph.h" "$src/src/include/diplograph.h" || fail "the installed header differs from src/include/diplograph.h"
  cmp -s "$prefix/share/man/man1/diplograph.1" "$src/src/cli/diplograph.1" || fail "the installed man page differs"
  bash -n "$prefix/share/bash-completion/completions/diplograph" || fail "the bash completion does not parse"
  ok "program $version, header, man page, bash completion"

  so=$libdir/libdiplograph.so
  [ -L "$so" ] || fail "$so (the link for -ldiplograph) is missing"
  [ "$(readlink "$so")" = "libdiplograph.so.$soversion" ] || fail "$so -> $(readlink "$so"), not libdiplograph.so.$soversion"
  [ "$(readlink "$so.$soversion")" = "libdiplograph.so.$version" ] || fail "$so.$soversion does not point to libdiplograph.so.$version"
  [ -f "$so.$version" ] || fail "$so.$version is missing"
  soname=$(readelf -d "$so.$version" | sed -n 's/.*(SONAME).*\[\(.*\)\]/\1/p')
  [ "$soname" = "libdiplograph.so.$soversion" ] || fail "SONAME is '$soname', not libdiplograph.so.$soversion"
  [ -f "$libdir/libdiplograph.a" ] || fail "$libdir/libdiplograph.a is missing"
  ok "libdiplograph.so -> .so.$soversion -> .so.$version (SONAME $soname), libdiplograph.a"

  # Only what the public header declares is exported.
  n=0
  while read -r sym; do
    grep -Eq "\\b${sym}[[:space:]]*\\(" "$prefix/include/diplograph.h" || fail "$sym is exported but not in diplograph.h"
    n=$((n + 1))
  done < <(exported "$so.$version")
  [ "$n" -gt 0 ] || fail "the shared library exports nothing"
  for sym in dg_version dg_gazetteer_new dg_extract dg_graph_build dg_export_json dg_eval; do
    exported "$so.$version" | grep -x "$sym" >/dev/null || fail "$sym is not exported"
  done
  ok "$n functions exported, all from diplograph.h"

  grep -qx "prefix=$prefix" "$pc" || fail "$pc: prefix is not $prefix: $(grep '^prefix=' "$pc")"
  grep -qx "Version: $version" "$pc" || fail "$pc: Version is not $version"
  grep -q '^Requires.private:.*libcjson.*libutf8proc.*libcgraph.*libgvc.*igraph.*libxml-2.0' "$pc" || fail "$pc: Requires.private is incomplete"
  for f in diplographConfig.cmake diplographConfigVersion.cmake diplographTargets.cmake diplographStaticTargets.cmake; do
    [ -f "$libdir/cmake/diplograph/$f" ] || fail "$libdir/cmake/diplograph/$f is missing"
  done
  ok "pkg-config file (prefix=$prefix), CMake package"

  # Staged install for packaging: DESTDIR + an absolute prefix.
  dest=$tmp/destdir
  DESTDIR=$dest cmake --install "$build" --prefix /opt/diplograph >"$tmp/destdir.log" 2>&1 ||
    { cat "$tmp/destdir.log" >&2; fail "DESTDIR=$dest cmake --install --prefix /opt/diplograph"; }
  [ -x "$dest/opt/diplograph/bin/diplograph" ] || fail "DESTDIR: no $dest/opt/diplograph/bin/diplograph"
  dpc=$(find "$dest" -name diplograph.pc -print -quit)
  { [ -n "$dpc" ] && grep -qx 'prefix=/opt/diplograph' "$dpc"; } || fail "DESTDIR: the pkg-config file's prefix is not /opt/diplograph"
  ok "DESTDIR=$dest --prefix /opt/diplograph"
  ;;

pkgconfig)
  export PKG_CONFIG_PATH=$libdir/pkgconfig${PKG_CONFIG_PATH:+:$PKG_CONFIG_PATH}
  [ "$(pkg-config --modversion diplograph)" = "$version" ] || fail "pkg-config --modversion diplograph: $(pkg-config --modversion diplograph)"
  pkg-config --print-errors --exists --static diplograph || fail "pkg-config --static diplograph: a Requires.private module is missing"
  # shellcheck disable=SC2046,SC2086 # pkg-config's flags are words
  "$cc" $cflags -o "$tmp/prog" "$src/tests/install/prog.c" $(pkg-config --cflags --libs diplograph) ||
    fail "$cc prog.c \$(pkg-config --cflags --libs diplograph)"
  readelf -d "$tmp/prog" | grep "NEEDED.*\\[libdiplograph.so.$soversion\\]" >/dev/null || fail "prog does not load libdiplograph.so.$soversion"
  LD_LIBRARY_PATH=$libdir "$tmp/prog" "$article" || fail "prog (shared) failed"
  ok "cc prog.c \$(pkg-config --cflags --libs diplograph), run with LD_LIBRARY_PATH"

  # Static: libdiplograph.a, with the modules its Requires.private names.
  # Those are linked dynamically: Debian's igraph.pc lists, for --static,
  # libraries (glpk, arpack, plfit) whose -dev packages are not installed.
  static=$(pkg-config --static --libs diplograph) || fail "pkg-config --static --libs diplograph"
  for l in -ldiplograph -lcjson -lutf8proc -lcgraph -lgvc -ligraph -lxml2 -lm; do
    [[ " $static " == *" $l "* ]] || fail "pkg-config --static --libs diplograph has no $l: $static"
  done
  requires=$(pkg-config --print-requires-private diplograph | awk '{print $1}')
  # shellcheck disable=SC2046,SC2086
  "$cc" $cflags -o "$tmp/prog-static" "$src/tests/install/prog.c" $(pkg-config --cflags diplograph) \
      -L"$libdir" -Wl,-Bstatic -ldiplograph -Wl,-Bdynamic $(pkg-config --libs $requires) -lm ||
    fail "$cc prog.c libdiplograph.a \$(pkg-config --libs <its Requires.private>)"
  if readelf -d "$tmp/prog-static" | grep 'NEEDED.*libdiplograph' >/dev/null; then fail "prog-static loads libdiplograph.so"; fi
  "$tmp/prog-static" "$article" || fail "prog (static) failed"
  ok "cc prog.c libdiplograph.a \$(pkg-config --libs ${requires//$'\n'/ }) -lm"
  ;;

cmake)
  consumer=$tmp/consumer
  if ! cmake -S "$src/tests/install" -B "$consumer" -DCMAKE_PREFIX_PATH="$prefix" -DDG_VERSION="$version" \
       -DCMAKE_BUILD_TYPE=Release -DCMAKE_C_FLAGS="$cflags" >"$tmp/configure.log" 2>&1; then
    cat "$tmp/configure.log" >&2
    fail "configuring tests/install with -DCMAKE_PREFIX_PATH=$prefix"
  fi
  if ! cmake --build "$consumer" >"$tmp/build.log" 2>&1; then
    cat "$tmp/build.log" >&2
    fail "building tests/install against find_package(diplograph)"
  fi
  readelf -d "$consumer/prog" | grep "NEEDED.*\\[libdiplograph.so.$soversion\\]" >/dev/null || fail "prog does not load libdiplograph.so.$soversion"
  "$consumer/prog" "$article" || fail "prog (diplograph::diplograph) failed"
  if readelf -d "$consumer/prog_static" | grep 'NEEDED.*libdiplograph' >/dev/null; then fail "prog_static loads libdiplograph.so"; fi
  "$consumer/prog_static" "$article" || fail "prog_static (diplograph::diplograph_static) failed"
  ok "find_package(diplograph $version COMPONENTS static): diplograph::diplograph, diplograph::diplograph_static"

  # The version file turns down the next incompatible version.
  if [ "$major" = 0 ]; then want=0.$((minor + 1)); else want=$((major + 1)).0; fi
  if cmake -S "$src/tests/install" -B "$tmp/consumer-next" -DCMAKE_PREFIX_PATH="$prefix" -DDG_VERSION="$want" \
       >"$tmp/configure-next.log" 2>&1; then
    fail "find_package(diplograph $want) accepted version $version"
  fi
  ok "find_package(diplograph $want) refuses $version"
  ;;

*) fail "unknown mode (layout, pkgconfig or cmake)" ;;
esac
echo "install.sh $mode: passed"
