#!/usr/bin/env bash
# tools/slurm/submit without a cluster (--dry-run, the job scripts run by bash
# with SLURM_ARRAY_TASK_ID set): shards balanced by bytes, the merged outputs
# the bytes of a single run, finished shards skipped, a changed option or plan
# redoes them, a missing shard stops the merge with the command to resubmit it.
#   bash tests/slurm/plan.sh PATH/TO/diplograph
set -euo pipefail
bin=$(realpath "${1:?usage: plan.sh PATH/TO/diplograph}")
root=$(cd "$(dirname "$0")/../.." && pwd)
submit=$root/tools/slurm/submit
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
# grep -q closes a pipe at its first match; with pipefail the writer's broken
# pipe would fail the test. has reads all its input.
has() { grep "$@" >/dev/null; }

"$root/tools/gencorpus" --seed 5 --articles 200 --out "$tmp/corpus" >/dev/null
# NDJSON files of very different sizes beside the article files.
mkdir "$tmp/nd"
"$root/tools/gencorpus" --seed 6 --articles 300 --out "$tmp/g6" --ndjson "$tmp/nd/big.ndjson" >/dev/null
"$root/tools/gencorpus" --seed 7 --articles 20 --out "$tmp/g7" --ndjson "$tmp/nd/small.ndjson" >/dev/null
sed -i 's/"id":"0/"id":"b0/' "$tmp/nd/big.ndjson"   # ids unique across the corpus
sed -i 's/"id":"0/"id":"s0/' "$tmp/nd/small.ndjson"
out=$tmp/out
inputs=(--manifest "$tmp/corpus/manifest.json" "$tmp/nd")

"$submit" --bin "$bin" --dry-run --shards 5 --formats json,report "${inputs[@]}" "$out" > "$tmp/plan.txt"
cat "$tmp/plan.txt"
grep -q '^submit: 202 input files, .* in 5 shards .*; 5 to run, 0 done already$' "$tmp/plan.txt" ||
  fail "the plan's summary"
grep -qx "sbatch --parsable --array=1-5 $out/jobs/extract.sbatch" "$tmp/plan.txt" || fail "the array's sbatch line"
grep -qx "sbatch --parsable --dependency=afterok:JOBID --kill-on-invalid-dep=yes $out/jobs/merge.sbatch" \
  "$tmp/plan.txt" || fail "the merge's sbatch line"

# Balanced by bytes: the shards differ by less than the largest file, and
# the big NDJSON file is one shard's whole load or nearly.
python3 - "$out/shards" "$tmp/nd/big.ndjson" <<'PY'
import json, os, sys
d, big = sys.argv[1:]
loads = []
for k in range(1, 6):
    b = os.path.join(d, '%04d' % k)
    n = 0
    if os.path.exists(b + '.manifest.json'):
        n += sum(os.path.getsize(e['path']) for e in json.load(open(b + '.manifest.json'))['documents'])
    if os.path.exists(b + '.ndjson.list'):
        n += sum(os.path.getsize(p) for p in open(b + '.ndjson.list').read().split('\n') if p)
    loads.append(n)
largest = os.path.getsize(big)
assert max(loads) - min(loads) <= largest, (loads, largest)
assert max(loads) < 1.3 * sum(loads) / 5 or max(loads) == largest, loads
print('ok: shard bytes %s, largest file %d' % (loads, largest))
PY

# The tasks in any order, then the merge: the bytes of one run.
for k in 3 5 1 4 2; do SLURM_ARRAY_TASK_ID=$k bash "$out/jobs/extract.sbatch" > "$tmp/task$k.log"; done
grep -h 'done:' "$tmp"/task*.log
bash "$out/jobs/merge.sbatch"
"$bin" -q --manifest "$tmp/corpus/manifest.json" "$tmp/nd" -o "$tmp/one.json"
"$bin" -q --report --manifest "$tmp/corpus/manifest.json" "$tmp/nd" -o "$tmp/one.html"
cmp "$tmp/one.json" "$out/graph.json" || fail "graph.json differs from a single run"
cmp "$tmp/one.html" "$out/report.html" || fail "report.html differs from a single run"
echo "ok: graph.json and report.html are the bytes of a single run"

# A re-run finds every shard done; a task run again says so and does nothing.
"$submit" --bin "$bin" --dry-run --shards 5 "${inputs[@]}" "$out" | has '; 0 to run, 5 done already$' ||
  fail "a re-run does not skip finished shards"
SLURM_ARRAY_TASK_ID=2 bash "$out/jobs/extract.sbatch" | has -x "shard 2: done already ($out/extract/0002.ndjson)" ||
  fail "a finished task runs again"
echo "ok: finished shards are skipped"

# An option that changes the extraction, or another plan, redoes them.
"$submit" --bin "$bin" --dry-run --shards 5 --date 2020-01-01 "${inputs[@]}" "$out" |
  has '; 5 to run, 0 done already$' || fail "--date changed, yet shards count as done"
# (Another sharding redoes the shards whose articles changed; here shard 1,
# the big NDJSON file alone, stays.)
"$submit" --bin "$bin" --dry-run --shards 4 "${inputs[@]}" "$out" |
  has '; 3 to run, 1 done already$' || fail "another sharding, yet its new shards count as done"

# A shard without its output: the merge refuses and says how to resubmit it.
"$submit" --bin "$bin" --dry-run --shards 5 "${inputs[@]}" "$out" >/dev/null
rm "$out/extract/0004.ndjson"
rc=0
bash "$out/jobs/merge.sbatch" > "$tmp/merge.log" 2>&1 || rc=$?
[ "$rc" -eq 1 ] || fail "merge with a shard missing exited $rc"
grep -q "shards not done: 4\. Resubmit" "$tmp/merge.log" || fail "the merge does not name the missing shard"
grep -qF "sbatch --array=4 $out/jobs/extract.sbatch" "$tmp/merge.log" || fail "no resubmit command"
"$submit" --bin "$bin" --dry-run --shards 5 "${inputs[@]}" "$out" | has "sbatch --parsable --array=4 " ||
  fail "a re-run does not resubmit shard 4 alone"
echo "ok: a missing shard stops the merge, and a re-run resubmits it alone"

# Options pass through to sbatch (as #SBATCH lines) and the setup line runs first.
"$submit" --bin "$bin" --dry-run --account=acct1 --partition=p1 --qos=q1 --time=30 --mem=2G \
  --merge-mem=64G --merge-time=2:00:00 --sbatch-arg=--constraint=c1 --cpus-per-task 4 \
  --setup 'module load gcc' --formats json,graphml "$tmp/corpus" "$tmp/out2" >/dev/null
for want in --account=acct1 --partition=p1 --qos=q1 --time=30 --mem=2G --constraint=c1 --cpus-per-task=4; do
  grep -qx "#SBATCH $want" "$tmp/out2/jobs/extract.sbatch" || fail "extract.sbatch lacks $want"
done
for want in --account=acct1 --mem=64G --time=2:00:00; do
  grep -qx "#SBATCH $want" "$tmp/out2/jobs/merge.sbatch" || fail "merge.sbatch lacks $want"
done
grep -q -- '-j 4 ' "$tmp/out2/jobs/extract.sbatch" || fail "--cpus-per-task does not set -j"
grep -qx 'module load gcc' "$tmp/out2/jobs/merge.sbatch" || fail "no setup line"
grep -q 'json:graph.json graphml:graph.graphml' "$tmp/out2/jobs/merge.sbatch" || fail "--formats"
if "$submit" --bin "$bin" --dry-run --formats xls "$tmp/corpus" "$tmp/out3" 2>/dev/null; then
  fail "an unknown format is accepted"
fi
echo "ok: sbatch options, setup line and formats"
