#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Fails when a build tree used something from a Debian package that scripts/deps.sh would not
# install on a fresh machine. deps.sh installs its list with --no-install-recommends, so whatever the
# build or the tests touch must be in the dependency closure of that list without recommends (or be
# part of every Debian system: Essential or Priority required). A package installed by hand on the
# CI machine would otherwise hide a missing install step, which is how Qt Charts' need for
# libqt6opengl6-dev went unnoticed.
#
# Usage: scripts/check-deps.sh BUILD_DIR
# What is mapped to its package (dpkg -S):
#   - the CMake package configurations the build found (*_DIR) and the files it found (FILEPATH);
#   - every file under /usr that build.ninja names (libraries, moc, rcc, lrelease, ...);
#   - every system header the compiler read (ninja -t deps), when the tree has been built;
#   - every shared library and Qt plugin the app loads when it draws its window offscreen in
#     Chinese and exports a chart (LD_DEBUG=files), and the fonts fontconfig picks for it;
#   - the programs the scripts and the tests call.
# Environment: FL_DEPS_PACKAGES replaces deps.sh's list (the guard's own test uses it to prove that
# an incomplete list fails).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${1:?usage: scripts/check-deps.sh BUILD_DIR}
build=$(cd "$build" && pwd)
[ -f "$build/CMakeCache.txt" ] || { echo "check-deps: $build is not a configured build tree" >&2; exit 2; }
command -v dpkg-query >/dev/null || { echo "check-deps: not a Debian system (no dpkg-query)" >&2; exit 2; }

if [ -n "${FL_DEPS_PACKAGES:-}" ]; then
    read -r -a packages <<<"$FL_DEPS_PACKAGES"
else
    # shellcheck source=deps.sh
    source "$root/scripts/deps.sh"
    packages=("${FL_PACKAGES[@]}")
fi

work=$(mktemp -d)
[ -n "${FL_CHECK_DEPS_KEEP:-}" ] && echo "check-deps: keeping $work" >&2 || trap 'rm -rf "$work"' EXIT

# --- 1. what the build and the tests used ---------------------------------------------------------
{
    # Package configurations: the *Config.cmake files inside each *_DIR the cache holds.
    sed -n 's/^[A-Za-z0-9_]*_DIR:PATH=\(\/.*\)$/\1/p' "$build/CMakeCache.txt" | while read -r dir; do
        [ -d "$dir" ] && find "$dir" -maxdepth 1 \( -name '*Config.cmake' -o -name '*-config.cmake' \)
    done
    # The tools the configure step chose (compiler, archiver, linker, pkg-config). Libraries that
    # a Find module merely noticed (libGLU beside libGL, say) are not counted: what the build
    # really links is in build.ninja.
    sed -n 's/^\(CMAKE_[A-Z_]*\|PKG_CONFIG_EXECUTABLE\):FILEPATH=\(\/.*\)$/\2/p' "$build/CMakeCache.txt"
    # Files the build runs or links.
    for ninja_file in "$build/build.ninja" "$build/CMakeFiles/rules.ninja"; do
        [ -f "$ninja_file" ] && grep -o '/usr/[^ :;"$]*' "$ninja_file"
    done
    # Headers the compiler read.
    if [ -f "$build/.ninja_deps" ]; then
        ninja -C "$build" -t deps 2>/dev/null | sed -n 's/^ *\(\/usr\/[^ ]*\)$/\1/p'
    fi
    # Programs the scripts and the tests call.
    for program in cmake ninja ctest c++ g++ pkg-config git xvfb-run Xvfb xauth desktop-file-validate \
        appstreamcli fc-match; do
        command -v "$program" || echo "missing-program:$program"
    done
} >"$work/paths.raw"

# What the app loads at run time: it draws its window in Chinese and exports a chart offscreen.
app="$build/app/failover-lab"
if [ -x "$app" ]; then
    LD_DEBUG=files LD_DEBUG_OUTPUT="$work/ld" QT_QPA_PLATFORM=offscreen \
        "$app" screenshot --builtin manual-failback --at 5s --lang zh_CN --size 1000x700 --out "$work/shot.png" \
        >/dev/null 2>"$work/app.err" || { echo "check-deps: the app's screenshot failed:" >&2; cat "$work/app.err" >&2; exit 2; }
    QT_QPA_PLATFORM=offscreen LD_DEBUG=files LD_DEBUG_OUTPUT="$work/ld" \
        "$app" run --builtin manual-failback --duration 5s --quiet --charts "$work/charts" --format svg \
        >/dev/null 2>>"$work/app.err" || { echo "check-deps: the app's chart export failed:" >&2; cat "$work/app.err" >&2; exit 2; }
    cat "$work"/ld.* | sed -n 's/.*file=\(\/[^ ]*\).*/\1/p;s/.*calling init: \(\/[^ ]*\).*/\1/p' >>"$work/paths.raw"
    for font in "Noto Sans CJK SC" "sans-serif" "monospace"; do
        fc-match -f '%{file}\n' "$font" >>"$work/paths.raw" 2>/dev/null || true
    done
fi

if grep -q '^missing-program:' "$work/paths.raw"; then
    echo "check-deps: programs the scripts call are not installed:" >&2
    sed -n 's/^missing-program:/  /p' "$work/paths.raw" >&2
    exit 1
fi

# Resolve symbolic links (c++ -> g++-12, alternatives) and keep the system's files.
sort -u "$work/paths.raw" | xargs -r -d '\n' realpath -q -e 2>/dev/null |
    grep -E '^/(usr|etc|lib|bin|sbin)/' | grep -v "^$build/" | sort -u >"$work/paths.all" || true
# Files only: a directory such as /usr/include is shared by many packages and says nothing.
while read -r path; do [ -f "$path" ] && echo "$path"; done <"$work/paths.all" >"$work/paths" || true

# --- 2. which packages own them -------------------------------------------------------------------
# dpkg -S knows a file by the path its package shipped it under: on a merged-/usr system that may be
# /lib/... for what readlink shows as /usr/lib/..., so what the first query misses is asked again
# without /usr. Lines look like "pkg1:amd64, pkg2: /path".
owners_of() {
    xargs -r -a "$1" -d '\n' dpkg -S 2>/dev/null | grep -v '^diversion ' |
        awk -F': ' '{ n = split($1, o, ", "); for (i = 1; i <= n; i++) { sub(/:.*/, "", o[i]); print o[i] "\t" $2 } }' || true
}
owners_of "$work/paths" | sort -u >"$work/owners"
cut -f2 "$work/owners" | sort -u >"$work/ownedpaths"
comm -23 "$work/paths" "$work/ownedpaths" >"$work/missed"
sed -n 's|^/usr/|/|p' "$work/missed" >"$work/aliases"
owners_of "$work/aliases" | sort -u >"$work/aliasowners"
cat "$work/aliasowners" >>"$work/owners"
cut -f2 "$work/aliasowners" | sed 's|^|/usr|' | sort -u >"$work/aliasowned"
comm -23 "$work/missed" "$work/aliasowned" >"$work/unowned"

# --- 3. the closure of the list -------------------------------------------------------------------
if ! apt-cache show "${packages[@]}" >/dev/null 2>&1; then
    for p in "${packages[@]}"; do
        apt-cache show "$p" >/dev/null 2>&1 || { echo "check-deps: the list names '$p', which apt does not know" >&2; exit 2; }
    done
fi
apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks --no-replaces \
    --no-enhances "${packages[@]}" 2>/dev/null | grep -v '^ ' | sed 's/:.*//; s/[<>]//g' >"$work/closure"
# Every Debian system has the Essential and Priority: required packages (debootstrap's minbase).
dpkg-query -W -f='${Package} ${Essential} ${Priority}\n' | awk '$2 == "yes" || $3 == "required" { print $1 }' \
    >>"$work/closure"
sort -u "$work/closure" -o "$work/closure"

# --- 4. verdict -----------------------------------------------------------------------------------
cut -f1 "$work/owners" | sort -u >"$work/used"
comm -23 "$work/used" "$work/closure" >"$work/outside"
status=0
if [ -s "$work/outside" ]; then
    status=1
    echo "check-deps: the build used packages that scripts/deps.sh would not install (name them there):" >&2
    while read -r pkg; do
        example=$(awk -F'\t' -v p="$pkg" '$1 == p { print $2; exit }' "$work/owners")
        echo "  $pkg (e.g. $example)" >&2
    done <"$work/outside"
fi
if [ -s "$work/unowned" ]; then
    status=1
    echo "check-deps: the build used files that no Debian package owns (installed by hand?):" >&2
    sed 's/^/  /' "$work/unowned" >&2
fi
if [ "$status" -eq 0 ]; then
    echo "check-deps: $(wc -l <"$work/paths") files from $(wc -l <"$work/used") packages, all installed by scripts/deps.sh's ${#packages[@]} packages"
fi
exit "$status"
