"""Synthetic corpora in the seeds' file format, for the benchmark: deterministic from a seed number.

Each article recombines body paragraphs of the seed articles (a quotation that runs over several
paragraphs moves as one block), renames the people of the actor registry after invented names from
``benchmarks/names.csv`` (same gender, so pronouns still agree), and varies

* the dateline: GMT in winter and BST in summer, with or without an ``Updated`` stamp;
* the quotation marks, one style per article: straight double, curly double, curly single (with curly
  apostrophes), straight single (among straight apostrophes), or straight double with doubled openers
  (``""A campaign``), a typing slip the seeds contain.

The text is a stress test of the pipeline's speed, not a corpus to analyse. Article ``i`` depends only on
``(seed, i)``, so the 5,000-article corpus is the first half of the 10,000-article one.

Examples
--------
>>> import tempfile
>>> from newslib import load_article
>>> with tempfile.TemporaryDirectory() as tmp:
...     files = write_corpus(tmp, 3, seed=1)
...     [load_article(f).article_id for f in files]
['synthetic_00000', 'synthetic_00001', 'synthetic_00002']
"""
from __future__ import annotations

import csv
import random
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from newslib import load_corpus, load_registry, paths
from newslib.quotes import find_quotations

NAMES_CSV = Path(__file__).with_name("names.csv")

#: Quotation styles: (name, opening double, closing double, apostrophe). Single styles put the quotation
#: in single marks; the curly styles also curl the apostrophes, as typesetting software does.
STYLES = ("straight", "curly", "single_curly", "single_straight", "doubled")
_MARKS = {"straight": ('"', '"', "'"), "curly": ("“", "”", "’"), "single_curly": ("‘", "’", "’"),
          "single_straight": ("'", "'", "'"), "doubled": ('"', '"', "'")}
# Placeholders for the quotation marks of the seed paragraphs, replaced per article.
_OPEN, _CLOSE = "\x01", "\x02"
_WINTER, _SUMMER = (11, 12, 1, 2), (5, 6, 7, 8)  # months far from the clock changes


@dataclass(frozen=True)
class Templates:
    """What articles are built from: seed titles, paragraph blocks with marked quotations, names."""

    titles: tuple[str, ...]
    blocks: tuple[tuple[str, ...], ...]
    people: tuple[tuple[str, tuple[str, ...], str], ...]  # (full name, surname aliases, gender)
    first_names: dict[str, tuple[str, ...]]  # gender -> invented first names
    surnames: tuple[str, ...]


def _marked(paragraph: str, quotes) -> str:
    """The paragraph with each double quotation mark replaced by an opening or closing placeholder."""
    chars = list(paragraph)
    for q in quotes:
        if q.mark != "double":
            continue
        chars[q.open_mark] = _OPEN
        if q.open_mark + 1 < q.start:  # a doubled opener: keep one, the style may double it again
            chars[q.open_mark + 1:q.start] = [""] * (q.start - q.open_mark - 1)
        if q.close_mark >= 0:
            chars[q.close_mark] = _CLOSE
    return "".join(chars)


def _blocks(paragraphs: tuple[str, ...], source: str) -> list[tuple[str, ...]]:
    """Paragraphs grouped so that a quotation running over several paragraphs stays in one block."""
    quotes = find_quotations(paragraphs, source)
    blocks: list[list[str]] = []
    for index, text in enumerate(paragraphs, start=1):
        here = [q for q in quotes if q.paragraph == index]
        marked = _marked(text, here)
        if blocks and any(q.part > 0 for q in here):
            blocks[-1].append(marked)
        else:
            blocks.append([marked])
    return [tuple(b) for b in blocks]


def _people() -> list[tuple[str, tuple[str, ...], str]]:
    """The registry's people: full name, the aliases that are the surname alone, gender."""
    people = []
    for actor in load_registry().actors:
        if actor.type != "person" or actor.gender not in ("m", "f"):
            continue
        surname = actor.name.split()[-1]
        aliases = tuple(a for a in actor.aliases if a == surname or a.replace("’", "'") == surname)
        people.append((actor.name, aliases or (surname,), actor.gender))
    # Longest names first, so a full name is replaced before a shorter name inside it.
    return sorted(people, key=lambda p: -len(p[0]))


@lru_cache(maxsize=4)
def templates(seeds: str | Path = paths.SEEDS, names: str | Path = NAMES_CSV) -> Templates:
    """Read the seed articles, the registry's people and the invented names (cached).

    Parameters
    ----------
    seeds : path
        A folder of articles in the seeds' format.
    names : path
        A CSV with the columns ``kind`` (``first`` or ``surname``), ``name`` and ``gender`` (``m``/``f``
        for first names).

    Returns
    -------
    Templates
    """
    corpus = load_corpus(seeds)
    blocks = [b for a in corpus["article"] for b in _blocks(a.paragraphs, a.source)]
    with open(names, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    first = {g: tuple(r["name"] for r in rows if r["kind"] == "first" and r["gender"] == g) for g in "mf"}
    surnames = tuple(r["name"] for r in rows if r["kind"] == "surname")
    return Templates(tuple(corpus["title"]), tuple(blocks), tuple(_people()), first, surnames)


def _renamer(t: Templates, rng: random.Random):
    """A function renaming most of the registry's people after invented ones, fixed for one article."""
    mapping: dict[str, str] = {}
    for name, aliases, gender in t.people:
        if rng.random() < 0.8:
            first, last = rng.choice(t.first_names[gender]), rng.choice(t.surnames)
            mapping[name] = f"{first} {last}"
            mapping.update({alias: last for alias in aliases})
    if not mapping:
        return lambda text: text
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(k) for k in sorted(mapping, key=len, reverse=True))
                         + r")\b")
    return lambda text: pattern.sub(lambda m: mapping[m.group(0)], text)


def _styled(text: str, style: str, rng: random.Random) -> str:
    opening, closing, apostrophe = _MARKS[style]
    if style.startswith("single"):
        # A quotation inside a single-quoted one takes double marks.
        text = text.replace('"', "“" if style == "single_curly" else '"')
    if apostrophe != "'":
        text = text.replace("'", apostrophe)
    if style == "doubled":
        return "".join(opening * (2 if rng.random() < 0.3 else 1) + part if i else part
                       for i, part in enumerate(text.split(_OPEN))).replace(_CLOSE, closing)
    return text.replace(_OPEN, opening).replace(_CLOSE, closing)


def _dateline(rng: random.Random) -> str:
    zone = rng.choice(("GMT", "BST"))
    month = rng.choice(_WINTER if zone == "GMT" else _SUMMER)
    year, day = rng.randrange(2010, 2015), rng.randrange(1, 28)
    hour, minute = rng.randrange(24), rng.randrange(60)
    line = f"{day:02d}/{month:02d}/{year} {hour:02d}:{minute:02d} {zone}"
    if rng.random() < 0.5:
        # Later the same day or the next (day 28 at most, a date every month has), and clear of a clock
        # change because of the months chosen.
        later = hour * 60 + minute + rng.randrange(5, 24 * 60)
        day2, rest = day + later // (24 * 60), later % (24 * 60)
        line += f" | Updated {day2:02d}/{month:02d}/{year} {rest // 60:02d}:{rest % 60:02d} {zone}"
    return line


def article_text(index: int, seed: int = 2012, t: Templates | None = None) -> str:
    """The text of synthetic article ``index``: the same for the same ``(seed, index)``.

    Parameters
    ----------
    index : int
        Position of the article in the corpus.
    seed : int
        The corpus seed.
    t : Templates, optional
        From :func:`templates`; read from the seeds by default.

    Returns
    -------
    str
        Dateline, blank line, title, blank line, paragraphs separated by blank lines, final newline.
    """
    t = t or templates()
    rng = random.Random(f"{seed}:{index}")  # str seeds hash with SHA-512: stable across runs
    rename = _renamer(t, rng)
    style = rng.choice(STYLES)
    chosen = rng.sample(range(len(t.blocks)), rng.randrange(6, 20))
    body = [_styled(rename(p), style, rng) for i in chosen for p in t.blocks[i]]
    return "\n\n".join([_dateline(rng), rename(rng.choice(t.titles)), *body]) + "\n"


def write_corpus(folder: str | Path, n_articles: int, seed: int = 2012) -> list[Path]:
    """Write ``n_articles`` synthetic article files into ``folder``.

    Parameters
    ----------
    folder : path
        Created if missing; files are named ``synthetic_00000.txt``, ``synthetic_00001.txt`` ...
    n_articles : int
    seed : int
        Same seed, same bytes.

    Returns
    -------
    list of Path
        The files written, in name order.
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    t = templates()
    written = []
    for i in range(n_articles):
        path = folder / f"synthetic_{i:05d}.txt"
        path.write_bytes(article_text(i, seed, t).encode("utf-8"))
        written.append(path)
    return written
