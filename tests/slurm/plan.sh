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

# A merge tree (--merge-groups): partial merges of consecutive shards, then
# the merge of their outputs: the same bytes. The shards are done already.
"$submit" --bin "$bin" --dry-run --shards 5 --merge-groups 2 --formats json,report "${inputs[@]}" "$out" \
  > "$tmp/tree.txt"
cat "$tmp/tree.txt"
has -x 'submit: merge tree: 2 groups of 2 to 3 shards; 2 to merge, 0 done already' "$tmp/tree.txt" ||
  fail "the tree's summary"
has -x "sbatch --parsable --array=1-2 $out/jobs/partial.sbatch" "$tmp/tree.txt" || fail "the partial array's sbatch line"
has -x "sbatch --parsable --dependency=afterok:JOBID --kill-on-invalid-dep=yes $out/jobs/merge.sbatch" \
  "$tmp/tree.txt" || fail "the last merge's sbatch line"
rm "$out/graph.json" "$out/report.html"
for g in 2 1; do SLURM_ARRAY_TASK_ID=$g bash "$out/jobs/partial.sbatch" > "$tmp/group$g.log"; done
has -x "group 1: diplograph merge --partial of shards 1 to 2 on $(hostname)" "$tmp/group1.log" || fail "group 1's shards"
has -x "group 2: diplograph merge --partial of shards 3 to 5 on $(hostname)" "$tmp/group2.log" || fail "group 2's shards"
bash "$out/jobs/merge.sbatch" > "$tmp/merge-tree.log"
has -F "partial/0001.ndjson" "$out/jobs/merge.sbatch" && fail "the merge script names a group's file by hand"
cmp "$tmp/one.json" "$out/graph.json" || fail "graph.json of the merge tree differs from a single run"
cmp "$tmp/one.html" "$out/report.html" || fail "report.html of the merge tree differs from a single run"
[ "$(cat "$out"/partial/000[12].ndjson | wc -l)" -eq "$(cat "$out"/extract/000[1-5].ndjson | wc -l)" ] ||
  fail "the groups do not hold every article once"
echo "ok: merge tree: graph.json and report.html are the bytes of a single run"
"$submit" --bin "$bin" --dry-run --shards 5 --merge-groups 2 "${inputs[@]}" "$out" > "$tmp/tree2.txt"
has '; 0 to merge, 2 done already$' "$tmp/tree2.txt" || fail "a re-run does not skip the merged groups"
has -x "sbatch --parsable $out/jobs/merge.sbatch" "$tmp/tree2.txt" || fail "a re-run submits more than the merge"
SLURM_ARRAY_TASK_ID=1 bash "$out/jobs/partial.sbatch" | has -x "group 1: done already ($out/partial/0001.ndjson)" ||
  fail "a merged group runs again"
# Shard 4's extraction cleared: its group is merged, so the re-run needs only
# the last merge, which reads the groups.
mv "$out/extract/0004.ndjson" "$tmp/0004.ndjson"
"$submit" --bin "$bin" --dry-run --shards 5 --merge-groups 2 "${inputs[@]}" "$out" > "$tmp/tree3.txt"
has '; 0 to run, 5 done already$' "$tmp/tree3.txt" && has '; 0 to merge, 2 done already$' "$tmp/tree3.txt" ||
  fail "the shard of a merged group is extracted again: $(cat "$tmp/tree3.txt")"
rm "$out/graph.json"
bash "$out/jobs/merge.sbatch" >/dev/null
cmp "$tmp/one.json" "$out/graph.json" || fail "graph.json from the groups, shard 4 cleared"
# Group 2 lost too: the re-run extracts shard 4 and merges group 2, only.
rm "$out/partial/0002.ndjson"
"$submit" --bin "$bin" --dry-run --shards 5 --merge-groups 2 "${inputs[@]}" "$out" > "$tmp/tree4.txt"
has -x "sbatch --parsable --array=4 $out/jobs/extract.sbatch" "$tmp/tree4.txt" || fail "shard 4 not resubmitted"
has -x "sbatch --parsable --dependency=afterok:JOBID --kill-on-invalid-dep=yes --array=2 $out/jobs/partial.sbatch" \
  "$tmp/tree4.txt" || fail "group 2 not merged again after shard 4"
rc=0; SLURM_ARRAY_TASK_ID=2 bash "$out/jobs/partial.sbatch" > "$tmp/g2.log" 2>&1 || rc=$?
[ "$rc" -eq 1 ] && has -F "group 2: FAILED: shards not done: 4. Resubmit them with" "$tmp/g2.log" ||
  fail "group 2 without shard 4: exit $rc, $(cat "$tmp/g2.log")"
rc=0; bash "$out/jobs/merge.sbatch" > "$tmp/m2.log" 2>&1 || rc=$?
[ "$rc" -eq 1 ] && has -F "merge: FAILED: groups not merged: 2. Resubmit them with" "$tmp/m2.log" ||
  fail "the merge without group 2: exit $rc, $(cat "$tmp/m2.log")"
mv "$tmp/0004.ndjson" "$out/extract/0004.ndjson"
SLURM_ARRAY_TASK_ID=2 bash "$out/jobs/partial.sbatch" >/dev/null
bash "$out/jobs/merge.sbatch" >/dev/null
cmp "$tmp/one.json" "$out/graph.json" || fail "graph.json after group 2 merged again"
if "$submit" --bin "$bin" --dry-run --shards 5 --merge-groups 6 "${inputs[@]}" "$out" 2>/dev/null; then
  fail "more groups than shards accepted"
fi
# Back to one merge for what follows.
"$submit" --bin "$bin" --dry-run --shards 5 --formats json,report "${inputs[@]}" "$out" >/dev/null
echo "ok: merge tree: merged groups are skipped (and need their shards no more), a lost group is merged again alone"

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
  --shards 4 --merge-groups 2 --partial-mem=8G \
  --setup 'module load gcc' --formats json,graphml "$tmp/corpus" "$tmp/out2" >/dev/null
for want in --account=acct1 --mem=8G --time=2:00:00 --array=1-2; do
  grep -qx "#SBATCH $want" "$tmp/out2/jobs/partial.sbatch" || fail "partial.sbatch lacks $want"
done
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
