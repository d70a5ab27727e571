#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds a Release and installs the lab like a desktop program: the binary, its menu entry, icon,
# MIME type for .flab.json scenarios and AppStream metadata. Usage: scripts/install.sh [PREFIX]
# (default ~/.local, which needs no root).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
prefix=${1:-$HOME/.local}
build_dir=${FL_BUILD_DIR:-$root/build/release}
source "$root/scripts/deps.sh"
fl_install_packages "${FL_PACKAGES[@]}"
"$root/scripts/build.sh" "$build_dir" -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX="$prefix"
cmake --install "$build_dir" --prefix "$prefix"
# Tell the desktop about the new entry, icon and MIME type (each tool is optional).
if command -v update-mime-database >/dev/null; then update-mime-database "$prefix/share/mime" || true; fi
if command -v update-desktop-database >/dev/null; then update-desktop-database "$prefix/share/applications" || true; fi
if command -v gtk-update-icon-cache >/dev/null; then gtk-update-icon-cache -q -t "$prefix/share/icons/hicolor" || true; fi
echo "Installed $prefix/bin/failover-lab"
case ":$PATH:" in
*":$prefix/bin:"*) ;;
*) echo "note: $prefix/bin is not on PATH" ;;
esac
