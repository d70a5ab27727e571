#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole CTest suite headless.
# Exits non-zero when any test fails. Environment:
#   FL_BUILD_DIR        build tree (default build/test)
#   FL_CMAKE_ARGS       extra cmake arguments (CI adds -DFL_WARNINGS_AS_ERRORS=ON, sanitizers, ...)
#   FL_CTEST_ARGS       extra ctest arguments (e.g. "-L core")
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
source "$root/scripts/deps.sh"
fl_install_packages "${FL_PACKAGES[@]}"
build_dir=${FL_BUILD_DIR:-$root/build/test}
# shellcheck disable=SC2086
"$root/scripts/build.sh" "$build_dir" -DCMAKE_BUILD_TYPE=${FL_BUILD_TYPE:-Release} ${FL_CMAKE_ARGS:-}
export QT_QPA_PLATFORM=offscreen
# shellcheck disable=SC2086
ctest --test-dir "$build_dir" --output-on-failure --parallel "$(nproc)" --timeout 900 ${FL_CTEST_ARGS:-}
