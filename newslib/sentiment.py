"""Sentiment with two lexicons, per sentence, paragraph and statement, and why each score is what it is.

Two lexicons, both shipped inside their pip packages, so nothing is downloaded at run time:

* **VADER** (``vaderSentiment`` 3.3.2; Hutto & Gilbert 2014): about 7,500 words and emoticons rated
  -4..+4 by ten people each, and rules that shift a word's valence (boosters, negation, "but", capitals,
  "!" and "?"). ``compound`` is the sum of the adjusted valences, normalised to -1..+1 with
  ``x / sqrt(x² + 15)``.
* **AFINN** (``afinn``, list AFINN-en-165; Nielsen 2011): about 3,400 words and phrases rated -5..+5 by
  one person, no rules: the score is the plain sum. ``afinn`` is that raw sum; ``afinn_per_word`` is it
  divided by the number of words, so long and short texts compare.

Scores are per sentence (:mod:`newslib.sentences` splits them). A paragraph's or a statement's
``vader_*`` columns are the **mean over its sentences** (VADER is built for sentences, and its compound
saturates on long texts); its ``afinn`` is the **sum** over its sentences. :func:`explain` lists the
words behind a score and the rules that changed them; its rows add up to the score.

Any scoring function takes ``neutral``, terms to drop from both lexicons (for example
:func:`domain_neutral_terms`, words like "care" whose polarity in this debate is topic, not feeling).
"""
from __future__ import annotations

import csv
import io
import math
import re
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Sequence

from .articles import count_words
from .errors import InputError
from .sentences import sentences

if TYPE_CHECKING:
    import pandas as pd

    from .articles import Article

__all__ = ["LexiconError", "LEXICONS", "SCORE_COLUMNS", "lexicon_summary", "score_sentence", "score_text",
           "score_article", "score_sentences", "score_paragraphs", "score_statements", "explain",
           "explained_score", "domain_neutral_terms", "lexicon_terms"]

#: The two lexicons :func:`explain` knows.
LEXICONS: tuple[str, ...] = ("vader", "afinn")
#: The score columns every scoring function adds, in order.
SCORE_COLUMNS: tuple[str, ...] = ("vader_compound", "vader_pos", "vader_neu", "vader_neg", "afinn",
                                  "afinn_per_word", "n_words")
#: The AFINN word list used (the newest English list the ``afinn`` package ships).
AFINN_LIST = "AFINN-en-165.txt"

_SPACES = re.compile(r"\s+")


class LexiconError(InputError):
    """A term list (CSV) that cannot be read: the file, the line and what was expected."""


# ---------------------------------------------------------------------------------------------------
# The two lexicons, built once per set of neutralised terms.

class _Afinn:
    """AFINN scoring exactly as ``afinn.Afinn.score``, on a word list we can trim.

    ``afinn.Afinn`` has no public way to drop words, so the list and the pattern are built here with the
    package's own public helpers (``read_word_file``, ``regex_from_tokens``); a test checks the scores
    against ``Afinn().score``.
    """

    def __init__(self, words: dict[str, int]):
        self.words = words
        self.pattern = re.compile(r"(\b" + _trie_pattern(list(words)) + r"\b)", re.UNICODE)

    def find_all(self, text: str) -> list[str]:
        return self.pattern.findall(_SPACES.sub(" ", text).lower())

    def score(self, text: str) -> float:
        return float(sum(self.words[w] for w in self.find_all(text)))


def _trie_pattern(tokens: list[str]) -> str:
    """A regular expression that matches exactly what ``afinn``'s alternation of ``tokens`` matches, faster.

    ``Afinn.regex_from_tokens`` joins some 3,400 words longest first, and Python's ``re`` tries every one at
    every position of the text: about a quarter of a millisecond per sentence, many times VADER's cost. Here
    the words share their prefixes in a trie. At a given position the text picks one path down the trie, and
    each node tries its longer continuations before ending, so the first match is the longest word that
    also ends at a word boundary, as with the longest-first alternation (a test compares the two).
    """
    trie: dict = {}
    for token in tokens:
        node = trie
        for ch in token:
            node = node.setdefault(ch, {})
        node[""] = True

    def build(node: dict) -> str:
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        group = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:                           # a word ends here: try the longer ones first
            return ("(?:" + group + ")?") if len(branches) > 1 or len(group) > 1 else group + "?"
        return group

    return "(?:" + build(trie) + ")"


@lru_cache(maxsize=1)
def _afinn_words() -> dict[str, int]:
    from importlib.resources import as_file

    from afinn import Afinn

    with as_file(files("afinn").joinpath("data", AFINN_LIST)) as path:
        return Afinn.read_word_file(str(path))


@lru_cache(maxsize=8)
def _analyzers(neutral: frozenset[str]) -> tuple[Any, _Afinn]:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    vader = SentimentIntensityAnalyzer()
    vader.lexicon = {w: v for w, v in vader.lexicon.items() if w not in neutral}
    afinn = _Afinn({w: v for w, v in _afinn_words().items() if w not in neutral})
    return vader, afinn


def _neutral_set(neutral: Iterable[str] | None) -> frozenset[str]:
    if neutral is None:
        return frozenset()
    if isinstance(neutral, str):
        raise TypeError("neutral must be a list of terms, not one string")
    return frozenset(str(t).strip().lower() for t in neutral if str(t).strip())


def lexicon_summary() -> "pd.DataFrame":
    """What each lexicon is: package, version, size and range of values, as installed.

    Returns
    -------
    pandas.DataFrame
        One row per lexicon: ``lexicon, package, version, entries, lowest, highest, rules``.

    Examples
    --------
    >>> lexicon_summary()[["lexicon", "lowest", "highest"]].to_dict("records")
    [{'lexicon': 'vader', 'lowest': -3.9, 'highest': 3.4}, {'lexicon': 'afinn', 'lowest': -5.0, 'highest': 5.0}]
    """
    from importlib.metadata import version

    import pandas as pd

    vader, afinn = _analyzers(frozenset())
    return pd.DataFrame([
        {"lexicon": "vader", "package": "vaderSentiment", "version": version("vaderSentiment"),
         "entries": len(vader.lexicon), "lowest": min(vader.lexicon.values()),
         "highest": max(vader.lexicon.values()),
         "rules": "boosters, negation, 'but', capitals, '!' and '?', idioms; sum normalised to -1..1"},
        {"lexicon": "afinn", "package": "afinn", "version": version("afinn"), "entries": len(afinn.words),
         "lowest": float(min(afinn.words.values())), "highest": float(max(afinn.words.values())),
         "rules": f"none: the plain sum ({AFINN_LIST})"},
    ])


# ---------------------------------------------------------------------------------------------------
# Scores.

def score_sentence(sentence: str, neutral: Iterable[str] | None = None) -> dict[str, float]:
    """Score one sentence with VADER and AFINN.

    Parameters
    ----------
    sentence : str
        Scored as one unit (it is not split).
    neutral : list of str, optional
        Terms dropped from both lexicons first (see :func:`domain_neutral_terms`).

    Returns
    -------
    dict
        The :data:`SCORE_COLUMNS`: VADER's ``compound`` (-1..1, 4 decimals) and ``pos, neu, neg``
        (shares of the text, 3 decimals) as ``vaderSentiment`` reports them; ``afinn`` (raw sum),
        ``afinn_per_word`` (``afinn / n_words``, 0 for no words) and ``n_words`` (as
        :func:`newslib.count_words` counts them).

    Examples
    --------
    >>> s = score_sentence("This bill will damage the NHS.")
    >>> s["vader_compound"], s["afinn"], s["n_words"]
    (-0.4939, -3.0, 6)
    >>> score_sentence("We care about patients.", neutral=["care"])["afinn"]
    0.0
    """
    vader, afinn = _analyzers(_neutral_set(neutral))
    v = vader.polarity_scores(sentence)
    a = afinn.score(sentence)
    n = count_words(sentence)
    return {"vader_compound": v["compound"], "vader_pos": v["pos"], "vader_neu": v["neu"],
            "vader_neg": v["neg"], "afinn": a, "afinn_per_word": a / n if n else 0.0, "n_words": n}


def _aggregate(scores: "pd.DataFrame") -> dict[str, float]:
    """Many sentences' scores as one: VADER columns averaged, AFINN and words summed."""
    n_words = int(scores["n_words"].sum()) if len(scores) else 0
    afinn = float(scores["afinn"].sum()) if len(scores) else 0.0
    out = {c: float(scores[c].mean()) if len(scores) else 0.0
           for c in ("vader_compound", "vader_pos", "vader_neu", "vader_neg")}
    out.update(afinn=afinn, afinn_per_word=afinn / n_words if n_words else 0.0, n_words=n_words,
               n_sentences=len(scores))
    return out


def _sentence_rows(text: str, neutral: frozenset[str]) -> list[dict]:
    return [{"sentence_start": s.start, "sentence_end": s.end, "sentence": s.sentence,
             **score_sentence(s.sentence, neutral)} for s in sentences(text)]


def score_text(text: str, neutral: Iterable[str] | None = None) -> dict[str, float]:
    """Score a text of any length: split it into sentences, score each, and combine.

    Parameters
    ----------
    text : str
    neutral : list of str, optional
        Terms dropped from both lexicons first.

    Returns
    -------
    dict
        The :data:`SCORE_COLUMNS` and ``n_sentences``: ``vader_*`` are means over the sentences,
        ``afinn`` and ``n_words`` sums, ``afinn_per_word`` their ratio. A text without sentences scores 0.

    Examples
    --------
    >>> s = score_text("A good plan. A bad plan.")
    >>> s["n_sentences"], s["afinn"], round(s["vader_compound"], 4)
    (2, 0.0, -0.0509)
    """
    import pandas as pd

    rows = _sentence_rows(text, _neutral_set(neutral))
    return _aggregate(pd.DataFrame(rows, columns=["sentence", *SCORE_COLUMNS]))


def score_article(article_id: str, paragraphs: Sequence[str],
                  neutral: Iterable[str] | None = None) -> "pd.DataFrame":
    """Score every sentence of one article (the unit to run in parallel).

    Parameters
    ----------
    article_id : str
    paragraphs : sequence of str
        The article's body paragraphs in order.
    neutral : list of str, optional
        Terms dropped from both lexicons first.

    Returns
    -------
    pandas.DataFrame
        One row per sentence: ``article_id, paragraph`` (1-based), ``sentence`` (1-based within the
        paragraph), ``start, end`` (offsets in the paragraph), ``text`` and the :data:`SCORE_COLUMNS`.

    Examples
    --------
    >>> t = score_article("a1", ["Good news. Bad news.", "Nothing here."])
    >>> t[["paragraph", "sentence", "start", "afinn"]].to_dict("records")
    [{'paragraph': 1, 'sentence': 1, 'start': 0, 'afinn': 3.0}, {'paragraph': 1, 'sentence': 2, 'start': 11, 'afinn': -3.0}, {'paragraph': 2, 'sentence': 1, 'start': 0, 'afinn': 0.0}]
    """
    import pandas as pd

    terms = _neutral_set(neutral)
    rows = []
    for number, paragraph in enumerate(paragraphs, start=1):
        for index, row in enumerate(_sentence_rows(paragraph, terms), start=1):
            rows.append({"article_id": article_id, "paragraph": number, "sentence": index,
                         "start": row.pop("sentence_start"), "end": row.pop("sentence_end"),
                         "text": row.pop("sentence"), **row})
    return pd.DataFrame(rows, columns=["article_id", "paragraph", "sentence", "start", "end", "text",
                                       *SCORE_COLUMNS])


def _articles(corpus: "pd.DataFrame | Iterable[Article]") -> Iterable[tuple[str, Sequence[str]]]:
    if hasattr(corpus, "columns"):
        return zip(corpus["article_id"], corpus["paragraphs"])
    return ((a.article_id, a.paragraphs) for a in corpus)


def score_sentences(corpus: "pd.DataFrame | Iterable[Article]",
                    neutral: Iterable[str] | None = None) -> "pd.DataFrame":
    """Score every sentence of a corpus: :func:`score_article` for each article, stacked.

    Parameters
    ----------
    corpus : DataFrame or iterable of Article
        From :func:`newslib.load_corpus` (needs ``article_id`` and ``paragraphs``).
    neutral : list of str, optional
        Terms dropped from both lexicons first.

    Returns
    -------
    pandas.DataFrame
        The columns of :func:`score_article`, articles in corpus order.

    Examples
    --------
    >>> from newslib import load_corpus, paths
    >>> t = score_sentences(load_corpus(paths.SEEDS))
    >>> t.groupby("article_id").size().to_dict()
    {'000_37b9d2e576f7496a': 31, '002_1d70d9a55b5ff4c7': 18}
    """
    import pandas as pd

    frames = [score_article(a, p, neutral) for a, p in _articles(corpus)]
    if not frames:
        return score_article("", [], neutral)
    return pd.concat(frames, ignore_index=True)


def score_paragraphs(corpus: "pd.DataFrame | Iterable[Article]",
                     neutral: Iterable[str] | None = None) -> "pd.DataFrame":
    """Score every paragraph of a corpus from its sentences.

    Parameters
    ----------
    corpus : DataFrame or iterable of Article
        From :func:`newslib.load_corpus`.
    neutral : list of str, optional
        Terms dropped from both lexicons first.

    Returns
    -------
    pandas.DataFrame
        One row per paragraph with at least one sentence: ``article_id, paragraph`` (1-based),
        ``n_sentences``, the :data:`SCORE_COLUMNS` (``vader_*`` the mean over the paragraph's sentences,
        ``afinn`` and ``n_words`` the sums) and ``text``.

    Examples
    --------
    >>> import pandas as pd
    >>> corpus = pd.DataFrame({"article_id": ["a"], "paragraphs": [("A good plan. A bad plan.", "Yes.")]})
    >>> score_paragraphs(corpus)[["paragraph", "n_sentences", "afinn"]].to_dict("records")
    [{'paragraph': 1, 'n_sentences': 2, 'afinn': 0.0}, {'paragraph': 2, 'n_sentences': 1, 'afinn': 1.0}]
    """
    import pandas as pd

    rows = []
    for article_id, paragraphs in _articles(corpus):
        scored = score_article(article_id, paragraphs, neutral)
        for number, group in scored.groupby("paragraph", sort=True):
            rows.append({"article_id": article_id, "paragraph": int(number), **_aggregate(group),
                         "text": paragraphs[int(number) - 1]})
    return pd.DataFrame(rows, columns=["article_id", "paragraph", "n_sentences", *SCORE_COLUMNS, "text"])


def score_statements(statements: "pd.DataFrame", neutral: Iterable[str] | None = None) -> "pd.DataFrame":
    """Add sentiment scores to a statements table.

    Parameters
    ----------
    statements : pandas.DataFrame
        Needs a ``text`` column (from :func:`newslib.statements.statements`: what was said, quoted or
        reported); other columns are kept as they are.
    neutral : list of str, optional
        Terms dropped from both lexicons first.

    Returns
    -------
    pandas.DataFrame
        A copy of ``statements`` with ``n_sentences`` and the :data:`SCORE_COLUMNS` added, each
        statement scored as by :func:`score_text`.

    Examples
    --------
    >>> import pandas as pd
    >>> s = pd.DataFrame({"speaker": ["A", "B"], "text": ["It will improve care.", "It is a disaster."]})
    >>> score_statements(s)[["speaker", "afinn"]].to_dict("records")
    [{'speaker': 'A', 'afinn': 4.0}, {'speaker': 'B', 'afinn': -2.0}]
    """
    import pandas as pd

    if "text" not in statements.columns:
        raise KeyError("score_statements needs a 'text' column")
    terms = _neutral_set(neutral)
    texts = ["" if pd.isna(t) else str(t) for t in statements["text"]]
    scores = pd.DataFrame([score_text(t, terms) for t in texts],
                          columns=["n_sentences", *SCORE_COLUMNS], index=statements.index)
    return pd.concat([statements.drop(columns=[c for c in scores.columns if c in statements.columns]),
                      scores], axis=1)


# ---------------------------------------------------------------------------------------------------
# Explanations.

def explain(text: str, lexicon: str = "vader", neutral: Iterable[str] | None = None) -> "pd.DataFrame":
    """Which words moved a score, by how much, and which rules changed them.

    The text is scored as one unit, as :func:`score_sentence` does; pass one sentence to explain a row
    of :func:`score_sentences`.

    Parameters
    ----------
    text : str
    lexicon : {"vader", "afinn"}
    neutral : list of str, optional
        Terms dropped from both lexicons first; they are listed with ``adjusted_value`` 0 and the rule
        ``neutralised``.

    Returns
    -------
    pandas.DataFrame
        One row per lexicon word or phrase met, in reading order: ``position`` (VADER: the token's
        index; AFINN: the match's offset in the text lower-cased with runs of white space made one
        space, as AFINN reads it), ``token``, ``lexicon_value`` (the word's value in the lexicon),
        ``adjusted_value`` (its contribution after the rules) and ``rule`` (``"; "``-separated rule
        names, each with the word that triggered it; ``""`` when none applied). For VADER a last row
        ``rule="punctuation emphasis"`` holds the boost from "!" and "?". The rows add up to the score:
        for AFINN the sum of ``adjusted_value`` is the AFINN score; for VADER
        ``compound = normalize(sum of adjusted_value)`` (see :func:`explained_score`).
        ``attrs`` holds ``lexicon`` and ``score`` (VADER's compound or the AFINN score).

    Examples
    --------
    >>> e = explain("The reforms are NOT very good!")
    >>> e[["token", "lexicon_value", "adjusted_value", "rule"]].round(3).to_dict("records")[0]
    {'token': 'good', 'lexicon_value': 1.9, 'adjusted_value': -1.623, 'rule': "booster 'very'; negation 'NOT'"}
    >>> round(explained_score(e), 4) == e.attrs["score"]
    True
    >>> explain("a good bad day", lexicon="afinn")[["token", "adjusted_value"]].to_dict("records")
    [{'token': 'good', 'adjusted_value': 3.0}, {'token': 'bad', 'adjusted_value': -3.0}]
    """
    import pandas as pd

    terms = _neutral_set(neutral)
    if lexicon == "vader":
        from . import _vader_explain

        vader, _ = _analyzers(terms)
        full, _ = _analyzers(frozenset())
        rows, score = _vader_explain.explain_rows(text, vader, full.lexicon, terms)
    elif lexicon == "afinn":
        rows, score = _afinn_rows(text, terms)
    else:
        raise ValueError(f"lexicon must be one of {', '.join(LEXICONS)}, got {lexicon!r}")
    frame = pd.DataFrame(rows, columns=["position", "token", "lexicon_value", "adjusted_value", "rule"])
    frame = frame.astype({"position": "int64", "lexicon_value": "float64", "adjusted_value": "float64"})
    frame.attrs.update(lexicon=lexicon, score=score)
    return frame


def _afinn_rows(text: str, neutral: frozenset[str]) -> tuple[list[tuple], float]:
    _, afinn = _analyzers(neutral)
    _, full = _analyzers(frozenset())
    lowered = _SPACES.sub(" ", text).lower()
    rows = []
    # Neutralised words are found with the full list, so the reader sees what was dropped.
    for m in full.pattern.finditer(lowered):
        word = m.group()
        if word in neutral:
            rows.append((m.start(), word, float(full.words[word]), 0.0, "neutralised"))
    for m in afinn.pattern.finditer(lowered):
        value = float(afinn.words[m.group()])
        rows.append((m.start(), m.group(), value, value, ""))
    rows.sort(key=lambda r: r[0])
    return rows, afinn.score(text)


def explained_score(explanation: "pd.DataFrame") -> float:
    """The score an :func:`explain` table adds up to (unrounded).

    Parameters
    ----------
    explanation : pandas.DataFrame
        From :func:`explain`.

    Returns
    -------
    float
        For AFINN the sum of ``adjusted_value``; for VADER ``normalize(sum)``, i.e. ``x / sqrt(x² + 15)``
        clipped to -1..1, which is VADER's compound before it is rounded to 4 decimals.

    Examples
    --------
    >>> round(explained_score(explain("Good.")), 4)
    0.4404
    """
    # Summed in reading order, as VADER sums, so the float result is the same bit for bit.
    total = sum(float(v) for v in explanation["adjusted_value"])
    if explanation.attrs.get("lexicon", "vader") == "afinn":
        return total
    if not len(explanation):
        return 0.0
    return max(-1.0, min(1.0, total / math.sqrt(total * total + 15)))


# ---------------------------------------------------------------------------------------------------
# The domain problem.

def domain_neutral_terms(path: str | Path | None = None) -> "pd.DataFrame":
    """Terms whose lexicon polarity is topic, not feeling, in this debate.

    Parameters
    ----------
    path : path, optional
        A CSV with the columns ``term, reason``; default the packaged ``newslib/data/domain_neutral.csv``.

    Returns
    -------
    pandas.DataFrame
        Columns ``term`` (lower case) and ``reason``, in file order.

    Raises
    ------
    LexiconError
        For a missing column, an empty term or a term listed twice (with file and line).

    Examples
    --------
    >>> "care" in set(domain_neutral_terms()["term"])
    True
    """
    import pandas as pd

    if path is None:
        source = files("newslib").joinpath("data/domain_neutral.csv")
        name, text = "newslib/data/domain_neutral.csv", source.read_text(encoding="utf-8")
    else:
        try:
            name, text = str(path), Path(path).read_text(encoding="utf-8")
        except OSError as err:
            raise LexiconError(path, 0, f"expected a readable CSV file ({err.strerror})") from None
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff"), newline=""))
    missing = {"term", "reason"} - set(reader.fieldnames or ())
    if missing:
        raise LexiconError(name, 1, f"expected a header with the columns term, reason; missing "
                                    f"{', '.join(sorted(missing))}")
    rows, seen = [], {}
    for row in reader:
        line = reader.line_num
        term = (row["term"] or "").strip().lower()
        if not term:
            raise LexiconError(name, line, "expected a term, found an empty field")
        if term in seen:
            raise LexiconError(name, line, f"expected each term once; {term!r} is also on line {seen[term]}")
        seen[term] = line
        rows.append({"term": term, "reason": (row["reason"] or "").strip()})
    return pd.DataFrame(rows, columns=["term", "reason"])


def lexicon_terms(corpus: "pd.DataFrame | Iterable[Article]", terms: Iterable[str] | None = None
                  ) -> "pd.DataFrame":
    """Every lexicon word a corpus uses: its value in each lexicon, how often, and how much it moved scores.

    Parameters
    ----------
    corpus : DataFrame or iterable of Article
        From :func:`newslib.load_corpus`.
    terms : list of str, optional
        Report exactly these terms (lower case), in this order, whether or not a lexicon knows them;
        default every lexicon word or phrase that occurs.

    Returns
    -------
    pandas.DataFrame
        Columns ``term``, ``vader_value`` and ``afinn_value`` (NaN when the lexicon lacks the term),
        ``count`` (whole-word occurrences, any case), ``n_articles``, and ``vader_total`` and
        ``afinn_total``: the sum of the term's adjusted values over all sentences (VADER before
        normalising), i.e. how far it pushed the corpus' scores. Default order: largest
        ``|vader_total| + |afinn_total|`` first, then term.

    Examples
    --------
    >>> from newslib import load_corpus, paths
    >>> t = lexicon_terms(load_corpus(paths.SEEDS), terms=["care", "reform"])
    >>> t[["term", "vader_value", "afinn_value"]].to_dict("records")
    [{'term': 'care', 'vader_value': 2.2, 'afinn_value': 2.0}, {'term': 'reform', 'vader_value': nan, 'afinn_value': nan}]
    """
    import pandas as pd

    vader, afinn = _analyzers(frozenset())
    totals: dict[str, dict[str, float]] = {"vader": {}, "afinn": {}}
    texts: list[tuple[str, str]] = []
    for article_id, paragraphs in _articles(corpus):
        for paragraph in paragraphs:
            texts.append((article_id, paragraph))
            for s in sentences(paragraph):
                for lexicon in LEXICONS:
                    for row in explain(s.sentence, lexicon).itertuples():
                        if row.rule == "punctuation emphasis":
                            continue
                        key = row.token.lower()
                        totals[lexicon][key] = totals[lexicon].get(key, 0.0) + row.adjusted_value
    if terms is None:
        chosen = sorted(set(totals["vader"]) | set(totals["afinn"]))
    else:
        chosen = [str(t).strip().lower() for t in terms]
    rows = []
    for term in chosen:
        pattern = re.compile(r"(?<!\w)" + re.escape(term) + r"(?!\w)", re.IGNORECASE)
        hits = [(a, len(pattern.findall(p))) for a, p in texts]
        rows.append({"term": term, "vader_value": vader.lexicon.get(term, math.nan),
                     "afinn_value": float(afinn.words[term]) if term in afinn.words else math.nan,
                     "count": sum(n for _, n in hits), "n_articles": len({a for a, n in hits if n}),
                     "vader_total": totals["vader"].get(term, 0.0), "afinn_total": totals["afinn"].get(term, 0.0)})
    frame = pd.DataFrame(rows, columns=["term", "vader_value", "afinn_value", "count", "n_articles",
                                        "vader_total", "afinn_total"])
    if terms is None:
        weight = frame["vader_total"].abs() + frame["afinn_total"].abs()
        frame = frame.assign(_w=-weight).sort_values(["_w", "term"], kind="stable").drop(columns="_w")
        frame = frame.reset_index(drop=True)
    return frame
