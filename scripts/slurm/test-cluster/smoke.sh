#!/usr/bin/env bash
# The cluster alone, without the project's build: starts it in DIR, checks that sinfo shows the node
# idle and that a trivial job completes, and stops it again (also on failure). For a machine that
# has only scripts/deps.sh's FL_CI_PACKAGES installed (the fresh-root check of the install step).
#
#   FL_SLURM_TEST=1 scripts/slurm/test-cluster/smoke.sh DIR
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source-path=SCRIPTDIR source=common.sh
source "$here/common.sh"
fl_slurm_gate
[[ $# -eq 1 ]] || { echo "usage: smoke.sh DIR" >&2; exit 2; }
fl_slurm_paths "$1"
trap 'bash "$here/stop.sh" "$cluster_dir"' EXIT

bash "$here/start.sh" "$cluster_dir"
node=$(hostname -s)
state=$(sinfo --noheader --nodes="$node" --format=%t)
echo "sinfo: node $node is $state"
[[ $state == idle ]] || { echo "error: node $node is $state, not idle" >&2; exit 1; }

since=$EPOCHREALTIME
job=$(cd "$cluster_dir" && sbatch --parsable --wrap=true)
job=${job%%;*}
deadline=$((SECONDS + 120))
# Polled: sbatch --wait notices the end late.
while [[ -n $(squeue --noheader --jobs="$job" --format=%i 2>/dev/null) ]]; do
    ((SECONDS < deadline)) || { echo "error: job $job not done after 120 s" >&2; fl_slurm_logs; exit 1; }
    sleep 0.2
done
record=$(scontrol --oneliner show job "$job" | grep -o 'JobState=[^ ]*\|ExitCode=[^ ]*' | paste -sd ' ')
echo "job $job (sbatch --wrap=true): $record in $(fl_slurm_since "$since") s"
[[ $record == "JobState=COMPLETED ExitCode=0:0" ]] || { fl_slurm_logs; exit 1; }
