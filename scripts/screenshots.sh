#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates the README's screenshots with the app itself (`failover-lab screenshot`), so the
# pictures always show what the code draws. Usage: scripts/screenshots.sh [BUILD_DIR]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${1:-$root/build/release}
source "$root/scripts/deps.sh"
fl_install_packages "${FL_PACKAGES[@]}"
"$root/scripts/build.sh" "$build_dir" -DCMAKE_BUILD_TYPE=Release >/dev/null
app="$build_dir/app/failover-lab"
mkdir -p "$root/docs/images"
# A warm standby in Ireland takes over after N. Virginia is killed at 1 min; at 4 min the incident
# is over and the charts show the whole story.
for lang in en zh_CN; do
    "$app" screenshot --builtin warm-standby-vs-pilot-light-warm --at 4m --size 1600x1000 --lang "$lang" \
        --out "$root/docs/images/failover-$lang.png"
    echo "wrote docs/images/failover-$lang.png"
done
# The compare view in presenter mode on a 4K screen: active-passive with a warm standby (A) beside
# active-active (B), N. Virginia killed at 1 min in both; at 3 min the table tells the difference.
"$app" screenshot --builtin warm-standby-vs-pilot-light-warm --compare-with active-active-stateless --at 3m \
    --presenter --size 3840x2160 --out "$root/docs/images/compare-presenter-4k.png"
echo "wrote docs/images/compare-presenter-4k.png"
