#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The README's test command on a machine that has never seen the project: a minimal Debian 12 root
# (debootstrap --variant=minbase, plus git to clone), chrooted, as root, with nothing installed by
# hand, runs `scripts/test.sh` on a clone of this checkout's HEAD. It proves that scripts/deps.sh
# names every package. Needs root, debootstrap and the network; takes a while (a full build and
# suite on a fresh root), so CI runs it only with FL_FRESH_DEBIAN=1.
# Usage: scripts/fresh-debian-test.sh [--slurm] [ROOT_DIR]   (default build/fresh-debian; reused when
# present). --slurm checks .ci/run's other install step instead: only deps.sh's CI-only
# FL_CI_PACKAGES are installed, then scripts/slurm/test-cluster/smoke.sh starts a one-node Slurm
# cluster, runs a job and stops it (default root build/fresh-slurm; about 10 s on a made root).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
slurm=
if [ "${1:-}" = --slurm ]; then
    slurm=1
    shift
fi
if [ -n "$slurm" ]; then
    target=${1:-$root/build/fresh-slurm}
    # shellcheck disable=SC2016 # expanded inside the chroot
    command='source scripts/deps.sh && fl_install_packages "${FL_CI_PACKAGES[@]}" &&
        FL_SLURM_TEST=1 bash scripts/slurm/test-cluster/smoke.sh build/slurm-cluster'
else
    target=${1:-$root/build/fresh-debian}
    command='scripts/test.sh && scripts/check-deps.sh build/test'
fi
mirror=${FL_DEBIAN_MIRROR:-http://deb.debian.org/debian}
[ "$(id -u)" -eq 0 ] || { echo "fresh-debian-test: run as root (debootstrap and chroot need it)" >&2; exit 2; }
command -v debootstrap >/dev/null || { echo "fresh-debian-test: install debootstrap first" >&2; exit 2; }
start=$(date +%s)
if [ ! -f "$target/etc/debian_version" ]; then
    debootstrap --variant=minbase --include=git bookworm "$target" "$mirror"
fi
cp /etc/resolv.conf "$target/etc/resolv.conf"
rm -rf "$target/root/failover-lab"
git clone --quiet --no-hardlinks "$root" "$target/root/failover-lab"
mounted=()
# shellcheck disable=SC2317 # run by the EXIT trap
cleanup() {
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do umount -l "${mounted[i]}" || true; done
}
trap cleanup EXIT
# Slurm 22.05's slurmd does not start without a cgroup file system on /sys/fs/cgroup.
for fs in proc sys ${slurm:+sys/fs/cgroup} dev dev/pts; do
    mkdir -p "$target/$fs"
    case $fs in
    proc) mount -t proc proc "$target/proc" ;;
    sys) mount -t sysfs sys "$target/sys" ;;
    sys/fs/cgroup) mount --rbind /sys/fs/cgroup "$target/sys/fs/cgroup" ;;
    dev) mount --bind /dev "$target/dev" ;;
    dev/pts) mount -t devpts devpts "$target/dev/pts" ;;
    esac
    mounted+=("$target/$fs")
done
set +e
chroot "$target" /usr/bin/env -i HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    LANG=C.UTF-8 bash -c "cd /root/failover-lab && $command"
status=$?
set -e
echo "fresh-debian-test: exit $status after $(( $(date +%s) - start )) s"
exit $status
