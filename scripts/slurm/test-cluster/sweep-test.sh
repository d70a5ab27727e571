#!/usr/bin/env bash
# The project's Slurm scripts on a real cluster: submits a 4-shard sweep with submit-sweep.sh (an
# array of sweep.sbatch tasks and a merge.sbatch that depends on it) to the cluster start.sh DIR
# started, waits for both jobs, and compares the merged rows.csv and rows.summary.csv byte for byte
# with the same sweep run here without --shard.
#
#   FL_SLURM_TEST=1 scripts/slurm/test-cluster/sweep-test.sh DIR FAILOVER_LAB
#
# CTest's slurm_sweep (it needs the slurm_cluster fixture). Exits 77 (skipped) without
# FL_SLURM_TEST=1.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source-path=SCRIPTDIR source=common.sh
source "$here/common.sh"
fl_slurm_gate
[[ $# -eq 2 ]] || { echo "usage: sweep-test.sh DIR FAILOVER_LAB" >&2; exit 2; }
fl_slurm_require sbatch squeue scontrol cmp
fl_slurm_paths "$1"
FAILOVER_LAB=$(realpath "$2")
# sbatch passes the environment on: the tasks find the executable through it, and the marker lets
# stop.sh find a job's processes if the test is cut short.
export FAILOVER_LAB
export FL_SLURM_CLUSTER=$cluster_dir
[[ -x $FAILOVER_LAB ]] || { echo "error: $FAILOVER_LAB is not an executable" >&2; exit 1; }
[[ -f $conf ]] || { echo "error: no cluster in $cluster_dir (start.sh first)" >&2; exit 1; }
start=$EPOCHREALTIME

# 2 x 3 = 6 runs of 3 simulated minutes (about 3 s on 2 cores): long enough for the scenario's
# region failure, so that the rows have lost writes, RPO and RTO to compare, and 4 shards of unequal
# size (2, 2, 1, 1), so that the merge has to interleave them.
# shellcheck disable=SC2054 # the commas are --vary's list of values
sweep=(--builtin active-passive-async --vary data.batch_interval=100ms,1s --seeds 3 --duration 3m)
shards=4
work=$cluster_dir/sweep
rm -rf "$work"
mkdir -p "$work"
# The jobs' logs (fl-sweep-%A_%a.log, fl-merge-%j.log) go to the directory sbatch is called from.
cd "$work"

submitted=$(bash "$here/../submit-sweep.sh" "$shards" "$work/out" "${sweep[@]}")
echo "$submitted"
array=$(awk '$1 == "array" { print $2 }' <<<"$submitted")
merge=$(awk '$1 == "merge" { print $2 }' <<<"$submitted")
[[ $array =~ ^[0-9]+$ && $merge =~ ^[0-9]+$ ]] || { echo "error: submit-sweep.sh printed no job ids" >&2; exit 1; }

job_logs() {
    local log
    for log in "$work"/*.log; do
        [[ -f $log ]] || continue
        echo "----- $log -----" >&2
        cat "$log" >&2
    done
    fl_slurm_logs
}

# sbatch --wait notices a job's end seconds late, so squeue is polled: it lists a job until it has
# ended. The controller cancels the merge if an array task fails (DependencyParameters=
# kill_invalid_depend in slurm.conf), so the wait ends in both cases.
jobs_queued() { [[ -n $(squeue --noheader --jobs="$array,$merge" --format=%i 2>/dev/null) ]]; }
deadline=$((SECONDS + 300))
while jobs_queued; do
    if ((SECONDS >= deadline)); then
        echo "error: jobs $array and $merge still queued or running after 300 s:" >&2
        squeue --jobs="$array,$merge" >&2 || true
        job_logs
        exit 1
    fi
    sleep 0.2
done
jobs_took=$(fl_slurm_since "$start")

# Every array task and the merge must have COMPLETED with exit code 0:0. scontrol shows one record
# per array task (the controller keeps ended jobs for MinJobAge, 300 s by default).
job_records() {
    scontrol --oneliner show job "$1" | awk '{
        task = state = code = ""
        for (i = 1; i <= NF; i++) {
            if ($i ~ /^ArrayTaskId=/) task = $i " "
            if ($i ~ /^JobState=/) state = $i
            if ($i ~ /^ExitCode=/) code = $i
        }
        print task state " " code
    }'
}
array_records=$(job_records "$array" | sort -V)
merge_record=$(job_records "$merge")
echo "array job $array:"
while read -r record; do echo "  $record"; done <<<"$array_records"
echo "merge job $merge: $merge_record"
tasks_ok=$(grep -c 'JobState=COMPLETED ExitCode=0:0$' <<<"$array_records" || true)
if [[ $tasks_ok -ne $shards || $merge_record != "JobState=COMPLETED ExitCode=0:0" ]]; then
    echo "error: $tasks_ok of $shards array tasks completed with exit 0; the merge: $merge_record" >&2
    job_logs
    exit 1
fi
echo "slurm: array of $shards tasks and the merge done in $jobs_took s (from submission)"

# The same sweep without --shard, on this machine.
"$FAILOVER_LAB" sweep "${sweep[@]}" --csv "$work/unsharded.csv" 2>"$work/unsharded.err" ||
    { cat "$work/unsharded.err" >&2; exit 1; }
status=0
for pair in "rows.csv unsharded.csv" "rows.summary.csv unsharded.summary.csv"; do
    read -r merged plain <<<"$pair"
    if cmp "$work/out/$merged" "$work/$plain"; then
        echo "identical: out/$merged and $plain ($(wc -l <"$work/$plain") lines)"
    else
        echo "error: the merged $merged differs from the unsharded sweep's $plain:" >&2
        diff "$work/out/$merged" "$work/$plain" >&2 || true
        status=1
    fi
done
echo "sweep-test.sh: $(fl_slurm_since "$start") s in all"
exit "$status"
