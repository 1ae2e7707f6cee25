#!/usr/bin/env bash
# tools/slurm/submit on a real one-node Slurm cluster (tests/slurm/cluster.sh:
# munged, slurmctld, slurmd in a temporary folder, stopped at the end): the
# examples and a few thousand generated articles give the bytes of a single
# run; a failed shard stops the merge, is resubmitted alone by hand
# (sbatch --array=K) or by running submit again, which skips finished shards;
# a merge tree (--merge-groups) gives the same bytes.
# Exit 77 (skipped) where the daemons cannot run; the reason is printed.
#   bash tests/slurm/submit.sh PATH/TO/diplograph
set -euo pipefail
bin=$(realpath "${1:?usage: submit.sh PATH/TO/diplograph}")
root=$(cd "$(dirname "$0")/../.." && pwd)
submit=$root/tools/slurm/submit
. "$root/tests/slurm/cluster.sh"
cluster_can_run || exit 77
tmp=$(mktemp -d /tmp/dg-slurm.XXXXXX)
trap 'cluster_stop; [ -n "${KEEP:-}" ] || rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; tail -n 5 "$tmp"/*/logs/* 2>/dev/null >&2 || true; exit 1; }
same() { # label, reference, candidate
  cmp -s "$2" "$3" || fail "$1: $(basename "$3") differs from a single run"
  echo "ok: $1: $(basename "$3") is the bytes of a single run"
}

chmod 755 "$tmp" # munged: the folders up to its socket searchable by all
mkdir "$tmp/cluster"
cluster_start "$tmp/cluster"

# The examples: three shards, the default outputs (graph, report, diagram).
m=$root/examples/manifest.json
"$submit" --bin "$bin" --wait --shards 3 --manifest "$m" "$tmp/ex" | tee "$tmp/ex.txt"
tail -n 1 "$tmp/ex.txt" | grep -x "submit: done: the outputs are in $tmp/ex/ (graph.json, report.html, diagram.svg)" >/dev/null ||
  fail "the last line does not say where the outputs are"
"$bin" -q --manifest "$m" -o "$tmp/one.json"
"$bin" -q --report --manifest "$m" -o "$tmp/one.html"
"$bin" -q --svg --manifest "$m" -o "$tmp/one.svg"
same examples "$tmp/one.json" "$tmp/ex/graph.json"
same examples "$tmp/one.html" "$tmp/ex/report.html"
same examples "$tmp/one.svg" "$tmp/ex/diagram.svg"
n=$(ls "$tmp"/ex/logs/extract-*.log | wc -l)
[ "$n" -eq 3 ] || fail "$n extract logs, want 3"

# 3000 generated articles in 8 shards, with sbatch's options passed through
# and a setup line; shard 3 fails (its setup line fails while $tmp/fail-3 is there).
"$root/tools/gencorpus" --seed 17 --articles 3000 --out "$tmp/corpus" >/dev/null
"$bin" -q --manifest "$tmp/corpus/manifest.json" -o "$tmp/gen.json"
args=(--bin "$bin" --shards 8 --formats json --account=test --time=10 --mem=100M
      --manifest "$tmp/corpus/manifest.json" "$tmp/gen")
touch "$tmp/fail-3"
rc=0
"$submit" "${args[@]}" --wait --setup "echo 'setup line ran'; test ! -e $tmp/fail-\${SLURM_ARRAY_TASK_ID:-0}" \
  > "$tmp/fail.txt" 2>&1 || rc=$?
cat "$tmp/fail.txt"
[ "$rc" -ne 0 ] || fail "submit --wait exited 0 although shard 3 failed"
[ ! -e "$tmp/gen/graph.json" ] || fail "a graph was merged without shard 3"
grep -q 'setup line ran' "$tmp"/gen/logs/extract-*-1.log || fail "the setup line did not run"
ls "$tmp"/gen/extract/*.done | wc -l | grep -x 7 >/dev/null || fail "want 7 shards done"
echo "ok: a failed shard stops the merge"

# Resubmitted alone by hand, then the merge script.
grep -q 'the setup line failed' "$tmp"/gen/logs/extract-*-3.log || fail "shard 3's log does not say why"
rm "$tmp/fail-3"
sbatch --wait --array=3 "$tmp/gen/jobs/extract.sbatch" >/dev/null || fail "shard 3 resubmitted alone failed"
sbatch --wait "$tmp/gen/jobs/merge.sbatch" >/dev/null || fail "the merge job failed"
same "3000 articles, shard 3 resubmitted by hand" "$tmp/gen.json" "$tmp/gen/graph.json"

# Running submit again: nothing to extract, only the merge.
rm "$tmp/gen/graph.json" "$tmp/gen/extract/0006.ndjson"
"$submit" "${args[@]}" --wait | tee "$tmp/again.txt"
grep -q '; 1 to run, 7 done already$' "$tmp/again.txt" || fail "a re-run does not skip the 7 finished shards"
grep -q '(tasks 6)' "$tmp/again.txt" || fail "a re-run does not resubmit shard 6 alone"
same "3000 articles, re-run" "$tmp/gen.json" "$tmp/gen/graph.json"
for k in 1 2 4 5 7 8; do
  [ "$(ls "$tmp"/gen/logs/extract-*-$k.log | wc -l)" -eq 1 ] || fail "shard $k ran twice"
done
echo "ok: a re-run extracts only the missing shard"

# A merge tree on the cluster: the shards are done; three partial merges
# (a job array), then the last merge: the same bytes.
rm "$tmp/gen/graph.json"
"$submit" "${args[@]}" --merge-groups 3 --wait | tee "$tmp/tree.txt"
grep -q '; 3 to merge, 0 done already$' "$tmp/tree.txt" || fail "the tree does not merge 3 groups"
grep -q '^submit: partial merges: job array [0-9]* (tasks 1-3)' "$tmp/tree.txt" || fail "no partial array"
tail -n 1 "$tmp/tree.txt" | grep -x "submit: done: the outputs are in $tmp/gen/ (graph.json)" >/dev/null ||
  fail "the tree's last line"
same "3000 articles, merge tree of 3 groups" "$tmp/gen.json" "$tmp/gen/graph.json"
[ "$(ls "$tmp"/gen/logs/partial-*.log | wc -l)" -eq 3 ] || fail "want 3 partial logs"
