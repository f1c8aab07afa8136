"""Run the statement pipeline over many articles: streamed, in order, optionally in parallel.

The corpus is never held in memory: folders are listed, corpus files are read record by record, and each
worker reads, parses and analyses one article at a time and sends back only its rows. With several jobs
at most a few chunks of articles per worker are in flight, so neither the input nor the output piles up
when the reader of the output is slow. Results come back in input order, so ``--jobs 2`` prints exactly
what ``--jobs 1`` prints.
"""
from __future__ import annotations

import os
import signal
import sys
import warnings
from collections import deque
from concurrent.futures import Executor, ProcessPoolExecutor
from itertools import islice
from pathlib import Path
from typing import Callable, Iterable, Iterator, TypeVar

from .articles import Article, ArticleFormatError, folder_articles, iter_articles, load_article
from .errors import InputError
from .statements import STATEMENT_COLUMNS

__all__ = ["OUTPUT_COLUMNS", "article_rows", "iter_statement_rows", "ordered_map", "work_units", "workers"]

_REGISTRY = None  # one per worker process, set by _init_worker
_LEXICON = None   # the stance lexicon of the worker's debate pack
#: Articles sent to a worker at once, and chunks in flight per worker: enough to keep the workers busy
#: and amortise the pickling (the parent uses about 5% of the workers' CPU time), few enough that memory
#: stays flat and the last chunks balance over the workers.
CHUNK, CHUNKS_PER_WORKER = 16, 4
T = TypeVar("T")
R = TypeVar("R")


def work_units(sources: Iterable[str | Path]) -> Iterator[Path | Article | InputError]:
    """What the workers get: a ``.txt`` path (read in the worker) or an already parsed record.

    Folders are listed as :func:`newslib.articles.folder_articles` lists them; CSV/JSONL corpus files
    are parsed here, record by record. Two articles with one id are refused, as :func:`load_corpus`
    refuses them. An error in the input ends the units with the error itself, so that it is raised in
    its place, after the rows of every article before it, whatever the number of jobs.
    """
    seen: dict[str, str] = {}
    try:
        for source in sources:
            path = Path(source)
            if path.is_dir():
                for file in folder_articles(path):
                    _check_id(file.stem, str(file), seen)
                    yield file
            elif path.suffix.lower() in (".csv", ".jsonl"):
                for article in iter_articles(path):
                    _check_id(article.article_id, article.source, seen)
                    yield article
            elif path.is_file():
                _check_id(path.stem, str(path), seen)
                yield path
            else:
                load_article(path)               # raises the error for a missing path or a FIFO
    except InputError as err:
        yield err


def _check_id(article_id: str, source: str, seen: dict[str, str]) -> None:
    if article_id in seen:
        file, _, line = source.rpartition(":")
        file, line = (file, int(line)) if file and line.isdigit() else (source, 0)
        raise ArticleFormatError(file, line, f"expected unique article ids; {article_id!r} is also used "
                                             f"by {seen[article_id]}")
    seen[article_id] = source


#: The columns of the ``statements`` command: the statement columns, then the stance and its evidence.
OUTPUT_COLUMNS = (*STATEMENT_COLUMNS, "stance", "stance_evidence")


def article_rows(unit: Path | Article | InputError, registry=None, lexicon=None) -> list[dict]:
    """The statement rows of one article (a path or an :class:`Article`), with their stance, as dicts.

    Keys are :data:`OUTPUT_COLUMNS`. The stance is read from each statement's words and paragraph only
    (:func:`newslib.stance.stance_records`), never from its speaker or camp. ``registry`` and
    ``lexicon`` default to those of the packaged debate pack.
    """
    from .stance import stance_records
    from .statements import article_statements

    if isinstance(unit, InputError):
        raise unit
    article = load_article(unit) if isinstance(unit, Path) else unit
    rows = [{c: getattr(s, c) for c in STATEMENT_COLUMNS} for s in article_statements(article, registry)]
    for row, result in zip(rows, stance_records(rows, [article], lexicon)):
        row["stance"], row["stance_evidence"] = result.stance, result.describe()
    return rows


def _init_worker(actors, debate, worker: bool = True) -> None:
    global _REGISTRY, _LEXICON
    from .debate import load_debate, load_registry

    if worker:                                   # Ctrl-C is the parent's to handle: it stops the workers
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    pack = load_debate(debate)
    _REGISTRY, _LEXICON = load_registry(actors, pack), pack.stance_lexicon()


def _work(unit: Path | Article | InputError) -> list[dict]:
    return article_rows(unit, _REGISTRY, _LEXICON)


def _work_chunk(units: list[Path | Article | InputError]) -> list[list[dict] | InputError]:
    # An error is sent back in its article's place, so the rows of the articles before it in the chunk
    # are printed first, as with one job.
    out: list[list[dict] | InputError] = []
    for unit in units:
        try:
            out.append(article_rows(unit, _REGISTRY, _LEXICON))
        except InputError as err:
            out.append(err)
            break
    return out


def ordered_map(pool: Executor, fn: Callable[[list[T]], list[R]], items: Iterable[T], chunk: int,
                window: int) -> Iterator[R]:
    """``fn`` over chunks of ``items`` in ``pool``; results in input order, at most ``window`` chunks ahead.

    ``Executor.map`` (before Python 3.14) takes the whole input at once and keeps every finished result
    until it is read; this reads the input only as fast as the results are consumed.

    Parameters
    ----------
    pool : Executor
    fn : callable
        Takes a list of items, returns a list of results of the same length.
    items : iterable
    chunk : int
        Items per call of ``fn``.
    window : int
        Calls submitted and not yet consumed.

    Yields
    ------
    object
        One result per item, in the order of ``items``.

    Examples
    --------
    >>> from concurrent.futures import ThreadPoolExecutor
    >>> with ThreadPoolExecutor(2) as pool:
    ...     list(ordered_map(pool, lambda xs: [x * x for x in xs], range(7), chunk=3, window=2))
    [0, 1, 4, 9, 16, 25, 36]
    """
    source = iter(items)
    pending: deque = deque()

    def submit() -> None:
        batch = list(islice(source, chunk))
        if batch:
            pending.append(pool.submit(fn, batch))

    for _ in range(window):
        submit()
    while pending:
        results = pending.popleft().result()
        submit()
        yield from results


def _count(sources: list[str | Path]) -> int | None:
    """How many articles, when that is known without reading them (folders and .txt files)."""
    total = 0
    for path in map(Path, sources):
        if path.suffix.lower() in (".csv", ".jsonl") and not path.is_dir():
            return None
        try:
            with warnings.catch_warnings():      # what a folder skips is said once, when it is read
                warnings.simplefilter("ignore")
                total += len(folder_articles(path)) if path.is_dir() else 1
        except InputError:
            return None                          # reported in its turn, when the folder is read
    return total


def workers(jobs: int, articles: int | None) -> int:
    """The worker processes worth starting: no more than asked, than cores, or than chunks of articles.

    Examples
    --------
    >>> workers(100_000, 10), workers(1, None) <= 1
    (1, True)
    """
    if jobs < 1:
        raise ValueError(f"expected at least 1 job, found {jobs}")
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    chunks = -(-articles // CHUNK) if articles is not None else jobs
    return max(1, min(jobs, cores, chunks))


def _progress(total: int | None):
    """A progress bar on a terminal; nothing when stderr is piped or redirected."""
    if not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    return tqdm(total=total, unit="article", desc="statements", file=sys.stderr, leave=False)


def iter_statement_rows(sources: Iterable[str | Path], actors=None, jobs: int = 1, debate=None
                        ) -> Iterator[list[dict]]:
    """Yield the statement rows of each article, in input order.

    Parameters
    ----------
    sources : paths
        Article files, folders of them, or CSV/JSONL corpus files.
    actors : path or None
        An actor registry CSV; None for the debate pack's.
    jobs : int
        Worker processes, at least 1; no more are started than :func:`workers` allows, and 1 runs
        everything in this process.
    debate : path or None
        A debate pack folder; None for the packaged one. Each worker reads it once.

    Yields
    ------
    list of dict
        One list per article (possibly empty), rows keyed by the statement columns.
    """
    sources = list(sources)
    total = _count(sources)
    jobs = workers(jobs, total)
    # Read (and check) the pack and registry here first, before any worker starts, so a malformed file is
    # one InputError in this process rather than a broken pool.
    _init_worker(actors, debate, worker=False)
    bar = _progress(total)
    pool = None
    try:
        if jobs <= 1:
            results: Iterable[list[dict] | InputError] = map(_work, work_units(sources))
        else:
            pool = ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker,
                                       initargs=(actors, debate, True))
            results = ordered_map(pool, _work_chunk, work_units(sources), CHUNK, CHUNKS_PER_WORKER * jobs)
        for rows in results:
            if isinstance(rows, InputError):
                raise rows
            if bar is not None:
                bar.update()
            yield rows
    finally:
        if bar is not None:
            bar.close()
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)    # no worker outlives the run
