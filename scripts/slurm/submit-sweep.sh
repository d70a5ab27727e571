#!/bin/bash
# Submits a Failover Lab sweep to Slurm: an array of SHARDS tasks (one shard each), then a merge that
# starts once every task has succeeded. Prints the two job ids.
#
#   scripts/slurm/submit-sweep.sh SHARDS OUTDIR SWEEP-ARGUMENTS...
#   scripts/slurm/submit-sweep.sh 4 results --builtin active-passive-async \
#       --vary data.batch_interval=100ms,1s --vary routing.dns_ttl=5s,60s --seeds 8
#
# SBATCH_ARGS adds options to both submissions (e.g. "--partition=short"); MERGE_ARGS to the merge
# (e.g. "--charts results/charts").
set -euo pipefail

if [[ $# -lt 3 || ! $1 =~ ^[1-9][0-9]*$ ]]; then
    echo "usage: scripts/slurm/submit-sweep.sh SHARDS OUTDIR SWEEP-ARGUMENTS..." >&2
    exit 2
fi
here=$(cd "$(dirname "$0")" && pwd)
shards=$1
out=$2
shift 2
mkdir -p "$out"
# shellcheck disable=SC2086 # SBATCH_ARGS and MERGE_ARGS are word lists on purpose
array=$(sbatch --parsable ${SBATCH_ARGS:-} --array=0-$((shards - 1)) \
    "$here/sweep.sbatch" "$(cd "$out" && pwd)" "$@")
array=${array%%;*} # "id;cluster" on a federated cluster
# shellcheck disable=SC2086
merge=$(sbatch --parsable ${SBATCH_ARGS:-} --dependency=afterok:"$array" \
    "$here/merge.sbatch" "$(cd "$out" && pwd)" ${MERGE_ARGS:-})
echo "array $array"
echo "merge ${merge%%;*}"
