#!/usr/bin/env python3
"""Growth check (issue 18): every stage is linear (or n log n) in the size of
its input. Each shape is run at size N and at 4N in the same run, and the
ratio of the CPU times (user + system of the child, the best of three runs)
must stay under LIMIT: linear work gives about 4, quadratic 16. This is a
benchmark-style comparison, not a timed test: no absolute time is asserted.

Shapes (all invented text):
  numbers-dot/colon/slash  one article holding a long run "1.1.1.1..." (the
                           date scanner read it again from each digit)
  sentences                one article of many sentences, each a meeting of
                           two named ministers (person interning, merge
                           fitting, analysis: each scanned all the others)
  sentences-graphml        the same through the full view and GraphML
  sentences-extract        the same article through extract alone
  discussions-extract      ... told as "discussed", every fifth a phone call
                           (the pass that makes them calls: extract/modes.c)
  sentences-stats          ... through the analysis (--stats: degree, betweenness)
  sentences-svg            ... through the escalation diagram
  sentences-report         ... through the HTML report (its tables scanned every
                           meeting per person, and every actor per row)
  extract-merge            the same article's extraction line merged
The cost of starting the program (loading the gazetteer: the cost of a
one-line article) is taken off both times first, so that a fixed cost does
not hide growth. The sizes are those where the old quadratic code showed
(10,000 sentences: 2.5 s, 40,000: 32 s); the drawn shapes are smaller.
usage: growth.py DIPLOGRAPH"""
import os, random, resource, shutil, subprocess, sys, tempfile

LIMIT = float(os.environ.get("DG_GROWTH_LIMIT", "6.5"))
SCALE = float(os.environ.get("DG_GROWTH_SCALE", "1"))  # sizes times SCALE
DG = sys.argv[1]


def number_run(sep, n):
    return "Kenya met Chile on " + ("1" + sep) * n + "1.\n"


def sentences(n):
    rnd = random.Random(7)
    dem = ["Chilean", "Peruvian", "Kenyan", "Norwegian", "Thai", "Ghanaian", "Bolivian", "Finnish",
           "Uruguayan", "Nepali", "Malian", "Estonian"]
    syl = ["ka", "lo", "mi", "ra", "te", "vo", "su", "ne", "da", "pi", "go", "ze"]
    name = lambda: " ".join("".join(rnd.choice(syl) for _ in range(3)).capitalize() for _ in range(2))
    months = ["January", "February", "March", "April", "May", "June", "July", "August"]
    out = []
    for i in range(n):
        a, b = rnd.sample(dem, 2)
        out.append(f"{a} Foreign Minister {name()} met {b} Foreign Minister {name()} "
                   f"on {1 + i % 28} {months[i % 8]} {2001 + i % 20}.")
    return " ".join(out) + "\n"


# Every run on one CPU: the CPUs of a virtual machine may run at different
# speeds (seen: 1.5x between the two vCPUs of one VM), and a ratio of runs
# on different ones would measure that, not the program.
PIN = ["taskset", "-c", str(min(os.sched_getaffinity(0)))] if shutil.which("taskset") else []
if PIN and subprocess.run(PIN + ["true"], capture_output=True).returncode != 0:
    PIN = []  # taskset present but not allowed here: unpinned


def discussions(n):
    """Sentences of meetings told in words of no mode ("discussed"), every
    fifth a phone call of the same pair: the pass that makes them the
    article's calls (extract/modes.c) looks the calls up, never scans them."""
    base = sentences(n).replace(" met ", " discussed trade with ").split(". ")
    for i in range(0, len(base), 5):
        base[i] = base[i].replace(" discussed trade with ", " spoke by phone with ")
    return ". ".join(base)


def cpu(cmd, stdin=None):
    best = None
    cmd = PIN + cmd
    for _ in range(3):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        with open(stdin or os.devnull, "rb") as f:
            r = subprocess.run(cmd, stdin=f, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if r.returncode != 0:
            sys.exit(f"FAIL: {' '.join(cmd)}: exit {r.returncode}: {r.stderr.decode()[:300]}")
        t = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        best = t if best is None else min(best, t)
    return best


def main():
    tmp = tempfile.mkdtemp()
    base = [DG, "-q", "--date", "2024-01-01"]
    shapes = [
        ("numbers-dot", lambda n: number_run(".", n), 600000, lambda f: base + [f]),
        ("numbers-colon", lambda n: number_run(":", n), 600000, lambda f: base + [f]),
        ("numbers-slash", lambda n: number_run("/", n), 600000, lambda f: base + [f]),
        ("sentences", sentences, 10000, lambda f: base + [f]),
        ("sentences-graphml", sentences, 1500, lambda f: base + ["--graphml", f]),
        ("sentences-extract", sentences, 10000, lambda f: [DG, "extract", "-q", "--date", "2024-01-01", f]),
        ("discussions-extract", discussions, 10000, lambda f: [DG, "extract", "-q", "--date", "2024-01-01", f]),
        ("sentences-stats", sentences, 5000, lambda f: base + ["--stats", f]),
        ("sentences-svg", sentences, 1500, lambda f: base + ["--svg", f]),
        ("sentences-report", sentences, 1500, lambda f: base + ["--report", f]),
    ]
    tiny = os.path.join(tmp, "tiny.txt")
    with open(tiny, "w") as f:
        f.write("Kenya met Chile.\n")
    failed = 0
    for name, gen, n, cmd in shapes:
        n = int(n * SCALE)
        start = cpu(cmd(tiny))
        times = []
        for size in (n, 4 * n):
            path = os.path.join(tmp, f"{name}-{size}.txt")
            with open(path, "w") as f:
                f.write(gen(size))
            times.append(cpu(cmd(path)) - start)
        failed += report(name, n, times)
    # extract then merge: the merge of one large extraction line
    subprocess.run([DG, "extract", "-q", "--date", "2024-01-01", "-o", tiny + ".ndjson", tiny], check=True)
    start = cpu([DG, "merge", "-q", tiny + ".ndjson"])
    times = []
    for size in (int(10000 * SCALE), int(40000 * SCALE)):
        path = os.path.join(tmp, f"merge-{size}.txt")
        with open(path, "w") as f:
            f.write(sentences(size))
        lines = os.path.join(tmp, f"merge-{size}.ndjson")
        subprocess.run([DG, "extract", "-q", "--date", "2024-01-01", "-o", lines, path], check=True)
        times.append(cpu([DG, "merge", "-q", lines]) - start)
    failed += report("extract-merge", int(10000 * SCALE), times)
    for f in os.listdir(tmp):
        os.unlink(os.path.join(tmp, f))
    os.rmdir(tmp)
    sys.exit(1 if failed else 0)


def report(name, n, times):
    t1, t4 = max(times[0], 0.01), max(times[1], 0.01)
    ratio = t4 / t1
    ok = ratio <= LIMIT
    print(f"{'ok' if ok else 'FAIL'}: {name}: N={n} {t1:.2f} s, 4N {t4:.2f} s (less the start), ratio {ratio:.1f} (limit {LIMIT})")
    return 0 if ok else 1


main()
