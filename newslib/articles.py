"""Load articles: the dateline, the title and the body paragraphs.

An article file is UTF-8 text::

    07/02/2012 12:37 GMT | Updated 08/04/2012 06:12 BST

    The title

    First paragraph ...

    Second paragraph ...

Loading decodes the bytes, cleans white space with :func:`newslib.clean.clean_text` (logging every change)
and parses the structure. Anything malformed raises :class:`ArticleFormatError` naming the file, the line
and what was expected.
"""
from __future__ import annotations

import csv
import io
import os
import re
import warnings
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Iterator

from .errors import InputError
from .clean import Change, Cleaned, clean_text, original_offset
from .readers import check_unicode, csv_rows, decode_utf8, jsonl_objects, last_line, line_at

if TYPE_CHECKING:  # pandas is imported only where a DataFrame is built
    import pandas as pd

__all__ = ["Article", "ArticleFormatError", "load_article", "parse_article", "iter_articles",
           "load_corpus", "parse_dateline", "count_words", "time_zones", "folder_articles", "CORPUS_COLUMNS"]

#: Columns of a CSV or JSONL corpus file.
CORPUS_COLUMNS = ("article_id", "published", "updated", "title", "text")

_STAMP = r"(\d{1,2})/(\d{1,2})/(\d{4}) (\d{1,2}):(\d{2}) ([A-Za-z]{2,5})"
_DATELINE = re.compile(rf"{_STAMP}(?: ?\| ?[Uu]pdated:? {_STAMP})?")
_WORD = re.compile(r"\w+(?:[-'’]\w+)*")


class ArticleFormatError(InputError):
    """An article or corpus file that cannot be read as articles (file, line, what was expected)."""


@dataclass(frozen=True)
class Article:
    """One news article, immutable.

    Attributes
    ----------
    article_id : str
        The file stem (or the ``article_id`` column of a corpus file).
    published, updated : datetime
        Time-zone-aware, with the offset the dateline gives; ``updated`` is None when absent.
    title : str
    paragraphs : tuple of str
        The body paragraphs, cleaned (white space only) and in order.
    source : str
        Where the article was read from.
    dateline : str
        The dateline as written.
    changes : tuple of Change
        The cleaning log: every edit made to the file's text, with its original position.
    """

    article_id: str
    published: datetime
    updated: datetime | None
    title: str
    paragraphs: tuple[str, ...]
    source: str = ""
    dateline: str = ""
    changes: tuple[Change, ...] = field(default=(), repr=False)

    @property
    def text(self) -> str:
        """The body, paragraphs separated by one blank line."""
        return "\n\n".join(self.paragraphs)

    @property
    def n_words(self) -> int:
        """Words in the body (runs of letters or digits, with inner hyphens and apostrophes)."""
        return sum(count_words(p) for p in self.paragraphs)


def count_words(text: str) -> int:
    """Count words: runs of letters or digits, keeping inner hyphens and apostrophes.

    Examples
    --------
    >>> count_words("a lame-duck Secretary of State who can't")
    7
    """
    return len(_WORD.findall(text))


@lru_cache(maxsize=1)
def _zones() -> dict[str, timezone]:
    table = files("newslib").joinpath("data/timezones.csv").read_text(encoding="utf-8")
    zones = {}
    for row in csv.DictReader(io.StringIO(table)):
        sign = -1 if row["utc_offset"].startswith("-") else 1
        hours, minutes = row["utc_offset"].lstrip("+-").split(":")
        zones[row["zone"]] = timezone(sign * timedelta(hours=int(hours), minutes=int(minutes)),
                                      row["zone"])
    return zones


def time_zones() -> dict[str, timezone]:
    """The time-zone abbreviations a dateline may use (from ``newslib/data/timezones.csv``)."""
    return dict(_zones())


def _last_sunday(year: int, month: int) -> datetime:
    day = datetime(year, month, 31 if month in (3, 10) else 30, 1, tzinfo=timezone.utc)
    return day - timedelta(days=(day.weekday() + 1) % 7)


def _in_uk_summer_time(moment: datetime) -> bool:
    # UK rule since 1996: BST from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last
    # Sunday of October. Written out because the zoneinfo database is not on every machine.
    return _last_sunday(moment.year, 3) <= moment < _last_sunday(moment.year, 10)


def _stamp(groups: tuple[str, ...], source: str, line: int) -> datetime:
    day, month, year, hour, minute, zone = groups
    zones = _zones()
    if zone.upper() not in zones:
        raise ArticleFormatError(source, line, f"unknown time zone {zone!r}, expected one of "
                                               f"{', '.join(sorted(zones))}")
    tz = zones[zone.upper()]
    try:
        moment = datetime(int(year), int(month), int(day), int(hour), int(minute), tzinfo=tz)
    except ValueError as err:
        raise ArticleFormatError(source, line, f"impossible date or time "
                                               f"{day}/{month}/{year} {hour}:{minute} ({err})") from None
    if zone.upper() in ("GMT", "BST") and (zone.upper() == "BST") != _in_uk_summer_time(moment):
        warnings.warn(f"{source}:{line}: {zone} on {day}/{month}/{year}, a date when UK clocks were "
                      f"on {'BST' if zone.upper() == 'GMT' else 'GMT'}; the offset of {zone} is used",
                      stacklevel=4)
    return moment


def parse_dateline(text: str, source: str = "<string>", line: int = 1
                   ) -> tuple[datetime, datetime | None]:
    """Parse ``DD/MM/YYYY HH:MM ZONE [| Updated DD/MM/YYYY HH:MM ZONE]``.

    Parameters
    ----------
    text : str
        The dateline.
    source, line : str, int
        Where it came from, for the error message.

    Returns
    -------
    (datetime, datetime or None)
        Published and updated times, time-zone aware with the dateline's offset.

    Raises
    ------
    ArticleFormatError
        If the line is not a dateline, the date is impossible or the zone unknown.

    Examples
    --------
    >>> pub, upd = parse_dateline("07/02/2012 12:37 GMT | Updated 08/04/2012 06:12 BST")
    >>> upd.isoformat()
    '2012-04-08T06:12:00+01:00'
    """
    m = _DATELINE.fullmatch(text)
    if not m:
        shown = text if len(text) <= 60 else text[:57] + "..."
        raise ArticleFormatError(source, line, "expected a dateline 'DD/MM/YYYY HH:MM ZONE' "
                                               f"(optionally '| Updated DD/MM/YYYY HH:MM ZONE'), found {shown!r}")
    published = _stamp(m.groups()[:6], source, line)
    updated = _stamp(m.groups()[6:], source, line) if m.group(7) else None
    if updated is not None and updated < published:
        warnings.warn(f"{source}:{line}: updated {updated.isoformat()} is before published "
                      f"{published.isoformat()}", stacklevel=2)
    return published, updated


def _decode(data: bytes, source: str) -> str:
    return decode_utf8(data, source, ArticleFormatError)


def _line_of(cleaned: Cleaned, original: str, offset: int) -> int:
    return line_at(original, original_offset(cleaned, offset))


def parse_article(data: bytes | str, source: str = "<string>", article_id: str | None = None) -> Article:
    """Parse the text of one article file.

    Parameters
    ----------
    data : bytes or str
        The file's content; bytes are decoded as UTF-8.
    source : str
        Where it came from, for error messages.
    article_id : str, optional
        Defaults to the stem of ``source``.

    Returns
    -------
    Article

    Raises
    ------
    ArticleFormatError
        With the file, line and what was expected, for any malformed input.
    """
    original = _decode(data, source) if isinstance(data, bytes) else data
    cleaned = clean_text(original)
    text = cleaned.text
    if not text:
        raise ArticleFormatError(source, 1, "expected a dateline, found an empty file")
    blocks, offsets, pos = [], [], 0
    for block in text.split("\n\n"):
        blocks.append(block)
        offsets.append(pos)
        pos += len(block) + 2
    head = blocks[0].split("\n")
    published, updated = parse_dateline(head[0], source, _line_of(cleaned, original, 0))
    if len(head) > 1:
        raise ArticleFormatError(source, _line_of(cleaned, original, len(head[0]) + 1),
                                 "expected a blank line after the dateline")
    if len(blocks) < 2:
        raise ArticleFormatError(source, last_line(original),
                                 "expected a blank line and then the title after the dateline, "
                                 "found end of file")
    if len(blocks) < 3:
        raise ArticleFormatError(source, last_line(original),
                                 "expected body paragraphs after the title, found end of file")
    if "\n" in blocks[1]:
        raise ArticleFormatError(source, _line_of(cleaned, original, offsets[1] + blocks[1].index("\n") + 1),
                                 "expected a blank line after the one-line title")
    stem = Path(source).stem if article_id is None else article_id
    return Article(article_id=stem, published=published, updated=updated, title=blocks[1],
                   paragraphs=tuple(blocks[2:]), source=str(source), dateline=head[0],
                   changes=cleaned.changes)


def load_article(path: str | Path) -> Article:
    """Read one article file.

    Parameters
    ----------
    path : str or Path
        A UTF-8 text file in the article format.

    Returns
    -------
    Article

    Raises
    ------
    ArticleFormatError
        If the file is malformed (the message names the file and line).

    Examples
    --------
    >>> from newslib.paths import SEEDS
    >>> a = load_article(SEEDS / "000_37b9d2e576f7496a.txt")
    >>> a.published.isoformat(), a.updated.tzname()
    ('2012-02-07T12:37:00+00:00', 'BST')
    """
    path = Path(path)
    return parse_article(_read_bytes(path), str(path))


def _read_bytes(path: Path) -> bytes:
    """A regular file's bytes (a FIFO or a device is refused rather than read: it could block forever)."""
    try:
        if not path.is_file():
            raise ArticleFormatError(path, 0, "expected a regular file" if path.exists() else
                                              "expected an existing file or folder")
        return path.read_bytes()
    except OSError as err:
        raise ArticleFormatError(path, 0, f"expected a readable file ({err.strerror})") from None


def _records(path: Path) -> Iterator[tuple[dict, int]]:
    text = _decode(_read_bytes(path), str(path))
    if path.suffix.lower() == ".csv":
        for line, row in csv_rows(text, str(path), CORPUS_COLUMNS, ArticleFormatError):
            yield row, line
        return
    for line, row in jsonl_objects(text, str(path), ArticleFormatError):
        missing = [c for c in CORPUS_COLUMNS if c not in row]
        if missing:
            raise ArticleFormatError(path, line, f"expected an object with the keys {', '.join(CORPUS_COLUMNS)}; "
                                                 f"missing {', '.join(missing)}")
        yield row, line


def _field(row: dict, name: str, source: str, line: int, ints: bool = False) -> str:
    """A field as text: a string (or null, read as empty; or a whole number when ``ints``), never the
    Python form of a list, an object, a boolean or a float."""
    value = row[name]
    if value is None:
        return ""
    if ints and isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if not isinstance(value, str):
        kind = {list: "a list", dict: "an object", bool: "true or false"}.get(type(value), "a number")
        raise ArticleFormatError(source, line, f"expected {name!r} to be a string"
                                               f"{' or a whole number' if ints else ''}, found {kind}")
    return check_unicode(value, source, line, name, ArticleFormatError)


def _parse_time(value: str, source: str, line: int) -> datetime | None:
    if not value.strip():
        return None
    value = value.strip()
    if _DATELINE.fullmatch(value):
        return parse_dateline(value, source, line)[0]
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        moment = None
    if moment is None or moment.tzinfo is None:
        raise ArticleFormatError(source, line, f"expected a date with a time zone "
                                               f"('2012-02-07T12:37:00+00:00' or '07/02/2012 12:37 GMT'), "
                                               f"found {value!r}")
    return moment


def _from_record(row: dict, path: Path, line: int) -> Article:
    source = f"{path}"
    fields = {name: _field(row, name, source, line, ints=name == "article_id") for name in CORPUS_COLUMNS}
    published = _parse_time(fields["published"], source, line)
    if published is None:
        raise ArticleFormatError(source, line, "expected a published date, found an empty field")
    cleaned = clean_text(fields["text"])
    paragraphs = tuple(p for p in cleaned.text.split("\n\n") if p)
    if not paragraphs:
        raise ArticleFormatError(source, line, "expected body text, found an empty 'text' field")
    article_id = fields["article_id"].strip()
    if not article_id:
        raise ArticleFormatError(source, line, "expected an article_id, found an empty field")
    return Article(article_id=article_id, published=published,
                   updated=_parse_time(fields["updated"], source, line),
                   title=clean_text(fields["title"]).text, paragraphs=paragraphs,
                   source=f"{path}:{line}", dateline="", changes=cleaned.changes)


def _sources(source: str | Path | Iterable[str | Path]) -> list[Path]:
    if isinstance(source, (str, Path)):
        return [Path(source)]
    return [Path(s) for s in source]


def iter_articles(source: str | Path | Iterable[str | Path]) -> Iterator[Article]:
    """Yield articles one at a time from files, folders, CSV or JSONL corpus files.

    Parameters
    ----------
    source : path or list of paths
        A ``.txt`` article, a folder of them (read in sorted name order), or a ``.csv``/``.jsonl``
        file with the columns ``article_id, published, updated, title, text`` (paragraphs
        separated by blank lines, dates in ISO 8601 with an offset or in dateline form).

    Yields
    ------
    Article

    Raises
    ------
    ArticleFormatError
        For a missing path, a folder without ``.txt`` files, or any malformed article or record.
    """
    seen: dict[str, str] = {}
    for path in _sources(source):
        if path.is_dir():
            for file in folder_articles(path):
                yield _unique(load_article(file), seen)
        elif path.suffix.lower() in (".csv", ".jsonl"):
            if not path.exists():
                raise ArticleFormatError(path, 0, "expected an existing corpus file")
            for row, line in _records(path):
                yield _unique(_from_record(row, path, line), seen)
        else:
            yield _unique(load_article(path), seen)


def folder_articles(folder: str | Path) -> list[Path]:
    """The article files of a folder: every ``.txt`` file (any case: ``A.TXT`` too) in it and in its
    subfolders, in sorted order of their paths; hidden files and folders (a name starting with ".")
    are skipped, and so is anything that is not a regular file (a FIFO would block), with a warning.

    Raises
    ------
    ArticleFormatError
        If the folder holds no article file.
    """
    folder = Path(folder)
    found, odd = [], []
    for root, dirs, names in os.walk(folder, onerror=None):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in names:
            path = Path(root, name)
            if name.startswith(".") or path.suffix.lower() != ".txt":
                continue
            (found if path.is_file() else odd).append(path)
    if odd:
        warnings.warn(f"{folder}: skipped {len(odd)} .txt name(s) that are not regular files: "
                      f"{', '.join(str(p) for p in sorted(odd)[:3])}", stacklevel=2)
    if not found:
        raise ArticleFormatError(folder, 0, "expected a folder holding .txt article files, found none")
    return sorted(found, key=lambda p: p.relative_to(folder).parts)


def _unique(article: Article, seen: dict[str, str]) -> Article:
    """The article, unless an earlier one has its id (then an error at its file and line)."""
    if article.article_id in seen:
        file, _, line = article.source.rpartition(":")
        file, line = (file, int(line)) if file and line.isdigit() else (article.source, 0)
        raise ArticleFormatError(file, line, f"expected unique article ids; {article.article_id!r} "
                                             f"is also used by {seen[article.article_id]}")
    seen[article.article_id] = article.source
    return article


def load_corpus(source: str | Path | Iterable[str | Path]) -> "pd.DataFrame":
    """Load articles into a DataFrame, one row per article.

    Parameters
    ----------
    source : path or list of paths
        See :func:`iter_articles`.

    Returns
    -------
    pandas.DataFrame
        Columns ``article_id, published, updated`` (UTC timestamps), ``dateline, title, paragraphs``
        (tuple of str), ``text`` (paragraphs joined by blank lines), ``n_paragraphs, n_words, source``
        and ``article`` (the :class:`Article` itself, with the original offsets and cleaning log).

    Raises
    ------
    ArticleFormatError
        For malformed input; also when two articles share an ``article_id``.

    Examples
    --------
    >>> from newslib.paths import SEEDS
    >>> load_corpus(SEEDS)[["article_id", "n_paragraphs"]].to_dict("records")
    [{'article_id': '000_37b9d2e576f7496a', 'n_paragraphs': 26}, {'article_id': '002_1d70d9a55b5ff4c7', 'n_paragraphs': 12}]
    """
    import pandas as pd

    articles = list(iter_articles(source))
    frame = pd.DataFrame({
        "article_id": [a.article_id for a in articles],
        "published": pd.to_datetime([a.published for a in articles], utc=True),
        "updated": pd.to_datetime([a.updated for a in articles], utc=True),
        "dateline": [a.dateline for a in articles],
        "title": [a.title for a in articles],
        "paragraphs": [a.paragraphs for a in articles],
        "text": [a.text for a in articles],
        "n_paragraphs": [len(a.paragraphs) for a in articles],
        "n_words": [a.n_words for a in articles],
        "source": [a.source for a in articles],
        "article": articles,
    })
    return frame
