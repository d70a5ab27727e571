#!/usr/bin/env bash
# Stops the test cluster that start.sh DIR started: cancels its jobs, then stops slurmd, slurmctld
# and munged by the pids in DIR/run/, and leaves no process of it behind. Safe to run when the
# cluster is only half started or already stopped.
#
#   FL_SLURM_TEST=1 scripts/slurm/test-cluster/stop.sh DIR
#
# CTest's slurm_cluster_stop (the fixture's cleanup: it runs even when the tests before it failed).
# Exits 77 (skipped) without FL_SLURM_TEST=1, like start.sh, which then started nothing.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source-path=SCRIPTDIR source=common.sh
source "$here/common.sh"
fl_slurm_gate
[[ $# -eq 1 ]] || { echo "usage: stop.sh DIR" >&2; exit 2; }
fl_slurm_paths "$1"
if [[ ! -d $run_dir ]]; then
    echo "stop.sh: no cluster in $cluster_dir"
    exit 0
fi

# fl_slurm_gone SECONDS PID...: waits until none of PIDs is alive.
fl_slurm_gone() {
    local deadline=$((SECONDS + $1)) pid alive
    shift
    while :; do
        alive=()
        for pid in "$@"; do
            fl_slurm_alive "$pid" && alive+=("$pid")
        done
        [[ ${#alive[@]} -eq 0 ]] && return 0
        ((SECONDS >= deadline)) && return 1
        sleep 0.2
    done
}

# Jobs still running (a failed or timed-out test) are cancelled while the controller and slurmd are
# up, so that slurmd kills their processes itself. Without a slurmd nothing would end them: the
# sweep for stragglers below does.
jobs_left() { [[ -n $(timeout 10 squeue --noheader --format=%i 2>/dev/null || true) ]]; }
if [[ -n $(fl_slurm_pid slurmctld) ]] && command -v scancel >/dev/null && jobs_left; then
    echo "stop.sh: cancelling the jobs still queued or running"
    timeout 10 scancel --full --signal=KILL --user=root 2>/dev/null || true
    timeout 10 scancel --user=root 2>/dev/null || true
    if [[ -n $(fl_slurm_pid slurmd) ]]; then
        deadline=$((SECONDS + 30))
        while jobs_left && ((SECONDS < deadline)); do
            sleep 0.5
        done
    fi
fi

# In reverse order of start: slurmd first (it reports to the controller), munged last (both use it).
status=0
for ((i = ${#fl_slurm_daemons[@]} - 1; i >= 0; i--)); do
    name=${fl_slurm_daemons[i]}
    pid=$(fl_slurm_pid "$name")
    if [[ -z $pid ]]; then
        rm -f "$run_dir/$name.pid"
        continue
    fi
    since=$EPOCHREALTIME
    kill -TERM "$pid" 2>/dev/null || true
    if ! fl_slurm_gone 30 "$pid"; then
        echo "stop.sh: $name (pid $pid) still running 30 s after SIGTERM: SIGKILL" >&2
        kill -KILL "$pid" 2>/dev/null || true
        fl_slurm_gone 10 "$pid" || { echo "stop.sh: $name (pid $pid) survives SIGKILL" >&2; status=1; }
    fi
    echo "stop.sh: stopped $name (pid $pid) in $(fl_slurm_since "$since") s"
    rm -f "$run_dir/$name.pid"
done

# Anything else of this cluster's: a slurmstepd whose slurmd died (it keeps slurmd's log open), a
# process with the marker (the daemons, the jobs sweep-test.sh submitted), and their descendants
# (a job's processes). Both marks name this directory exactly, so nothing else is touched.
declare -A parent_of=()
stragglers=()
for proc in /proc/[0-9]*; do
    pid=${proc#/proc/}
    [[ $pid == "$$" || $pid == "$BASHPID" ]] && continue
    # Processes that just ended cannot be read: gone, so not left.
    stat=$(cat "$proc/stat" 2>/dev/null) || continue
    stat=${stat##*) } # after "pid (comm) ": state, ppid, ...
    read -r _ ppid _ <<<"$stat"
    if { tr '\0' '\n' <"$proc/environ"; } 2>/dev/null | grep -qxF "FL_SLURM_CLUSTER=$cluster_dir" ||
        [[ -n $(find "$proc/fd" -lname "$log_dir/*" -print -quit 2>/dev/null) ]]; then
        stragglers+=("$pid")
    else
        parent_of[$pid]=$ppid
    fi
done
# Their descendants, to any depth (a few passes: a tree that deep is not expected).
for _ in 1 2 3 4 5 6 7 8; do
    for pid in "${!parent_of[@]}"; do
        for straggler in "${stragglers[@]}"; do
            if [[ ${parent_of[$pid]} == "$straggler" ]]; then
                stragglers+=("$pid")
                unset "parent_of[$pid]"
                break
            fi
        done
    done
done
if [[ ${#stragglers[@]} -gt 0 ]]; then
    echo "stop.sh: killing what is left of the cluster: ${stragglers[*]}" >&2
    kill -KILL "${stragglers[@]}" 2>/dev/null || true
    fl_slurm_gone 10 "${stragglers[@]}" || { echo "stop.sh: processes survive SIGKILL" >&2; status=1; }
fi
[[ $status -eq 0 ]] && echo "stop.sh: cluster in $cluster_dir stopped"
exit "$status"
