"""Keyword in context: every match of a word or pattern, with the words around it."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterable

if TYPE_CHECKING:
    import pandas as pd

    from .articles import Article

__all__ = ["compile_pattern", "kwic"]


def compile_pattern(pattern: str, regex: bool = False) -> re.Pattern[str]:
    """The case-insensitive search of :func:`kwic`: whole words for a plain term, or a regular expression."""
    if regex:
        return re.compile(pattern, re.IGNORECASE)
    # A plain word or phrase matches whole words only: "Bill" finds "bill" but not "billion".
    return re.compile(r"(?<!\w)" + re.escape(pattern) + r"(?!\w)", re.IGNORECASE)


def _articles(corpus: "pd.DataFrame | Iterable[Article]") -> Iterable[tuple[str, tuple[str, ...]]]:
    if hasattr(corpus, "columns"):
        return zip(corpus["article_id"], corpus["paragraphs"])
    return ((a.article_id, a.paragraphs) for a in corpus)


def kwic(corpus: "pd.DataFrame | Iterable[Article]", pattern: str, window: int = 40,
         regex: bool = False) -> "pd.DataFrame":
    """A keyword-in-context table of every match in the corpus, case-insensitive.

    Parameters
    ----------
    corpus : DataFrame or iterable of Article
        From :func:`newslib.load_corpus` (needs ``article_id`` and ``paragraphs``).
    pattern : str
        A word or phrase (matched as whole words), or a regular expression when ``regex=True``.
    window : int
        How many characters of context to keep on each side (cut at a word boundary).
    regex : bool
        Treat ``pattern`` as a regular expression.

    Returns
    -------
    pandas.DataFrame
        Columns ``article_id, paragraph`` (1-based), ``start`` (offset of the match in the
        paragraph), ``left, match, right``; one row per match, in reading order.

    Examples
    --------
    >>> from newslib import load_corpus, paths
    >>> k = kwic(load_corpus(paths.SEEDS), "lame-duck", window=20)
    >>> k[["paragraph", "left", "match", "right"]].to_dict("records")
    [{'paragraph': 10, 'left': 'afford to have a', 'match': 'lame-duck', 'right': 'Secretary of State'}]
    """
    import pandas as pd

    if window < 0:
        raise ValueError(f"window must be zero or more characters, got {window}")
    compiled = compile_pattern(pattern, regex)
    rows = []
    for article_id, paragraphs in _articles(corpus):
        for number, text in enumerate(paragraphs, start=1):
            for m in compiled.finditer(text):
                if m.start() == m.end():
                    continue
                left = text[max(0, m.start() - window):m.start()]
                right = text[m.end():m.end() + window]
                if m.start() > window and " " in left:
                    left = left[left.index(" ") + 1:]
                if m.end() + window < len(text) and " " in right:
                    right = right[:right.rindex(" ")]
                rows.append((article_id, number, m.start(), left.strip(), m.group(), right.strip()))
    return pd.DataFrame(rows, columns=["article_id", "paragraph", "start", "left", "match", "right"])
