#!/usr/bin/env bash
# Starts a one-node Slurm cluster on this machine as plain processes (munged, slurmctld, slurmd; no
# systemd), all of its state under DIR, and waits until the node is idle. stop.sh DIR stops it.
#
#   FL_SLURM_TEST=1 scripts/slurm/test-cluster/start.sh DIR
#   export SLURM_CONF=DIR/slurm.conf   # then sinfo, sbatch, squeue talk to it
#
# CTest's slurm_cluster_start (the fixture's setup). Needs root and Debian's slurmctld, slurmd,
# slurm-client and munge (scripts/deps.sh's FL_CI_PACKAGES); without FL_SLURM_TEST=1 it exits 77
# (skipped) and starts nothing.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source-path=SCRIPTDIR source=common.sh
source "$here/common.sh"
fl_slurm_gate
[[ $# -eq 1 ]] || { echo "usage: start.sh DIR" >&2; exit 2; }
fl_slurm_require munged mungekey munge unmunge slurmctld slurmd sinfo scontrol hostname setsid
fl_slurm_paths "$1"
start=$EPOCHREALTIME

# A cluster left running from this directory (a run killed before its cleanup) is stopped first:
# its ports would keep the new daemons from starting.
if [[ -d $run_dir ]]; then
    bash "$here/stop.sh" "$cluster_dir"
fi
# DIR is removed whole, so it must be one that start.sh made (or new or empty): a mistyped DIR must
# not take a source tree or a home with it.
if [[ -d $cluster_dir && -n $(ls -A "$cluster_dir") ]] &&
    ! grep -qs '^# Written by scripts/slurm/test-cluster/start.sh' "$conf"; then
    echo "error: $cluster_dir is not empty and has no slurm.conf of start.sh's: not removing it" >&2
    exit 2
fi
rm -rf "$cluster_dir"
# munged refuses a key, socket or log directory that others can write to, and a socket directory
# that others cannot enter (0711: they cannot list it either).
mkdir -p "$munge_dir" "$run_dir" "$log_dir" "$cluster_dir/state" "$cluster_dir/spool"
chmod 0755 "$cluster_dir"
chmod 0711 "$munge_dir"
chmod 0700 "$run_dir" "$log_dir" "$cluster_dir/state" "$cluster_dir/spool"

# Slurm's controller checks that it runs on SlurmctldHost and slurmd finds its node by name: both
# must be the short host name. The address is given so that nothing depends on name resolution.
node=$(hostname -s)
# The node's real sockets, cores and threads (slurmd -C), so that slurmd's registration matches the
# configuration and the node is not drained for "low socket*core*thread count". RealMemory is left
# out: it is not needed without memory scheduling, and a node that reports less is drained.
hardware=$(slurmd -C | sed -n 's/^NodeName=[^ ]* //p' | sed 's/ RealMemory=[0-9]*//')
[[ -n $hardware ]] || { echo "error: slurmd -C printed no node line" >&2; exit 1; }

cat >"$conf" <<EOF
# Written by scripts/slurm/test-cluster/start.sh: a one-node test cluster, all state in $cluster_dir.
ClusterName=fl-test
SlurmctldHost=$node(127.0.0.1)
SlurmctldPort=$ctld_port
SlurmdPort=$slurmd_port
# Root runs the daemons here (the CI runs as root); no slurm user is needed.
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
# This cluster's own munged, not the system's (/run/munge).
AuthInfo=socket=$munge_socket
StateSaveLocation=$cluster_dir/state
SlurmdSpoolDir=$cluster_dir/spool
SlurmctldPidFile=$run_dir/slurmctld.pid
SlurmdPidFile=$run_dir/slurmd.pid
SlurmctldLogFile=$log_dir/slurmctld.log
SlurmdLogFile=$log_dir/slurmd.log
SlurmctldDebug=info
SlurmdDebug=info
# Nothing through cgroups (a container or sandbox may not let them be written): processes are
# tracked through their parents, and tasks are not bound to cores.
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
MpiDefault=none
# CPUs, not whole nodes, are allocated, so that the array's tasks run side by side.
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
# Schedules a submitted job at once and looks again every second (the defaults wait about 3 s).
SchedulerParameters=batch_sched_delay=0,sched_interval=1
# Cancels a job whose dependency can no longer be met (the merge after a failed array task) instead
# of keeping it pending for ever.
DependencyParameters=kill_invalid_depend
# Without it the controller logs an error for the missing /usr/bin/mail at every job's end.
MailProg=/bin/true
# A node that registers is idle at once, also after an unclean stop.
ReturnToService=2
# A cancelled job gets SIGKILL 5 s after SIGTERM (default 30 s), so a cleanup after a failure is quick.
KillWait=5
NodeName=$node NodeAddr=127.0.0.1 $hardware State=UNKNOWN
PartitionName=test Nodes=$node Default=YES MaxTime=INFINITE State=UP
EOF

# fl_slurm_launch NAME COMMAND...: starts a daemon in the foreground of its own session (so that the
# test's end, a Ctrl-C or CTest's timeout of this script does not reach it), in the cluster's
# directory (not holding the caller's), stdio to its log so that CTest does not wait for the pipes,
# and writes its pid file (the subshell execs setsid, which execs the daemon: one pid).
# FL_SLURM_CLUSTER marks the daemons, so that stop.sh can tell them from any other.
fl_slurm_launch() {
    local name=$1
    shift
    (cd "$cluster_dir" && FL_SLURM_CLUSTER=$cluster_dir exec setsid "$@" </dev/null >>"$log_dir/$name.out" 2>&1) &
    echo $! >"$run_dir/$name.pid"
}

# munge: a fresh key for this cluster only, then a munged on its own socket. --force: munged wants
# every directory above its socket open to all (so that any user can reach it), which a build tree
# under /root (0700) is not; only root uses this socket, so the check is a warning here. The origin
# is given so that munged does not look the host name up (a fresh root's /etc/hosts may lack it).
mungekey --create --keyfile="$munge_dir/munge.key" >/dev/null
chmod 0400 "$munge_dir/munge.key"
fl_slurm_launch munged munged --foreground --force --origin=127.0.0.1 --socket="$munge_socket" \
    --key-file="$munge_dir/munge.key" --pid-file="$run_dir/munged.pid" --log-file="$log_dir/munged.log" \
    --seed-file="$munge_dir/munged.seed"
munge_round_trip() { munge --socket="$munge_socket" -n | unmunge --socket="$munge_socket"; }
fl_slurm_watch+=(munged)
fl_slurm_wait 30 "munged answers on $munge_socket" munge_round_trip

# The controller, with no state to recover (-c), then the node's daemon. Slurm 22.05's slurmd
# initialises its cgroup plugin whatever the configuration says (22.05 has no CgroupPlugin=disabled)
# and fails without a cgroup file system on /sys/fs/cgroup; nothing is tracked or limited through
# it here.
fl_slurm_launch slurmctld slurmctld -D -c -f "$conf"
fl_slurm_watch+=(slurmctld)
controller_up() { scontrol ping | grep -q UP; }
fl_slurm_wait 60 "slurmctld answers (scontrol ping)" controller_up
fl_slurm_launch slurmd slurmd -D -f "$conf" -N "$node"
fl_slurm_watch+=(slurmd)
node_idle() { [[ $(sinfo --noheader --nodes="$node" --format=%t) == idle ]]; }
fl_slurm_wait 120 "node $node idle in sinfo" node_idle
sinfo
echo "start.sh: cluster up in $(fl_slurm_since "$start") s (SLURM_CONF=$conf)"
