#!/usr/bin/env bash
# Quick start: installs what is missing, builds Release and opens the lab.
# Extra arguments go to failover-lab (e.g. scripts/run.sh --lang zh_CN).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
source "$root/scripts/deps.sh"
fl_install_packages "${FL_PACKAGES[@]}"
build_dir=${FL_BUILD_DIR:-$root/build/release}
"$root/scripts/build.sh" "$build_dir" -DCMAKE_BUILD_TYPE=Release
exec "$build_dir/app/failover-lab" "$@"
