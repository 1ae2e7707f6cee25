"""The plan of tools/slurm/submit: which articles each extract task reads.

A unit is one article file (from a directory, the command line or a manifest)
or one NDJSON file; units are never split. Shards are balanced by bytes: the
largest unit first, each into the lightest shard so far. Paths are made
absolute the way diplograph joins them (a directory's path, '/', the file's
name; a manifest's folder, '/', the entry's path), so the graph records the
paths a run over the absolute inputs would."""
import hashlib
import json
import os
import sys


def is_ndjson(name):
    return name.endswith('.ndjson') or name.endswith('.jsonl')


def size_of(path):
    try:
        return os.stat(path).st_size
    except OSError:
        return 0  # a missing file: diplograph reports it in its task (exit 2), as a single run would


class Unit:
    def __init__(self, order, path, entry=None):
        self.order, self.path, self.size = order, path, size_of(path)
        self.ndjson = entry is None and is_ndjson(path)
        self.entry = entry if entry is not None else (None if self.ndjson else {'path': path})


def manifest_units(manifest, order):
    m = os.path.abspath(manifest)
    try:
        with open(m, encoding='utf-8') as f:
            docs = json.load(f)['documents']
    except (OSError, ValueError, KeyError, TypeError) as e:
        sys.exit('submit: %s: not a readable manifest (%s); diplograph gives the details' % (manifest, e))
    out = []
    for d in docs:
        p = d.get('path') if isinstance(d, dict) else None
        if not isinstance(p, str):
            sys.exit('submit: %s: an entry without a path' % manifest)
        entry = {k: d[k] for k in ('id', 'published', 'source') if k in d}
        entry['path'] = p if p.startswith('/') else os.path.dirname(m) + '/' + p
        out.append(Unit(order + len(out), entry['path'], entry))
    return out


def path_units(path, order):
    p = os.path.abspath(path)
    if not os.path.isdir(p):
        return [Unit(order, p)]
    names = sorted(n for n in os.listdir(p)
                   if not n.startswith('.') and (n.endswith('.txt') or is_ndjson(n)) and os.path.isfile(p + '/' + n))
    return [Unit(order + i, p + '/' + n) for i, n in enumerate(names)]


def units(inputs, manifest):
    out = manifest_units(manifest, 0) if manifest else []
    for path in inputs:
        out += path_units(path, len(out))
    for u in out:
        if '\n' in u.path:
            sys.exit('submit: a path with a newline: %r' % u.path)
    return out


def balance(units, n):
    n = min(n, len(units))
    shards, load = [[] for _ in range(n)], [0] * n
    for u in sorted(units, key=lambda u: (-u.size, u.order)):
        k = min(range(n), key=lambda i: (load[i], i))
        shards[k].append(u)
        load[k] += u.size
    return [sorted(s, key=lambda u: u.order) for s in shards]


def write_atomic(path, text):
    with open(path + '.tmp', 'w', encoding='utf-8') as f:
        f.write(text)
    os.replace(path + '.tmp', path)


def write(shards, folder, salt):
    """Shard k (from 1): NNNN.manifest.json (its article files), NNNN.ndjson.list
    (its NDJSON files) and NNNN.digest, which names this content and the
    options that change the extraction (salt). Returns the digests."""
    digests = []
    for k, shard in enumerate(shards, 1):
        base = os.path.join(folder, '%04d' % k)
        docs = [u.entry for u in shard if not u.ndjson]
        lists = [u.path for u in shard if u.ndjson]
        man = json.dumps({'documents': docs}, ensure_ascii=False, indent=0) + '\n' if docs else ''
        lst = ''.join(p + '\n' for p in lists)
        for suffix, text in (('.manifest.json', man), ('.ndjson.list', lst)):
            if text:
                write_atomic(base + suffix, text)
            elif os.path.exists(base + suffix):
                os.remove(base + suffix)
        h = hashlib.sha256('\0'.join((salt, man, lst)).encode('utf-8')).hexdigest()
        write_atomic(base + '.digest', h + '\n')
        digests.append(h)
    return digests


def is_done(out, k, digest):
    """Shard k's output is complete: its NDJSON (written atomically) and the
    digest the task copies after it, equal to this plan's."""
    base = os.path.join(out, 'extract', '%04d' % k)
    try:
        with open(base + '.done', encoding='utf-8') as f:
            return f.read().strip() == digest and os.path.isfile(base + '.ndjson')
    except OSError:
        return False


def groups(nshards, ngroups):
    """The merge tree's groups: shards first..last (from 1), consecutive and as
    even as the division allows; jobs/partial.sbatch computes the same."""
    return [((g - 1) * nshards // ngroups + 1, g * nshards // ngroups) for g in range(1, ngroups + 1)]


def group_done(out, g, digests, first, last):
    """Group g's partial merge is complete: its output, and the stamp the task
    writes after it (its shards' digests), equal to this plan's."""
    base = os.path.join(out, 'partial', '%04d' % g)
    stamp = ''.join(d + '\n' for d in digests[first - 1:last])
    try:
        with open(base + '.done', encoding='utf-8') as f:
            return f.read() == stamp and os.path.isfile(base + '.ndjson')
    except OSError:
        return False
