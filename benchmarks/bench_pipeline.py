"""Benchmark newslib's pipeline at corpus scale against one plain VADER pass (issue 9).

Run from the repository root::

    python benchmarks/bench_pipeline.py                       # 1,000, 5,000 and 10,000 articles
    python benchmarks/bench_pipeline.py --quick               # a smoke run on 100 and 200 articles
    python benchmarks/bench_pipeline.py --suite               # also time the whole test suite

For each size it writes a synthetic corpus (:mod:`synthetic`) into a temporary folder and times, each in
a fresh process so that the peak memory belongs to that stage alone: loading and cleaning
(``load_corpus``), statements, stance, sentiment (``score_sentences``), a plain VADER pass over every
sentence (the floor the other stages are compared with), and the command line ``python -m newslib
statements DIR --format csv`` with ``--jobs 1`` and ``--jobs 2`` (whose outputs must hash the same).
Inputs a stage needs (the loaded corpus, the statements) are prepared before its clock starts.

It prints a Markdown report on stdout, a progress line per stage on stderr, and writes the report to
``--out`` (``benchmarks/RESULTS.md`` unless ``--quick``).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import datetime, timezone
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:  # run as a script from a fresh clone, newslib not installed
    sys.path.insert(0, str(REPO))

#: In-process stages, in pipeline order; each runs in its own process.
STAGES = ("load", "statements", "stance", "sentiment", "vader")
LABELS = {"load": "load + clean", "statements": "statements", "stance": "stance",
          "statements+stance": "statements + stance", "sentiment": "sentiment (VADER + AFINN)",
          "vader": "plain VADER (floor)", "cli1": "CLI --jobs 1", "cli2": "CLI --jobs 2"}
ROWS = ("load", "statements", "stance", "statements+stance", "sentiment", "vader", "cli1", "cli2")
# The targets of issue 9.
MAX_STANCE_VS_VADER, MAX_DOUBLING, MAX_CLI_RSS_MB, MIN_SPEEDUP = 1.0, 2.2, 1024, 1.7
MAX_IMPORT_S, MAX_SUITE_S, MAX_SUITE_VS_FLOOR = 0.5, 90.0, 1.5


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH", "")) if p)
    env.setdefault("PYTHONHASHSEED", "0")
    return env


def _peak_rss_mb(who: int = 0) -> float:
    import resource

    return resource.getrusage(who or resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux


# ---------------------------------------------------------------------------------------------------
# What runs inside a child process.

def _sentence_texts(corpus) -> list[str]:
    from newslib.sentences import sentences

    return [s.sentence for paragraphs in corpus["paragraphs"] for p in paragraphs for s in sentences(p)]


class _Clock:
    """Wall and CPU time of a ``with`` block."""

    def __enter__(self) -> "_Clock":
        self._wall, self._cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc) -> None:
        self.times = {"seconds": time.perf_counter() - self._wall, "cpu_seconds": time.process_time() - self._cpu}


def run_stage(stage: str, folder: Path) -> dict:
    """Time one stage on the corpus in ``folder``, its inputs prepared first; return what was measured."""
    import pandas  # noqa: F401  (every stage needs it: imported before any clock starts)

    import newslib as nl

    if stage == "load":
        with _Clock() as clock:
            corpus = nl.load_corpus(folder)
        return {**clock.times, "articles": len(corpus), "paragraphs": int(corpus["n_paragraphs"].sum()),
                "words": int(corpus["n_words"].sum())}
    corpus = nl.load_corpus(folder)
    if stage == "statements":
        with _Clock() as clock:
            table = nl.statements(corpus)
        return {**clock.times, "statements": len(table)}
    if stage == "stance":
        try:
            from newslib.stance import add_stance
        except ImportError as err:
            return {"status": "not available", "note": str(err)}
        table = nl.statements(corpus)
        with _Clock() as clock:
            add_stance(table, corpus)
        return clock.times
    if stage == "sentiment":
        with _Clock() as clock:
            scores = nl.score_sentences(corpus)
        return {**clock.times, "sentences": len(scores)}
    if stage == "vader":
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

        texts = _sentence_texts(corpus)
        analyzer = SentimentIntensityAnalyzer()
        with _Clock() as clock:
            for text in texts:
                analyzer.polarity_scores(text)
        return {**clock.times, "sentences": len(texts)}
    raise ValueError(f"unknown stage {stage!r}")


def _sample_tree_rss(pid: int, peak: list[float], done: threading.Event) -> None:
    """Keep ``peak[0]`` at the largest summed RSS (MB) of a process and its children, sampled."""
    try:
        import psutil
    except ImportError:
        return
    try:
        root = psutil.Process(pid)
    except psutil.Error:
        return
    while not done.is_set():
        try:
            total = sum(p.memory_info().rss for p in (root, *root.children(recursive=True)))
        except psutil.Error:
            total = 0
        peak[0] = max(peak[0], total / 2**20)
        done.wait(0.05)


def run_cli(jobs: int, folder: Path) -> dict:
    """Run ``python -m newslib statements FOLDER --format csv --jobs N``; time it, hash its output."""
    command = [sys.executable, "-m", "newslib", "statements", str(folder), "--format", "csv", "--jobs", str(jobs)]
    digest, lines, tree, done, stderr = hashlib.sha256(), 0, [0.0], threading.Event(), []
    start = time.perf_counter()
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=_env(), cwd=REPO) as proc:
        sampler = threading.Thread(target=_sample_tree_rss, args=(proc.pid, tree, done), daemon=True)
        sampler.start()
        errors = threading.Thread(target=lambda: stderr.append(proc.stderr.read()), daemon=True)
        errors.start()
        for chunk in iter(lambda: proc.stdout.read(1 << 16), b""):
            digest.update(chunk)
            lines += chunk.count(b"\n")
        proc.wait()
        seconds = time.perf_counter() - start
        done.set()
        errors.join()
    if proc.returncode != 0:
        tail = b"".join(stderr).decode("utf-8", "replace").strip().splitlines()[-1:]
        return {"status": f"failed (exit {proc.returncode}): {' '.join(tail)}"}
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)  # the CLI and, through it, its workers
    return {"seconds": seconds, "cpu_seconds": usage.ru_utime + usage.ru_stime, "sha256": digest.hexdigest(),
            "statements": max(lines - 1, 0), "peak_rss_mb": _peak_rss_mb(resource.RUSAGE_CHILDREN),
            "tree_rss_mb": tree[0] or None}


def run_notebook_floor(repeats: int) -> dict:
    """Time a fresh kernel that only imports what the notebooks import (median of ``repeats``)."""
    import nbformat
    from nbclient import NotebookClient

    times = []
    for _ in range(repeats):
        nb = nbformat.v4.new_notebook()
        nb.cells.append(nbformat.v4.new_code_cell("import newslib as nl, pandas, matplotlib.pyplot"))
        start = time.perf_counter()
        NotebookClient(nb, timeout=120, kernel_name="python3").execute(stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return {"seconds": statistics.median(times), "all": times}


def child_main(args: argparse.Namespace) -> int:
    """Measure one thing and print it as one JSON line (this process is the measured one)."""
    os.environ.update(_env())
    if args.stage:
        result = run_stage(args.stage, Path(args.corpus))
        result.setdefault("peak_rss_mb", _peak_rss_mb())
    elif args.cli:
        result = run_cli(args.cli, Path(args.corpus))
    else:
        result = run_notebook_floor(args.repeats)
    result.setdefault("status", "ok")
    print(json.dumps(result))
    return 0


# ---------------------------------------------------------------------------------------------------
# The parent: corpora, children, report.

def _progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _child(*options: str) -> dict:
    command = [sys.executable, str(Path(__file__).resolve()), *options]
    done = subprocess.run(command, capture_output=True, text=True, env=_env(), cwd=REPO)
    if done.returncode != 0:
        last = done.stderr.strip().splitlines()[-1:] or ["no message"]
        return {"status": f"failed (exit {done.returncode}): {last[0]}"}
    return json.loads(done.stdout.strip().splitlines()[-1])


def _best(runs: list[dict], key: str = "seconds") -> dict:
    """The fastest of repeated runs by ``key``, with the largest memory seen in any of them."""
    done = [r for r in runs if _ok(r)]
    if len(done) < len(runs):
        return next(r for r in runs if not _ok(r))
    best = dict(min(done, key=lambda r: r[key]))
    for key in ("peak_rss_mb", "tree_rss_mb"):
        best[key] = max((r[key] for r in done if r.get(key) is not None), default=None)
    best["runs"] = [r["seconds"] for r in done]
    return best


def measure_size(n: int, folder: Path, seed: int, cli_repeats: int, stage_repeats: int = 1) -> dict:
    """Write an ``n``-article corpus and measure every stage and the CLI on it.

    Each in-process stage runs ``stage_repeats`` times, the stages alternated so that all see the same spells
    of other work, and the run with the least CPU time is kept (noise only ever adds time).
    """
    from benchmarks.synthetic import write_corpus

    _progress(f"[{n} articles] writing the corpus ...")
    start = time.perf_counter()
    write_corpus(folder, n, seed)
    results: dict[str, dict] = {"generate": {"seconds": time.perf_counter() - start}}
    stage_runs: dict[str, list[dict]] = {stage: [] for stage in STAGES}
    for repeat in range(1, stage_repeats + 1):
        for stage in STAGES:
            of = f", run {repeat} of {stage_repeats}" if stage_repeats > 1 else ""
            _progress(f"[{n} articles] {LABELS[stage]}{of} ...")
            stage_runs[stage].append(_child("--stage", stage, "--corpus", str(folder)))
            _progress(f"[{n} articles] {LABELS[stage]}: {_describe(stage_runs[stage][-1])}")
    results.update({stage: _best(found, "cpu_seconds") for stage, found in stage_runs.items()})
    runs: dict[str, list[dict]] = {"cli1": [], "cli2": []}
    for repeat in range(1, cli_repeats + 1):  # alternated, so both see the same spells of other work
        for jobs in (1, 2):
            key = f"cli{jobs}"
            _progress(f"[{n} articles] {LABELS[key]}, run {repeat} of {cli_repeats} ...")
            runs[key].append(_child("--cli", str(jobs), "--corpus", str(folder)))
            _progress(f"[{n} articles] {LABELS[key]}: {_describe(runs[key][-1])}")
    results.update({key: _best(found) for key, found in runs.items()})
    if _ok(results["statements"]) and _ok(results["stance"]):
        results["statements+stance"] = {
            "status": "ok", "seconds": results["statements"]["seconds"] + results["stance"]["seconds"],
            "cpu_seconds": results["statements"]["cpu_seconds"] + results["stance"]["cpu_seconds"],
            "peak_rss_mb": max(results["statements"]["peak_rss_mb"], results["stance"]["peak_rss_mb"])}
    else:
        results["statements+stance"] = {"status": results["stance"].get("status", "not available")}
    return results


def _ok(result: dict | None) -> bool:
    return bool(result) and result.get("status") == "ok" and result.get("seconds") is not None


def _describe(result: dict) -> str:
    if not _ok(result):
        return result.get("status", "not measured")
    return f"{result['seconds']:.2f} s, peak {result.get('peak_rss_mb', 0):.0f} MB"


def _median_run(code: str, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, env=_env(), cwd=REPO)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def measure_import(repeats: int = 7) -> dict:
    """``import newslib`` in a fresh interpreter, minus the bare interpreter's start (medians)."""
    _progress("import newslib ...")
    bare = _median_run("pass", repeats)
    full = _median_run("import newslib", repeats)
    heavy = subprocess.run([sys.executable, "-c", "import sys, newslib; print(' '.join(sorted(m for m in "
                            "('pandas', 'numpy', 'sklearn', 'matplotlib', 'nltk', 'vaderSentiment', 'afinn') "
                            "if m in sys.modules)))"], capture_output=True, text=True, env=_env(), cwd=REPO)
    result = {"seconds": max(full - bare, 0.0), "bare": bare, "heavy": heavy.stdout.split()}
    _progress(f"import newslib: {result['seconds']:.3f} s")
    return result


def _suite_parts(junit: Path) -> dict:
    """Seconds spent in unit tests and in notebook cells, from pytest's JUnit XML report."""
    import xml.etree.ElementTree as ET

    parts = {"unit_seconds": 0.0, "notebook_seconds": 0.0}
    if not junit.exists():
        return parts
    for case in ET.parse(junit).iter("testcase"):
        where = case.get("classname", "") + case.get("file", "")
        kind = "notebook_seconds" if "ipynb" in where or where.startswith("notebooks") else "unit_seconds"
        parts[kind] += float(case.get("time", 0))
    return parts


def measure_suite() -> dict:
    """The whole test suite (``python -m pytest`` from the root) and its floor: notebooks × kernel start."""
    notebooks = sorted(REPO.glob("notebooks/*.ipynb")) + sorted(REPO.glob("notebooks/solutions/*.ipynb"))
    _progress(f"notebook floor: a kernel start plus imports, {len(notebooks)} notebooks ...")
    floor = _child("--notebook-floor", "--repeats", "3")
    _progress("test suite: python -m pytest ...")
    with tempfile.TemporaryDirectory() as tmp:
        junit = Path(tmp) / "junit.xml"
        start = time.perf_counter()
        done = subprocess.run([sys.executable, "-m", "pytest", "-q", f"--junitxml={junit}"], capture_output=True,
                              text=True, env=_env(), cwd=REPO)
        seconds = time.perf_counter() - start
        parts = _suite_parts(junit)
    summary = (done.stdout.strip().splitlines() or [""])[-1].strip("= ")
    _progress(f"test suite: {seconds:.1f} s ({summary})")
    return {"seconds": seconds, "summary": summary, "exit": done.returncode, "notebooks": len(notebooks), **parts,
            "kernel": floor.get("seconds"), "floor": len(notebooks) * floor["seconds"] if _ok(floor) else None}


def measure(sizes: list[int], seed: int, suite: bool, workdir: Path | None, cli_repeats: int,
            stage_repeats: int = 1) -> dict:
    """Everything the report needs."""
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="newslib-bench-", dir=workdir) as tmp:
        by_size = {n: measure_size(n, Path(tmp) / f"corpus_{n}", seed, cli_repeats, stage_repeats) for n in sizes}
    data = {"sizes": by_size, "import": measure_import(), "suite": measure_suite() if suite else None}
    data["load"] = (load_before, os.getloadavg()[0])
    return data


# ---------------------------------------------------------------------------------------------------
# The report.

def machine(load: tuple[float, float]) -> list[tuple[str, str]]:
    """Platform, CPU model, cores, memory, Python and the commit measured."""
    cpu, ram = platform.processor() or "unknown", "unknown"
    try:
        info = Path("/proc/cpuinfo").read_text()
        cpu = next(line.split(":", 1)[1].strip() for line in info.splitlines() if line.startswith("model name"))
        kb = next(int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines()
                  if line.startswith("MemTotal"))
        ram = f"{kb / 2**20:.1f} GB"
    except (OSError, StopIteration):
        pass
    commit = subprocess.run(["git", "describe", "--always", "--dirty"], capture_output=True, text=True,
                            cwd=REPO).stdout.strip() or "unknown"
    return [("Platform", platform.platform()), ("CPU", f"{cpu}, {os.cpu_count()} cores"), ("RAM", ram),
            ("Python", platform.python_version()), ("newslib", f"commit {commit}"),
            ("Load average (1 min)", f"{load[0]:.2f} before, {load[1]:.2f} after: other work on the machine "
                                     "slows the wall times; *CPU (s)* does not count it")]


def _fmt(value: float | None, digits: int = 2) -> str:
    return "—" if value is None else f"{value:,.{digits}f}"


def _ratio(a: dict | None, b: dict | None, key: str = "seconds") -> float | None:
    if not (_ok(a) and _ok(b)) or a.get(key) is None or not b.get(key):
        return None
    return a[key] / b[key]


def _doubling(result: dict, half: dict | None) -> str:
    wall, cpu = _ratio(result, half), _ratio(result, half, "cpu_seconds")
    return "—" if wall is None else f"{_fmt(wall)} ({_fmt(cpu)})"


def stage_table(data: dict) -> list[str]:
    """One row per size and stage: time, rates, peak memory, multiple of VADER, doubling ratio."""
    lines = ["| Articles | Stage | Time (s) | CPU (s) | Articles/s | Sentences/s | Peak RSS (MB) | × VADER "
             "| ÷ half the articles: wall (CPU) |",
             "|---:|---|---:|---:|---:|---:|---:|---:|---:|"]
    for n, results in data["sizes"].items():
        sentences = results["vader"].get("sentences")
        half = data["sizes"].get(n // 2) if n % 2 == 0 else None
        for key in ROWS:
            r = results.get(key, {})
            if not _ok(r):
                lines.append(f"| {n:,} | {LABELS[key]} | {r.get('status', 'not measured')} | | | | | | |")
                continue
            memory = _fmt(r.get("peak_rss_mb"), 0)
            if r.get("tree_rss_mb"):
                memory += f" (all processes {r['tree_rss_mb']:,.0f})"
            lines.append(f"| {n:,} | {LABELS[key]} | {_fmt(r['seconds'])} | {_fmt(r.get('cpu_seconds'))} "
                         f"| {_fmt(n / r['seconds'], 0)} "
                         f"| {_fmt(sentences / r['seconds'], 0) if sentences else '—'} | {memory} "
                         f"| {_fmt(_ratio(r, results['vader']))} "
                         f"| {_doubling(r, half.get(key) if half else None)} |")
    return lines


def _target(name: str, measured: str, met: bool | None) -> str:
    verdict = "not measured" if met is None else ("met" if met else "**missed**")
    return f"| {name} | {measured} | {verdict} |"


def target_table(data: dict) -> list[str]:
    """The issue's targets, each with the measured value and met or missed."""
    n = max(data["sizes"])
    big = data["sizes"][n]
    rows = ["| Target | Measured | Verdict |", "|---|---|---|"]
    combined = _ratio(big["statements+stance"], big["vader"], "cpu_seconds")
    alone, alone_wall = _ratio(big["statements"], big["vader"], "cpu_seconds"), _ratio(big["statements"], big["vader"])
    rows.append(_target(f"statements + stance ≤ {MAX_STANCE_VS_VADER}× one VADER pass, CPU time ({n:,} articles)",
                        f"{_fmt(combined)}× (wall {_fmt(_ratio(big['statements+stance'], big['vader']))}×; "
                        f"statements alone {_fmt(alone)}×)" if combined is not None
                        else f"stance not available; statements alone {_fmt(alone)}× (wall {_fmt(alone_wall)}×)",
                        None if combined is None else combined <= MAX_STANCE_VS_VADER))
    half = data["sizes"].get(n // 2)
    doubling = {k: (_ratio(big.get(k), half.get(k), "cpu_seconds"), _ratio(big.get(k), half.get(k)))
                for k in ROWS} if half else {}
    doubling = {k: v for k, v in doubling.items() if None not in v}
    if doubling:
        worst = max(doubling, key=lambda k: doubling[k][0])
        worst_wall = max(doubling, key=lambda k: doubling[k][1])
        rows.append(_target(f"doubling the articles ≤ {MAX_DOUBLING}× the CPU time ({n // 2:,} → {n:,})",
                            f"worst {_fmt(doubling[worst][0])}× ({LABELS[worst]}); wall time: worst "
                            f"{_fmt(doubling[worst_wall][1])}× ({LABELS[worst_wall]})",
                            doubling[worst][0] <= MAX_DOUBLING))
    else:
        rows.append(_target(f"doubling the articles ≤ {MAX_DOUBLING}× the time", "no pair of sizes n, 2n", None))
    cli = [big[k] for k in ("cli1", "cli2") if _ok(big[k])]
    peak = max((r.get("tree_rss_mb") or r["peak_rss_mb"] for r in cli), default=None)
    rows.append(_target(f"CLI peak memory ≤ {MAX_CLI_RSS_MB / 1024:.0f} GB ({n:,} articles, all processes)",
                        f"{_fmt(peak, 0)} MB", None if peak is None else peak <= MAX_CLI_RSS_MB))
    speedup = _ratio(big["cli1"], big["cli2"])
    same = _ok(big["cli1"]) and _ok(big["cli2"]) and big["cli1"]["sha256"] == big["cli2"]["sha256"]
    rows.append(_target(f"`--jobs 2` ≥ {MIN_SPEEDUP}× faster than `--jobs 1`, identical output ({n:,} articles)",
                        f"{_fmt(speedup)}×, output {'identical' if same else 'DIFFERENT'} (CPU time of all "
                        f"processes: {_fmt(big['cli1'].get('cpu_seconds'), 1)} s with 1 job, "
                        f"{_fmt(big['cli2'].get('cpu_seconds'), 1)} s with 2)",
                        None if speedup is None else speedup >= MIN_SPEEDUP and same))
    imp = data["import"]
    heavy = ", ".join(imp["heavy"]) or "none"
    rows.append(_target(f"`import newslib` < {MAX_IMPORT_S} s", f"{_fmt(imp['seconds'], 3)} s "
                        f"(heavy modules loaded: {heavy})", imp["seconds"] < MAX_IMPORT_S))
    suite = data["suite"]
    if suite is None:
        rows.append(_target(f"test suite < {MAX_SUITE_S:.0f} s and ≤ {MAX_SUITE_VS_FLOOR}× its floor",
                            "run with `--suite`", None))
    else:
        vs_floor = suite["seconds"] / suite["floor"] if suite["floor"] else None
        rows.append(_target(f"test suite < {MAX_SUITE_S:.0f} s", f"{_fmt(suite['seconds'], 1)} s wall; test time summed over "
                            f"the pytest workers: unit tests {_fmt(suite['unit_seconds'], 1)} s, notebooks "
                            f"{_fmt(suite['notebook_seconds'], 1)} s ({suite['summary']})", suite["seconds"] < MAX_SUITE_S))
        rows.append(_target(f"test suite ≤ {MAX_SUITE_VS_FLOOR}× its floor",
                            f"{_fmt(vs_floor)}× (floor {_fmt(suite['floor'], 1)} s = {suite['notebooks']} notebooks "
                            f"× {_fmt(suite['kernel'])} s for a kernel start and the imports)",
                            None if vs_floor is None else vs_floor <= MAX_SUITE_VS_FLOOR))
    return rows


def corpus_line(data: dict, seed: int) -> str:
    n = max(data["sizes"])
    load, vader = data["sizes"][n]["load"], data["sizes"][n]["vader"]
    if not (_ok(load) and _ok(vader)):
        return f"Synthetic articles from `benchmarks/synthetic.py`, seed {seed}."
    return (f"Synthetic articles from `benchmarks/synthetic.py`, seed {seed}: at {n:,} articles, "
            f"{load['paragraphs'] / n:.1f} paragraphs, {load['words'] / n:.0f} words and "
            f"{vader['sentences'] / n:.1f} sentences per article.")


def report(data: dict, command: str, seed: int) -> str:
    """The Markdown report: date, machine, corpus, the stage table, the targets, how it was measured."""
    lines = ["# Benchmark results", "",
             f"Measured on {datetime.now(timezone.utc):%Y-%m-%d} with `{command}`.", "",
             "## Machine", "", "| | |", "|---|---|", *(f"| {k} | {v} |" for k, v in machine(data["load"])), "",
             "## Corpus", "", corpus_line(data, seed), "",
             "## Stages", "", *stage_table(data), "",
             "## Targets (issue 9)", "", *target_table(data), "",
             "## How it is measured", "",
             "- Each stage runs in a fresh process (with `--stage-repeats N`, N times, the stages alternated, and "
             "the run with the least CPU time kept) that imports pandas and prepares its input first (the loaded "
             "corpus; for stance also the statements), then times only the stage, one-off set-up such as reading "
             "the registry or the lexicons included; *Peak RSS* is that process's maximum resident memory, "
             "input included. *CPU (s)* is the process's CPU time over the same span (for the CLI: all its "
             "processes).",
             "- *plain VADER* is `SentimentIntensityAnalyzer().polarity_scores` over every sentence "
             "(`newslib.sentences`) of the same corpus, analyser built before the clock starts; *× VADER* "
             "divides a stage's time by it. *Sentences/s* counts those same sentences for every stage.",
             "- *statements + stance* adds the two stages' times. *CLI* is `python -m newslib statements DIR "
             "--format csv` with its start-up, timed from outside: the fastest of `--cli-repeats` runs, "
             "`--jobs 1` and `--jobs 2` alternated; its peak RSS is the largest single process (`getrusage`), "
             "and *all processes* sums the CLI and its workers, sampled every 50 ms.",
             "- The last column divides the time by the time at half as many articles (linear scaling gives 2.00).",
             "- The verdicts on *× VADER* and on doubling use CPU time, which work by other programs on the machine "
             "does not inflate (for a one-process stage it is the wall time of an idle machine); wall times are "
             "given beside them. The `--jobs 2` speed-up can only be a wall-time measure: it needs two idle cores.",
             ""]
    return "\n".join(lines)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description="Benchmark newslib's pipeline against one plain VADER pass.")
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 10000], metavar="N",
                        help="corpus sizes in articles (default: 1000 5000 10000)")
    parser.add_argument("--quick", action="store_true", help="a smoke run on 100 and 200 articles")
    parser.add_argument("--out", type=Path, help="where to write the report "
                                                 "(default: benchmarks/RESULTS.md, nothing with --quick)")
    parser.add_argument("--suite", action="store_true", help="also time the whole test suite (slow)")
    parser.add_argument("--seed", type=int, default=2012, help="the corpus seed (default: 2012)")
    parser.add_argument("--cli-repeats", type=int, default=2, metavar="N",
                        help="runs of each CLI command, the fastest reported (default: 2)")
    parser.add_argument("--stage-repeats", type=int, default=1, metavar="N",
                        help="runs of each in-process stage, alternated, the least CPU time reported (default: 1)")
    parser.add_argument("--workdir", type=Path, help="where the temporary corpora go (default: the system's)")
    # One measurement in this process, for the parent; not for people.
    parser.add_argument("--stage", choices=STAGES, help=argparse.SUPPRESS)
    parser.add_argument("--cli", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--notebook-floor", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--corpus", help=argparse.SUPPRESS)
    parser.add_argument("--repeats", type=int, default=3, help=argparse.SUPPRESS)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.stage or args.cli or args.notebook_floor:
        return child_main(args)
    sizes = [100, 200] if args.quick else sorted(set(args.sizes))
    out = args.out or (None if args.quick else REPO / "benchmarks" / "RESULTS.md")
    command = " ".join(["python benchmarks/bench_pipeline.py", *(argv if argv is not None else sys.argv[1:])])
    if args.cli_repeats < 1 or args.stage_repeats < 1:
        print("error: --cli-repeats and --stage-repeats: expected a whole number of 1 or more", file=sys.stderr)
        return 2
    data = measure(sizes, args.seed, args.suite, args.workdir, args.cli_repeats, args.stage_repeats)
    text = report(data, command.strip(), args.seed)
    sys.stdout.write(text)
    if out is not None:
        out.write_text(text, encoding="utf-8")
        _progress(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
