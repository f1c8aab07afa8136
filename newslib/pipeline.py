"""Run the statement pipeline over many articles: streamed, in order, optionally in parallel.

The corpus is never held twice: files are listed, then each worker reads, parses and analyses one article
at a time and sends back only its rows. Results come back in input order, so ``--jobs 2`` prints exactly
what ``--jobs 1`` prints.
"""
from __future__ import annotations

import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Iterable, Iterator

from .articles import Article, ArticleFormatError, iter_articles, load_article

__all__ = ["OUTPUT_COLUMNS", "article_rows", "iter_statement_rows", "work_units"]

_REGISTRY = None  # one per worker process, set by _init_worker


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
OUTPUT_COLUMNS = ("article_id", "paragraph", "speaker", "role", "camp", "kind", "cue", "text", "start", "end",
                  "quote_id", "stance", "stance_evidence")


def article_rows(unit: Path | Article, registry=None) -> list[dict]:
    """The statement rows of one article (a path or an :class:`Article`), with their stance, as dicts.

    Keys are :data:`OUTPUT_COLUMNS`. The stance is read from each statement's words and paragraph only
    (:func:`newslib.stance.stance_records`), never from its speaker or camp.
    """
    from .stance import stance_records
    from .statements import STATEMENT_COLUMNS, article_statements

    article = load_article(unit) if isinstance(unit, Path) else unit
    rows = [{c: getattr(s, c) for c in STATEMENT_COLUMNS} for s in article_statements(article, registry)]
    for row, result in zip(rows, stance_records(rows, [article])):
        row["stance"], row["stance_evidence"] = result.stance, result.describe()
    return rows


def _init_worker(actors) -> None:
    global _REGISTRY
    from .actors import load_registry

    _REGISTRY = load_registry(actors)


def _work(unit: Path | Article) -> list[dict]:
    return article_rows(unit, _REGISTRY)


def _progress(total: int | None):
    """A progress bar on a terminal; nothing when stderr is piped or redirected."""
    if not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    return tqdm(total=total, unit="article", desc="statements", file=sys.stderr, leave=False)


def iter_statement_rows(sources: Iterable[str | Path], actors=None, jobs: int = 1
                        ) -> Iterator[list[dict]]:
    """Yield the statement rows of each article, in input order.

    Parameters
    ----------
    sources : paths
        Article files, folders of them, or CSV/JSONL corpus files.
    actors : path or None
        An actor registry CSV; None for the packaged one.
    jobs : int
        Worker processes; 1 runs everything in this process.

    Yields
    ------
    list of dict
        One list per article (possibly empty), rows keyed by the statement columns.
    """
    units = list(work_units(sources))
    bar = _progress(len(units))
    try:
        if jobs <= 1:
            _init_worker(actors)
            results: Iterable[list[dict]] = map(_work, units)
        else:
            pool = ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker, initargs=(actors,))
            # Chunks amortise the pickling; map keeps input order, so the output is identical.
            results = pool.map(_work, units, chunksize=max(1, min(64, len(units) // (jobs * 8) or 1)))
        for rows in results:
            if bar is not None:
                bar.update()
            yield rows
    finally:
        if bar is not None:
            bar.close()
        if jobs > 1:
            pool.shutdown(cancel_futures=True)
