"""Run the statement pipeline over many articles: streamed, in order, optionally in parallel.

The corpus is never held in memory: folders are listed, corpus files are read record by record, and each
worker reads, parses and analyses one article at a time and sends back only its rows. With several jobs
at most a few chunks of articles per worker are in flight, so neither the input nor the output piles up
when the reader of the output is slow. Results come back in input order, so ``--jobs 2`` prints exactly
what ``--jobs 1`` prints.
"""
from __future__ import annotations

import sys
from collections import deque
from concurrent.futures import Executor, ProcessPoolExecutor
from itertools import islice
from pathlib import Path
from typing import Callable, Iterable, Iterator, TypeVar

from .articles import Article, ArticleFormatError, iter_articles, load_article
from .statements import STATEMENT_COLUMNS

__all__ = ["OUTPUT_COLUMNS", "article_rows", "iter_statement_rows", "ordered_map", "work_units"]

_REGISTRY = None  # one per worker process, set by _init_worker
_LEXICON = None   # the stance lexicon of the worker's debate pack
#: Articles sent to a worker at once, and chunks in flight per worker: enough to keep the workers busy
#: and amortise the pickling (the parent uses about 5% of the workers' CPU time), few enough that memory
#: stays flat and the last chunks balance over the workers.
CHUNK, CHUNKS_PER_WORKER = 16, 4
T = TypeVar("T")
R = TypeVar("R")


def work_units(sources: Iterable[str | Path]) -> Iterator[Path | Article]:
    """What the workers get: a ``.txt`` path (read in the worker) or an already parsed record.

    Folders are listed in sorted name order; CSV/JSONL corpus files are parsed here, record by record.
    """
    for source in sources:
        path = Path(source)
        if path.is_dir():
            found = sorted(path.glob("*.txt"))
            if not found:
                raise ArticleFormatError(path, 0, "expected a folder holding .txt article files, found none")
            yield from found
        elif path.suffix.lower() in (".csv", ".jsonl"):
            yield from iter_articles(path)
        elif path.exists():
            yield path
        else:
            raise ArticleFormatError(path, 0, "expected an existing file or folder")


#: The columns of the ``statements`` command: the statement columns, then the stance and its evidence.
OUTPUT_COLUMNS = (*STATEMENT_COLUMNS, "stance", "stance_evidence")


def article_rows(unit: Path | Article, registry=None, lexicon=None) -> list[dict]:
    """The statement rows of one article (a path or an :class:`Article`), with their stance, as dicts.

    Keys are :data:`OUTPUT_COLUMNS`. The stance is read from each statement's words and paragraph only
    (:func:`newslib.stance.stance_records`), never from its speaker or camp. ``registry`` and
    ``lexicon`` default to those of the packaged debate pack.
    """
    from .stance import stance_records
    from .statements import article_statements

    article = load_article(unit) if isinstance(unit, Path) else unit
    rows = [{c: getattr(s, c) for c in STATEMENT_COLUMNS} for s in article_statements(article, registry)]
    for row, result in zip(rows, stance_records(rows, [article], lexicon)):
        row["stance"], row["stance_evidence"] = result.stance, result.describe()
    return rows


def _init_worker(actors, debate) -> None:
    global _REGISTRY, _LEXICON
    from .debate import load_debate, load_registry

    pack = load_debate(debate)
    _REGISTRY, _LEXICON = load_registry(actors, pack), pack.stance_lexicon()


def _work(unit: Path | Article) -> list[dict]:
    return article_rows(unit, _REGISTRY, _LEXICON)


def _work_chunk(units: list[Path | Article]) -> list[list[dict]]:
    return [article_rows(unit, _REGISTRY, _LEXICON) for unit in units]


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
        total += sum(1 for _ in path.glob("*.txt")) if path.is_dir() else 1
    return total


def _progress(sources: list[str | Path]):
    """A progress bar on a terminal; nothing when stderr is piped or redirected."""
    if not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    return tqdm(total=_count(sources), unit="article", desc="statements", file=sys.stderr, leave=False)


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
        Worker processes; 1 runs everything in this process.
    debate : path or None
        A debate pack folder; None for the packaged one. Each worker reads it once.

    Yields
    ------
    list of dict
        One list per article (possibly empty), rows keyed by the statement columns.
    """
    sources = list(sources)
    bar = _progress(sources)
    pool = None
    try:
        # Read (and check) the pack and registry here first, so a malformed file is one InputError in
        # this process rather than a broken pool.
        _init_worker(actors, debate)
        if jobs <= 1:
            results: Iterable[list[dict]] = map(_work, work_units(sources))
        else:
            pool = ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker,
                                       initargs=(actors, debate))
            results = ordered_map(pool, _work_chunk, work_units(sources), CHUNK, CHUNKS_PER_WORKER * jobs)
        for rows in results:
            if bar is not None:
                bar.update()
            yield rows
    finally:
        if bar is not None:
            bar.close()
        if pool is not None:
            pool.shutdown(cancel_futures=True)
