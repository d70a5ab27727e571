#!/usr/bin/env bash
# shellcheck disable=SC2034 # the layout's variables are used by the scripts that source this file
# Shared by start.sh, stop.sh and sweep-test.sh: the one-node test cluster's layout under DIR, the
# FL_SLURM_TEST gate and the helpers. Sourced, not run.
#
# Everything the cluster has lives under DIR (the build tree's slurm-cluster/): slurm.conf, the
# munge key and socket, the controller's state, slurmd's spool, logs and pid files. Nothing in /etc
# is read or written: the daemons get their paths by flag, the clients through SLURM_CONF.

# munged, slurmctld and slurmd are in /usr/sbin, which a root shell's PATH does not always name.
PATH=$PATH:/usr/sbin:/sbin

# The tests start root daemons, so they run only when asked (.ci/run sets FL_SLURM_TEST=1); CTest
# reports exit 77 as skipped (SKIP_RETURN_CODE in tests/CMakeLists.txt).
fl_slurm_gate() {
    if [[ ${FL_SLURM_TEST:-} != 1 ]]; then
        echo "skipped: the Slurm cluster tests start root daemons; run them with FL_SLURM_TEST=1 as root"
        exit 77
    fi
}

# When asked for explicitly, a missing prerequisite is a failure, not a skip: CI must not pass
# silently without the cluster.
fl_slurm_require() {
    if [[ $(id -u) -ne 0 ]]; then
        echo "error: FL_SLURM_TEST=1 needs root (munged, slurmctld and slurmd run as root)" >&2
        exit 1
    fi
    local missing=()
    for program in "$@"; do
        command -v "$program" >/dev/null || missing+=("$program")
    done
    if [[ ${#missing[@]} -gt 0 ]]; then
        echo "error: not installed: ${missing[*]} (source scripts/deps.sh; fl_install_packages \"\${FL_CI_PACKAGES[@]}\")" >&2
        exit 1
    fi
}

# fl_slurm_paths DIR: the layout, as globals. Ports other than Slurm's 6817/6818, so that a real
# cluster's daemons on the same machine are neither used nor disturbed.
fl_slurm_paths() {
    cluster_dir=$(realpath -m "$1")
    conf=$cluster_dir/slurm.conf
    munge_dir=$cluster_dir/munge
    munge_socket=$munge_dir/munge.socket
    run_dir=$cluster_dir/run
    log_dir=$cluster_dir/log
    ctld_port=${FL_SLURMCTLD_PORT:-16817}
    slurmd_port=${FL_SLURMD_PORT:-16818}
    # The clients (sbatch, squeue, scontrol, sinfo) read this cluster's configuration, not /etc's.
    export SLURM_CONF=$conf
}

# $EPOCHREALTIME with a decimal point whatever the locale (fl_slurm_since computes with it).
LC_NUMERIC=C

# The daemons, in the order they are started (stop.sh stops them in reverse).
fl_slurm_daemons=(munged slurmctld slurmd)

# fl_slurm_alive PID: whether PID runs (kill -0 also succeeds on a zombie no one has reaped yet).
fl_slurm_alive() {
    local stat
    stat=$(cat "/proc/$1/stat" 2>/dev/null) || return 1
    stat=${stat##*) } # what follows "pid (comm) ": the state first
    [[ ${stat:0:1} != Z ]]
}

# fl_slurm_pid NAME: the pid in NAME's pid file, when that process is still NAME; nothing otherwise
# (a stale file after a reboot may name an unrelated process that happens to have the same pid).
fl_slurm_pid() {
    local file=$run_dir/$1.pid pid comm
    [[ -s $file ]] || return 0
    pid=$(<"$file")
    [[ $pid =~ ^[0-9]+$ ]] || return 0
    fl_slurm_alive "$pid" || return 0
    comm=$(cat "/proc/$pid/comm" 2>/dev/null) || return 0
    # /proc/PID/comm is cut at 15 characters; slurmd's is "slurmd", munged's "munged".
    [[ $comm == "$1"* ]] && echo "$pid"
    return 0
}

# fl_slurm_since START: the seconds since START (an $EPOCHREALTIME), to a tenth.
fl_slurm_since() {
    awk -v start="$1" -v now="$EPOCHREALTIME" 'BEGIN { printf "%.1f", now - start }'
}

# fl_slurm_logs: every daemon log, for the output of a failed test.
fl_slurm_logs() {
    local log
    for log in "$log_dir"/*.log "$log_dir"/*.out; do
        [[ -f $log ]] || continue
        echo "----- $log (last 60 lines) -----" >&2
        tail -n 60 "$log" >&2
    done
}

# The daemons started so far, which fl_slurm_wait watches.
fl_slurm_watch=()

# fl_slurm_wait SECONDS WHAT COMMAND...: runs COMMAND every 0.2 s until it succeeds. Fails, with WHAT
# and the logs (which say why), after SECONDS or as soon as a daemon in fl_slurm_watch has exited.
fl_slurm_wait() {
    local seconds=$1 what=$2 name
    shift 2
    local deadline=$((SECONDS + seconds))
    until "$@" >/dev/null 2>&1; do
        for name in "${fl_slurm_watch[@]}"; do
            if [[ -z $(fl_slurm_pid "$name") ]]; then
                echo "error: $what: $name has exited" >&2
                fl_slurm_logs
                return 1
            fi
        done
        if ((SECONDS >= deadline)); then
            echo "error: $what: not after ${seconds} s" >&2
            fl_slurm_logs
            return 1
        fi
        sleep 0.2
    done
}
