#!/usr/bin/env bash
# Installs the Debian 12 packages Failover Lab needs, only when some are missing.
# Sourced by run.sh and test.sh; safe to run on its own.
set -euo pipefail

# Installed with --no-install-recommends, so a package that is only a Recommends of another one
# (libqt6opengl6-dev of qt6-base-dev, which Qt Charts' CMake config needs) is named here;
# scripts/check-deps.sh (run by CI) fails when the build finds a package outside this list's closure.
FL_PACKAGES=(
    build-essential cmake ninja-build pkg-config git ca-certificates
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev libqt6opengl6-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libgl-dev libxkbcommon-dev fonts-noto-cjk
    xvfb xauth
    desktop-file-utils appstream
)

# CI only: a one-node Slurm cluster for the slurm-labelled tests (tests/CMakeLists.txt), which
# .ci/run installs and enables with FL_SLURM_TEST=1. Not installed by run.sh or test.sh: those
# tests start root daemons, which a teacher's machine must never get by surprise.
# shellcheck disable=SC2034 # used by the scripts that source this file
FL_CI_PACKAGES=(slurmctld slurmd slurm-client munge)

fl_missing_packages() {
    local missing=()
    for p in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$p")
        fi
    done
    echo "${missing[@]:-}"
}

fl_install_packages() {
    local missing
    missing=$(fl_missing_packages "$@")
    [ -z "$missing" ] && return 0
    echo "Installing Debian packages: $missing"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null; then
            sudo=(sudo)
        else
            echo "error: need root or sudo to install: $missing" >&2
            return 1
        fi
    fi
    # The lock timeout waits for another apt or dpkg (unattended-upgrades, a second CI step) to finish
    # instead of failing at once.
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 update -qq
    # shellcheck disable=SC2086 # $missing is a word list on purpose
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 \
        install -y -qq --no-install-recommends $missing
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
    fl_install_packages "${FL_PACKAGES[@]}" "$@"
fi
