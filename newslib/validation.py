"""The development corpus: rebuild real articles from a recipe kept in the repository.

Third-party news may not be copied into the repository, so ``validation/manifest.json`` is a *recipe*: for
each article its address, the search that finds it, a dateline and a title, and a short hash of every kept
body paragraph. :func:`rebuild` turns saved page texts (``RAW_DIR/<id>.txt``, the page as the search returned
it) into articles in the seed format and refuses any paragraph whose hash does not match, so a rebuilt corpus
is the coded corpus to the letter or nothing. :mod:`newslib.scoring` compares the pipeline with the hand
coding of the rebuilt articles.
"""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Mapping

from .errors import InputError

__all__ = ["ManifestError", "ManifestArticle", "paragraph_hash", "raw_paragraphs", "load_manifest",
           "split_for", "rebuild", "SPLITS", "locked_split", "split_rank", "is_split"]

#: The splits every corpus has: the two seeds and the articles to tune on (all batches). Each batch N of
#: the development corpus adds its locked split, :func:`locked_split` (``test``, ``test2``, ...): batch 1
#: was assembled first; batch 2 was added after ``test`` had been scored five times, so that its own
#: locked part is fresh; a further batch needs only its rows in the manifest.
SPLITS: tuple[str, ...] = ("seeds", "tune")
_LOCKED_NAME = re.compile(r"test(?:[2-9]|[1-9][0-9]+)?")
_FIELDS = ("id", "url", "outlet", "genre", "query", "title", "dateline", "split", "paragraphs")
_BLANK = re.compile(r"\n\s*\n")
#: Of every five articles of a genre, in the order of their URL's hash, these ranks go to ``test``.
_TEST_RANKS = (1, 3)


class ManifestError(InputError):
    """A manifest, a saved page or a coding file that cannot be used as it is."""


@dataclass(frozen=True)
class ManifestArticle:
    """One article of the recipe: where it is found and which of its paragraphs were kept."""

    id: str
    url: str
    outlet: str
    genre: str
    query: str
    title: str
    dateline: str
    split: str
    paragraphs: tuple[tuple[int, str], ...]  # (paragraph number in the saved page, hash of its text)
    batch: int = 1


#: Spaces that a page's text view may show as plain spaces (no-break, thin, narrow no-break): read as a
#: plain space for the hash only, so a page saved from either view checks. One character for one, so
#: offsets into the rebuilt text are the same whichever was saved.
_SPACES = {0x00A0: " ", 0x2009: " ", 0x202F: " ", 0x2007: " "}


def paragraph_hash(text: str) -> str:
    """The short hash the manifest keeps for a paragraph: the first 16 hex digits of its SHA-256.

    No-break and thin spaces count as plain spaces (see ``_SPACES``).

    Examples
    --------
    >>> paragraph_hash("The Bill returns to the Lords today.")
    'f3de32a69dfa2e19'
    """
    return hashlib.sha256(text.translate(_SPACES).encode("utf-8")).hexdigest()[:16]


def raw_paragraphs(raw: str) -> list[tuple[int, int, str]]:
    """Split a saved page into paragraphs: ``(number, line, text)``, numbered from 1.

    Paragraphs are separated by blank lines; each is stripped of the white space around it, and empty
    ones are dropped. ``line`` is the 1-based line of the file where the paragraph starts.

    Examples
    --------
    >>> raw_paragraphs("Title\\n\\n  First one.\\n\\n\\nSecond\\none.\\n")
    [(1, 1, 'Title'), (2, 3, 'First one.'), (3, 6, 'Second\\none.')]
    """
    raw = raw.replace("\r\n", "\n").replace("\r", "\n")
    found, pos = [], 0
    for number, match in enumerate([*_BLANK.finditer(raw), None]):
        end = match.start() if match else len(raw)
        block = raw[pos:end]
        text = block.strip()
        if text:
            lead = len(block) - len(block.lstrip())
            found.append((text, raw.count("\n", 0, pos + lead) + 1))
        if match:
            pos = match.end()
    return [(i, line, text) for i, (text, line) in enumerate(found, start=1)]


def locked_split(batch: int) -> str:
    """The locked split of a batch: ``test`` for batch 1, ``test<N>`` for batch N.

    Examples
    --------
    >>> locked_split(1), locked_split(3)
    ('test', 'test3')
    """
    return "test" if batch == 1 else f"test{batch}"


def is_split(name: str) -> bool:
    """Whether ``name`` is a split the scoring knows: ``seeds``, ``tune`` or a batch's locked split.

    Examples
    --------
    >>> [is_split(s) for s in ("tune", "test", "test2", "test1", "train")]
    [True, True, True, False, False]
    """
    return name in SPLITS or _LOCKED_NAME.fullmatch(name) is not None


def split_rank(name: str) -> int:
    """The order splits are reported in: the seeds, ``tune``, then the locked splits by batch.

    Examples
    --------
    >>> sorted(["test2", "tune", "test", "seeds", "test10"], key=split_rank)
    ['seeds', 'tune', 'test', 'test2', 'test10']
    """
    if name in SPLITS:
        return SPLITS.index(name)
    return len(SPLITS) + (int(name[4:]) if name[4:] else 1)


def split_for(url: str, genre: str, articles: Iterable[Mapping[str, object]], batch: int = 1) -> str:
    """The split the manifest's rule gives an article: ``tune`` or its batch's locked split.

    Within each batch and genre the articles are put in the order of the SHA-256 of their URL; of every
    five in that order, the second and the fourth go to the batch's locked split (``test`` for batch 1,
    ``test2`` for batch 2: :func:`locked_split`). An article's batch is its ``batch`` field, 1 when absent. The
    rule balances the split by genre, depends on nothing that a coder or a rule-writer could tune, and
    adding a batch moves no article of an earlier one.

    Examples
    --------
    >>> arts = [{"url": f"https://example.org/{i}", "genre": "opinion"} for i in range(5)]
    >>> sorted(split_for(a["url"], "opinion", arts) for a in arts)
    ['test', 'test', 'tune', 'tune', 'tune']
    >>> arts += [{"url": f"https://example.org/b{i}", "genre": "opinion", "batch": 2} for i in range(5)]
    >>> sorted(split_for(a["url"], "opinion", arts, 2) for a in arts[5:])
    ['test2', 'test2', 'tune', 'tune', 'tune']
    """
    ranked = sorted((a["url"] for a in articles if a["genre"] == genre and a.get("batch", 1) == batch),
                    key=lambda u: hashlib.sha256(str(u).encode("utf-8")).hexdigest())
    return locked_split(batch) if ranked.index(url) % 5 in _TEST_RANKS else "tune"


def _article(entry: object, path: Path, line: int) -> ManifestArticle:
    if not isinstance(entry, dict):
        raise ManifestError(path, line, "expected an object for each article")
    missing = [f for f in _FIELDS if f not in entry]
    if missing:
        raise ManifestError(path, line, f"expected the fields {', '.join(_FIELDS)}; missing {', '.join(missing)}")
    for field in _FIELDS[:-1]:
        if not isinstance(entry[field], str) or not entry[field].strip():
            raise ManifestError(path, line, f"expected a non-empty string for {field!r}")
    batch = entry.get("batch", 1)
    if not isinstance(batch, int) or isinstance(batch, bool) or batch < 1:
        raise ManifestError(path, line, f"expected 'batch' to be a whole number from 1, found {batch!r}")
    if entry["split"] not in ("tune", locked_split(batch)):
        raise ManifestError(path, line, f"expected split 'tune' or {locked_split(batch)!r} for batch {batch}, "
                                        f"found {entry['split']!r}")
    paragraphs = entry["paragraphs"]
    ok = isinstance(paragraphs, list) and paragraphs and all(
        isinstance(p, dict) and isinstance(p.get("n"), int) and isinstance(p.get("sha"), str) for p in paragraphs)
    if not ok:
        raise ManifestError(path, line, "expected 'paragraphs' as a non-empty list of {\"n\": int, \"sha\": str}")
    return ManifestArticle(**{f: entry[f] for f in _FIELDS[:-1]},
                           paragraphs=tuple((p["n"], p["sha"]) for p in paragraphs), batch=batch)


def load_manifest(path: str | Path) -> list[ManifestArticle]:
    """Read ``manifest.json``: ``{"split_rule": ..., "articles": [...]}``.

    Raises
    ------
    ManifestError
        For a file that is not JSON, an article without a field, a bad batch or split, a duplicate id, or a split
        that differs from the one the rule in :func:`split_for` gives.
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
        data = json.loads(text)
    except (OSError, UnicodeDecodeError) as err:
        raise ManifestError(path, 0, f"expected a readable UTF-8 file ({err.__class__.__name__})") from None
    except json.JSONDecodeError as err:
        raise ManifestError(path, err.lineno, f"expected JSON: {err.msg}") from None
    if not isinstance(data, dict) or not isinstance(data.get("articles"), list):
        raise ManifestError(path, 1, "expected an object with an 'articles' list")
    starts = [m.start() for m in re.finditer(r'"id"\s*:', text)]
    articles, seen = [], set()
    for i, entry in enumerate(data["articles"]):
        line = text.count("\n", 0, starts[i]) + 1 if i < len(starts) else 0
        article = _article(entry, path, line)
        if article.id in seen:
            raise ManifestError(path, line, f"expected unique ids; {article.id!r} comes twice")
        seen.add(article.id)
        articles.append((article, line))
    pool = [{"url": a.url, "genre": a.genre, "batch": a.batch} for a, _ in articles]
    for article, line in articles:
        rule = split_for(article.url, article.genre, pool, article.batch)
        if article.split != rule:
            raise ManifestError(path, line, f"expected split {rule!r} for {article.id!r} by the rule, "
                                            f"found {article.split!r}")
    return [a for a, _ in articles]


def rebuild(manifest: str | Path, raw_dir: str | Path, out_dir: str | Path) -> list[Path]:
    """Write each manifest article in the seed format from its saved page, checking every paragraph.

    Parameters
    ----------
    manifest : path
        ``validation/manifest.json``.
    raw_dir : path
        Holds ``<id>.txt`` for each article: the page text as the search returned it.
    out_dir : path
        Where ``<id>.txt`` articles (dateline, title, kept paragraphs) are written; created if needed.

    Returns
    -------
    list of Path
        The files written, in manifest order.

    Raises
    ------
    ManifestError
        For a missing page, or a paragraph that is not there or whose text does not match its hash
        (naming the page's file and the paragraph's line). Nothing is written unless every article checks.
    """
    raw_dir, out_dir = Path(raw_dir), Path(out_dir)
    texts = {}
    for article in load_manifest(manifest):
        page = raw_dir / f"{article.id}.txt"
        try:
            paragraphs = {n: (line, text) for n, line, text in raw_paragraphs(page.read_text(encoding="utf-8"))}
        except FileNotFoundError:
            raise ManifestError(page, 0, f"expected the saved page of {article.id!r} ({article.url})") from None
        except (OSError, UnicodeDecodeError) as err:
            raise ManifestError(page, 0, f"expected a readable UTF-8 file ({err.__class__.__name__})") from None
        body = []
        for n, sha in article.paragraphs:
            if n not in paragraphs:
                raise ManifestError(page, 0, f"expected paragraph {n} of the page, found only {len(paragraphs)}")
            line, text = paragraphs[n]
            if paragraph_hash(text) != sha:
                raise ManifestError(page, line, f"paragraph {n} does not match the manifest (hash "
                                                f"{paragraph_hash(text)}, expected {sha}): the page text differs "
                                                f"from the one that was coded")
            body.append(text)
        texts[article.id] = "\n\n".join([article.dateline, article.title, *body]) + "\n"
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for article_id, text in texts.items():
        target = out_dir / f"{article_id}.txt"
        target.write_text(text, encoding="utf-8")
        written.append(target)
    return written
