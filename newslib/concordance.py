"""Keyword in context: every match of a word or pattern, with the words around it."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterable

if TYPE_CHECKING:
    import pandas as pd

    from .actors import Registry
    from .articles import Article

__all__ = ["compile_pattern", "kwic", "debate_terms", "name_forms"]


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



def _written(articles: list, forms: Iterable[str]) -> "pd.Series":
    """How often each form is written (whole words, ignoring case), counted by the form as written."""
    import pandas as pd

    forms = sorted({f for f in forms if f}, key=lambda f: (-len(f), f))
    if not forms:
        return pd.Series(dtype=int)
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(f) for f in forms) + r")(?!\w)", re.IGNORECASE)
    found = [m.group() for _, paragraphs in articles for p in paragraphs for m in pattern.finditer(p)]
    counts = pd.Series(found, dtype=object).value_counts()
    return counts.iloc[sorted(range(len(counts)), key=lambda i: (-counts.iloc[i], counts.index[i]))]


def debate_terms(corpus: "pd.DataFrame | Iterable[Article]", debate=None) -> list[str]:
    """Three words of a debate to read in context: its policy, its most named person, its most named camp.

    The policy is the first of the pack's stance target terms (a pack lists the policy's own name first)
    that the corpus uses; the person is the most frequent
    one-word name or alias of a person in the pack's actors; the camp is the camp label (not ``other``)
    written most often. Each is given as written (a capitalised form, the proper name, before others, then
    the commonest); one that does not occur is left out.

    Examples
    --------
    >>> from newslib import load_corpus, paths
    >>> terms = debate_terms(load_corpus(paths.SEEDS))
    >>> len(terms), terms[0]
    (3, 'Bill')
    """
    from .debate import FALLBACK_CAMP, load_debate

    pack = load_debate(debate)
    articles = list(_articles(corpus))
    people = [form for a in pack.actors if a.type in ("person", "")
              for form in (a.name, *a.aliases) if form and " " not in form and form[0].isupper()]
    policy = next(([t.term] for t in pack.targets if len(_written(articles, [t.term]))), [])
    groups = (policy, people, [c.label for c in pack.camps if c.camp != FALLBACK_CAMP])
    terms = []
    for forms in groups:
        counts = _written(articles, forms)
        written = sorted(counts.index, key=lambda f: (not f[:1].isupper(), -counts[f], f))
        if written and written[0].lower() not in {t.lower() for t in terms}:
            terms.append(written[0])
    return terms


def name_forms(corpus: "pd.DataFrame | Iterable[Article]", registry: "Registry") -> "pd.DataFrame":
    """The actor of a registry written in the most different forms, and how often each form occurs.

    Each actor's name and aliases are searched as whole words, longest first, ignoring case; the actor
    with the most distinct forms found wins (then the most matches, then the name). Forms that differ only
    in case are one form, shown as it is most often written.

    Returns
    -------
    pandas.DataFrame
        ``actor, form, n``: one row per form, most frequent first; empty when no actor of the
        registry is named in the corpus.

    Examples
    --------
    >>> from newslib import load_corpus, load_registry, paths
    >>> forms = name_forms(load_corpus(paths.SEEDS), load_registry())
    >>> forms["actor"].nunique(), len(forms) > 1
    (1, True)
    """
    import pandas as pd

    articles = list(_articles(corpus))
    best, best_key = pd.DataFrame(columns=["actor", "form", "n"]), None
    for actor in registry.actors:
        forms = sorted({actor.name, *actor.aliases}, key=lambda f: (-len(f), f))
        pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(f) for f in forms if f) + r")(?!\w)", re.IGNORECASE)
        found = [m.group() for _, paragraphs in articles for p in paragraphs for m in pattern.finditer(p)]
        if not found:
            continue
        # "the Prime Minister" and "the prime minister" are one form written two ways
        counts = pd.Series(found).value_counts()
        table = pd.DataFrame({"written": counts.index, "count": counts.to_numpy()})
        table["key"] = table["written"].str.lower()
        table = table.sort_values(["key", "count", "written"], ascending=[True, False, True])
        table = table.groupby("key", sort=False).agg(form=("written", "first"), n=("count", "sum")).reset_index()
        key = (len(table), len(found), [-ord(c) for c in actor.name])
        if best_key is None or key > best_key:
            table = table.sort_values(["n", "form"], ascending=[False, True], ignore_index=True)
            best, best_key = table.assign(actor=actor.name)[["actor", "form", "n"]], key
    return best
