"""The job scripts of tools/slurm/submit, written into OUT/jobs/: the extract
array (one task per shard), with --merge-groups the partial merges (one task
per group of shards: diplograph merge --partial), and the merge job. They are
complete sbatch scripts, so a failed shard can be resubmitted alone:
sbatch --array=K OUT/jobs/extract.sbatch"""
import collections
import os
import shlex

Options = collections.namedtuple('Options', 'out bin setup date gazetteers cpus nshards outputs groups')

q = shlex.quote


def header(name, log, sbatch_args, extra=()):
    lines = ['#!/bin/bash', '#SBATCH --job-name=' + name, '#SBATCH --output=' + log]
    lines += ['#SBATCH ' + a for a in list(extra) + list(sbatch_args)]
    return '\n'.join(lines) + '\n'


def common(o, what):
    gaz = ''.join(' --gazetteer ' + q(g) for g in o.gazetteers)
    setup = '{\n%s\n} || { echo "the setup line failed (exit $?)" >&2; exit 1; }' % o.setup if o.setup \
        else '# (no --setup line)'
    return '''# Written by tools/slurm/submit: %s.
%s
set -euo pipefail
out=%s
bin=%s
gaz=(%s)
''' % (what, setup, q(o.out), q(o.bin), gaz.strip())


def write(path, text):
    with open(path + '.tmp', 'w', encoding='utf-8') as f:
        f.write(text)
    os.chmod(path + '.tmp', 0o755)
    os.replace(path + '.tmp', path)
    return path


EXTRACT = r'''k=${SLURM_ARRAY_TASK_ID:?run me with sbatch --array=K (or set SLURM_ARRAY_TASK_ID)}
id=$(printf %%04d "$k")
shard=$out/shards/$id
dest=$out/extract/$id
if [ -f "$dest.ndjson" ] && cmp -s "$shard.digest" "$dest.done"; then
  echo "shard $k: done already ($dest.ndjson)"
  exit 0
fi
rm -f "$dest.done"
args=()
[ -f "$shard.manifest.json" ] && args+=(--manifest "$shard.manifest.json")
if [ -f "$shard.ndjson.list" ]; then
  mapfile -t files < "$shard.ndjson.list"
  args+=("${files[@]}")
fi
echo "shard $k: diplograph extract on $(hostname) with %d thread(s)"
rc=0
"$bin" extract -q -j %d %s"${gaz[@]}" "${args[@]}" -o "$dest.ndjson" || rc=$?
case $rc in
  0) ;;
  2) echo "shard $k: articles above were rejected; the others were extracted" >&2 ;;
  *) echo "shard $k: FAILED: diplograph extract exited $rc" >&2; exit "$rc" ;;
esac
[ -f "$dest.ndjson" ] || { echo "shard $k: FAILED: no article could be read" >&2; exit 2; }
cp "$shard.digest" "$dest.done.tmp"
mv "$dest.done.tmp" "$dest.done"
echo "shard $k: done: $(wc -l < "$dest.ndjson") articles in $dest.ndjson"
'''

# Shard K is done: its extraction and the copy of its digest.
SHARD_DONE = r'''shard_done() {
  local id; id=$(printf %04d "$1")
  [ -f "$out/extract/$id.ndjson" ] && cmp -s "$out/shards/$id.digest" "$out/extract/$id.done"
}
'''

# Group G of the merge tree: shards first..last, consecutive and as even as
# the division allows (plan.groups computes the same); its stamp is the
# digests of its shards, so a group is done only over the current shards.
GROUP = r'''nshards=%d ngroups=%d
group_range() { first=$(( ($1 - 1) * nshards / ngroups + 1 )); last=$(( $1 * nshards / ngroups )); }
group_stamp() { local k; for k in $(seq "$first" "$last"); do cat "$out/shards/$(printf %%04d "$k").digest"; done; }
group_done() {
  local gid; gid=$(printf %%04d "$1")
  group_range "$1"
  [ -f "$out/partial/$gid.ndjson" ] && group_stamp | cmp -s - "$out/partial/$gid.done"
}
'''

PARTIAL = r'''g=${SLURM_ARRAY_TASK_ID:?run me with sbatch --array=G (or set SLURM_ARRAY_TASK_ID)}
gid=$(printf %04d "$g")
dest=$out/partial/$gid
group_range "$g"
if group_done "$g"; then
  echo "group $g: done already ($dest.ndjson)"
  exit 0
fi
rm -f "$dest.done"
files=()
missing=()
for k in $(seq "$first" "$last"); do
  if shard_done "$k"; then files+=("$out/extract/$(printf %04d "$k").ndjson"); else missing+=("$k"); fi
done
if [ ${#missing[@]} -gt 0 ]; then
  list=$(IFS=,; echo "${missing[*]}")
  echo "group $g: FAILED: shards not done: $list. Resubmit them with" >&2
  echo "  sbatch --array=$list $out/jobs/extract.sbatch, then sbatch --array=$g $out/jobs/partial.sbatch" >&2
  echo "  and sbatch $out/jobs/merge.sbatch, or run tools/slurm/submit again with the same arguments." >&2
  exit 1
fi
echo "group $g: diplograph merge --partial of shards $first to $last on $(hostname)"
rc=0
"$bin" merge --partial -q "${files[@]}" -o "$dest.ndjson" || rc=$?
case $rc in
  0) ;;
  2) echo "group $g: lines above were skipped; the others were kept" >&2 ;;
  *) echo "group $g: FAILED: diplograph merge --partial exited $rc" >&2; exit "$rc" ;;
esac
[ -f "$dest.ndjson" ] || { echo "group $g: FAILED: no line could be read" >&2; exit 2; }
group_stamp > "$dest.done.tmp"
mv "$dest.done.tmp" "$dest.done"
echo "group $g: done: $(wc -l < "$dest.ndjson") articles in $dest.ndjson"
'''

# The merge reads the shards, or with --merge-groups the groups' outputs.
COLLECT_SHARDS = r'''files=()
missing=()
for k in $(seq %d); do
  if shard_done "$k"; then files+=("$out/extract/$(printf %%04d "$k").ndjson"); else missing+=("$k"); fi
done
if [ ${#missing[@]} -gt 0 ]; then
  list=$(IFS=,; echo "${missing[*]}")
  echo "merge: FAILED: shards not done: $list. Resubmit them with" >&2
  echo "  sbatch --array=$list $out/jobs/extract.sbatch, then sbatch $out/jobs/merge.sbatch" >&2
  echo "or run tools/slurm/submit again with the same arguments." >&2
  exit 1
fi
'''

COLLECT_GROUPS = r'''files=()
missing=()
for g in $(seq "$ngroups"); do
  if group_done "$g"; then files+=("$out/partial/$(printf %04d "$g").ndjson"); else missing+=("$g"); fi
done
if [ ${#missing[@]} -gt 0 ]; then
  list=$(IFS=,; echo "${missing[*]}")
  echo "merge: FAILED: groups not merged: $list. Resubmit them with" >&2
  echo "  sbatch --array=$list $out/jobs/partial.sbatch (their logs say which shards to redo first)," >&2
  echo "  then sbatch $out/jobs/merge.sbatch, or run tools/slurm/submit again with the same arguments." >&2
  exit 1
fi
'''

MERGE = r'''for spec in %s; do
  fmt=${spec%%%%:*} name=${spec#*:}
  rc=0
  "$bin" merge -q --"$fmt" "${gaz[@]}" "${files[@]}" -o "$out/$name" || rc=$?
  case $rc in
    0) echo "merge: wrote $out/$name" ;;
    2) echo "merge: wrote $out/$name; lines above were skipped" >&2 ;;
    *) echo "merge: FAILED: diplograph merge --$fmt exited $rc" >&2; exit "$rc" ;;
  esac
done
echo "${SLURM_JOB_ID:-none}" > "$out/jobs/merge.ok.tmp"
mv "$out/jobs/merge.ok.tmp" "$out/jobs/merge.ok"
echo "merge: done: the outputs are in $out/ (%s)"
'''


def write_extract(o, sbatch_args):
    date = '--date %s ' % q(o.date) if o.date else ''
    head = header('dg-extract', os.path.join(o.out, 'logs', 'extract-%A-%a.log'), sbatch_args,
                  ['--array=1-%d' % o.nshards, '--cpus-per-task=%d' % o.cpus])
    body = common(o, 'one shard of the corpus per array task; resubmit shard K alone with '
                     'sbatch --array=K ' + os.path.join(o.out, 'jobs', 'extract.sbatch'))
    return write(os.path.join(o.out, 'jobs', 'extract.sbatch'), head + body + EXTRACT % (o.cpus, o.cpus, date))


def write_partial(o, sbatch_args):
    """The partial merges of the tree (--merge-groups): one task per group."""
    head = header('dg-partial', os.path.join(o.out, 'logs', 'partial-%A-%a.log'), sbatch_args,
                  ['--array=1-%d' % o.groups])
    body = common(o, 'one partial merge per group of shards (diplograph merge --partial); resubmit group G '
                     'alone with sbatch --array=G ' + os.path.join(o.out, 'jobs', 'partial.sbatch'))
    return write(os.path.join(o.out, 'jobs', 'partial.sbatch'),
                 head + body + SHARD_DONE + GROUP % (o.nshards, o.groups) + PARTIAL)


def write_merge(o, sbatch_args):
    head = header('dg-merge', os.path.join(o.out, 'logs', 'merge-%j.log'), sbatch_args)
    if o.groups:
        body = common(o, 'the last merge: the partial merges of the groups into the outputs')
        collect = GROUP % (o.nshards, o.groups) + COLLECT_GROUPS
    else:
        body = common(o, 'the merge of the extract shards into the outputs')
        collect = SHARD_DONE + COLLECT_SHARDS % o.nshards
    specs = ' '.join(q('%s:%s' % (f, n)) for f, n in o.outputs)
    names = ', '.join(n for _, n in o.outputs)
    return write(os.path.join(o.out, 'jobs', 'merge.sbatch'), head + body + collect + MERGE % (specs, names))
