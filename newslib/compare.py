"""Compare the language of documents: TF-IDF, cosine similarity and keyness (Fightin' Words).

A *document* is whatever unit the question needs: all the words attributed to one camp, an article, a
paragraph or a single statement (:func:`documents`). Every function here tokenises in the same way
(scikit-learn's vectorisers with the settings below), and returns a tidy DataFrame.

Tokenisation, the same for TF-IDF and keyness:

- ``token_pattern`` :data:`TOKEN_PATTERN`: runs of two or more letters. Digits, punctuation and one-letter
  words are dropped; ``minister's`` gives ``minister``; ``cross-party`` gives ``cross`` and ``party``.
- ``lowercase=True``: ``Bill`` and ``bill`` are one term.
- ``stop_words="newslib"``: the list in ``newslib/data/stop_words.csv`` (scikit-learn's English list without
  content words such as *bill*, *full* and *system*, plus reporting verbs; see ``stop_words.md``).
- ``ngram_range=(1, 1)``: single words.

TF-IDF, as scikit-learn computes it (defaults as in :class:`sklearn.feature_extraction.text.TfidfVectorizer`)::

    tf(t, d)  = count of t in d                       (1 + ln(count) if sublinear_tf)
    idf(t)    = ln((1 + n) / (1 + df(t))) + 1         (ln(n / df(t)) + 1 if not smooth_idf)
    tfidf     = tf * idf, then each document's vector scaled to length 1 (norm="l2")

Keyness is the weighted log-odds ratio with an informative Dirichlet prior of Monroe, Colaresi and Quinn
(2008), "Fightin' Words", *Political Analysis* 16(4), eqs. 16-22; see :func:`log_odds`.
"""
from __future__ import annotations

import csv
import io
import warnings
from functools import lru_cache
from importlib.resources import files
from typing import TYPE_CHECKING, Iterable

from .articles import count_words

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["TOKEN_PATTERN", "UNITS", "stop_words", "tokenize", "documents", "term_counts", "tfidf",
           "top_terms", "cosine_similarity", "log_odds", "largest_camps", "example_terms"]

#: Runs of two or more letters (any alphabet); digits and the underscore are not letters.
TOKEN_PATTERN = r"(?u)\b[^\W\d_]{2,}\b"
#: The units :func:`documents` can build.
UNITS = ("camp", "article", "paragraph", "statement")

@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    table = files("newslib").joinpath("data/stop_words.csv").read_text(encoding="utf-8")
    return frozenset(row["word"] for row in csv.DictReader(io.StringIO(table)))


def stop_words() -> frozenset[str]:
    """The default stop words, read from ``newslib/data/stop_words.csv``.

    Returns
    -------
    frozenset of str
        Lower-case words (304 in the shipped list).

    Examples
    --------
    >>> "the" in stop_words(), "bill" in stop_words()
    (True, False)
    """
    return _stop_words()


def _stop_list(stop: str | Iterable[str] | None) -> list[str] | None:
    if stop is None:
        return None
    if isinstance(stop, str):
        if stop == "newslib":
            return sorted(_stop_words())
        if stop == "english":
            from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS
            return sorted(ENGLISH_STOP_WORDS)
        raise ValueError(f"stop_words must be 'newslib', 'english', None or a list of words, not {stop!r}")
    return sorted(set(stop))


def _settings(token_pattern: str, lowercase: bool, stop: str | Iterable[str] | None,
              ngram_range: tuple[int, int]) -> dict:
    return {"token_pattern": token_pattern, "lowercase": lowercase, "stop_words": _stop_list(stop),
            "ngram_range": tuple(ngram_range)}


def tokenize(text: str, *, token_pattern: str = TOKEN_PATTERN, lowercase: bool = True,
             stop_words: str | Iterable[str] | None = "newslib",
             ngram_range: tuple[int, int] = (1, 1)) -> list[str]:
    """Split a text into the terms TF-IDF and keyness count.

    Parameters
    ----------
    text : str
    token_pattern : str
        Regular expression for one token (default :data:`TOKEN_PATTERN`).
    lowercase : bool
        Lower-case before tokenising (stop words are matched after this step).
    stop_words : {"newslib", "english"}, list of str or None
        ``"newslib"``: :func:`stop_words`; ``"english"``: scikit-learn's list; None keeps every word.
    ngram_range : (int, int)
        Smallest and largest n-gram; ``(1, 2)`` adds two-word terms such as ``"health service"``.

    Returns
    -------
    list of str
        The terms in order (n-grams after the single words, as scikit-learn builds them).

    Examples
    --------
    >>> tokenize("The Bill's 2012 reforms: drop the Bill!")
    ['bill', 'reforms', 'drop', 'bill']
    """
    from sklearn.feature_extraction.text import CountVectorizer

    vec = CountVectorizer(**_settings(token_pattern, lowercase, stop_words, ngram_range))
    return vec.build_analyzer()(text)


def documents(corpus: "pd.DataFrame", statements: "pd.DataFrame | None" = None,
              unit: str = "camp", debate=None) -> "pd.DataFrame":
    """Build the documents to compare, one row per document.

    Parameters
    ----------
    corpus : pandas.DataFrame
        From :func:`newslib.load_corpus` (``article_id, paragraphs, text`` are used).
    statements : pandas.DataFrame, optional
        From :func:`newslib.statements.statements` (``article_id, paragraph, speaker, camp, text``);
        needed for ``unit="camp"`` and ``unit="statement"``.
    unit : {"camp", "article", "paragraph", "statement"}
        ``"camp"``: the text of every statement attributed to the camp, joined by blank lines, in the order
        of the debate pack's camps (camps without statements are left out, and statements without
        a camp, with a warning); ``"article"``: the body
        of each article; ``"paragraph"``: each body paragraph (numbered from 1, as
        :func:`newslib.kwic` numbers them); ``"statement"``: each statement.
    debate : path or Debate, optional
        The debate pack whose camp order to use; default the packaged one.

    Returns
    -------
    pandas.DataFrame
        ``doc_id`` (unique), the label columns of the unit (``camp, n_statements``; ``article_id``;
        ``article_id, paragraph``; ``article_id, paragraph, speaker, camp``), then ``text`` and
        ``n_words`` (words as :func:`newslib.articles.count_words` counts them).

    Raises
    ------
    ValueError
        For an unknown unit, or a statement unit without statements.

    Examples
    --------
    >>> import pandas as pd
    >>> said = pd.DataFrame({"article_id": ["a1", "a1"], "paragraph": [0, 2], "speaker": ["X", "Y"],
    ...                      "camp": ["labour", "government"], "text": ["Drop the Bill.", "Back it."]})
    >>> documents(pd.DataFrame(), said, unit="camp")[["doc_id", "n_statements", "n_words"]].values.tolist()
    [['government', 1, 2], ['labour', 1, 3]]
    """
    import pandas as pd

    if unit not in UNITS:
        raise ValueError(f"unit must be one of {', '.join(UNITS)}, not {unit!r}")
    if unit in ("camp", "statement") and statements is None:
        raise ValueError(f"unit={unit!r} needs the statements table (newslib.statements.statements(corpus))")
    if unit == "article":
        frame = pd.DataFrame({"doc_id": corpus["article_id"].astype(str),
                              "article_id": corpus["article_id"], "text": corpus["text"]})
    elif unit == "paragraph":
        rows = [(f"{a}:p{i}", a, i, p) for a, paras in zip(corpus["article_id"], corpus["paragraphs"])
                for i, p in enumerate(paras, start=1)]
        frame = pd.DataFrame(rows, columns=["doc_id", "article_id", "paragraph", "text"])
    elif unit == "statement":
        frame = statements[["article_id", "paragraph", "speaker", "camp", "text"]].reset_index(drop=True)
        number = frame.groupby("article_id", sort=False).cumcount()
        frame.insert(0, "doc_id", frame["article_id"].astype(str) + ":s" + number.astype(str))
    else:
        unplaced = statements["camp"].isna()
        if unplaced.any():
            warnings.warn(f"{int(unplaced.sum())} statement(s) without a camp left out of the camp documents",
                          stacklevel=2)
            statements = statements[~unplaced]
        from .debate import load_debate

        order = load_debate(debate).order(statements["camp"])
        grouped = statements.groupby("camp", sort=False)["text"]
        frame = pd.DataFrame({"doc_id": order, "camp": order,
                              "n_statements": [int(grouped.size()[c]) for c in order],
                              "text": ["\n\n".join(grouped.get_group(c)) for c in order]})
    frame["text"] = frame["text"].fillna("").astype(str)
    frame["n_words"] = frame["text"].map(count_words).astype(int)
    return frame.reset_index(drop=True)


def _doc_ids(docs: "pd.DataFrame") -> list[str]:
    ids = docs["doc_id"].astype(str).tolist()
    if len(set(ids)) != len(ids):
        raise ValueError("documents must have unique doc_id values")
    return ids


def term_counts(docs: "pd.DataFrame", *, by: str = "doc_id", token_pattern: str = TOKEN_PATTERN,
                lowercase: bool = True, stop_words: str | Iterable[str] | None = "newslib",
                ngram_range: tuple[int, int] = (1, 1)) -> "pd.DataFrame":
    """Count each term in each document, or in each group of documents.

    Parameters
    ----------
    docs : pandas.DataFrame
        Documents with a ``text`` column, e.g. from :func:`documents`.
    by : str
        The column whose values are counted separately (``"doc_id"``, ``"camp"``, ``"article_id"`` ...).
    token_pattern, lowercase, stop_words, ngram_range
        See :func:`tokenize`.

    Returns
    -------
    pandas.DataFrame
        Columns ``by, term, count``: one row per group and term it uses (count > 0), groups in their
        first-seen order, terms alphabetical.

    Examples
    --------
    >>> import pandas as pd
    >>> docs = pd.DataFrame({"doc_id": ["a", "b"], "text": ["NHS cuts, NHS", "cuts"]})
    >>> term_counts(docs).values.tolist()
    [['a', 'cuts', 1], ['a', 'nhs', 2], ['b', 'cuts', 1]]
    """
    import numpy as np
    import pandas as pd
    from sklearn.feature_extraction.text import CountVectorizer

    groups = pd.unique(docs[by])
    vec = CountVectorizer(**_settings(token_pattern, lowercase, stop_words, ngram_range))
    try:
        matrix = vec.fit_transform(docs["text"].astype(str))
    except ValueError:  # every document empty after stop words: no vocabulary
        return pd.DataFrame({by: pd.Series([], dtype=docs[by].dtype), "term": pd.Series([], dtype=str),
                             "count": pd.Series([], dtype="int64")})
    terms = vec.get_feature_names_out()
    codes = pd.Categorical(docs[by], categories=groups).codes
    summed = np.zeros((len(groups), len(terms)), dtype="int64")
    np.add.at(summed, codes, matrix.toarray())
    g, t = np.nonzero(summed)
    return pd.DataFrame({by: groups[g], "term": terms[t], "count": summed[g, t]})


def tfidf(docs: "pd.DataFrame", *, token_pattern: str = TOKEN_PATTERN, lowercase: bool = True,
          stop_words: str | Iterable[str] | None = "newslib", ngram_range: tuple[int, int] = (1, 1),
          min_df: int | float = 1, smooth_idf: bool = True, sublinear_tf: bool = False,
          norm: str | None = "l2") -> "pd.DataFrame":
    """TF-IDF weights with scikit-learn's ``TfidfVectorizer``, as a tidy table.

    Parameters
    ----------
    docs : pandas.DataFrame
        Documents with ``doc_id`` (unique) and ``text``, e.g. from :func:`documents`.
    token_pattern, lowercase, stop_words, ngram_range
        See :func:`tokenize`.
    min_df : int or float
        Keep terms in at least this many documents (a float is a proportion). Default 1: every term.
    smooth_idf : bool
        True: ``idf = ln((1 + n) / (1 + df)) + 1``, as if one extra document held every term once.
        False: ``idf = ln(n / df) + 1``.
    sublinear_tf : bool
        Use ``1 + ln(tf)`` instead of the raw count, so the tenth use of a word adds less than the first.
    norm : {"l2", "l1"} or None
        Scale each document's weights to unit length (``"l2"``, the default, makes cosine similarity a dot
        product), to sum 1 (``"l1"``), or not at all (None).

    Returns
    -------
    pandas.DataFrame
        ``doc_id, term, tf, df, idf, tfidf``: one row per document and term it uses. ``tf`` is the raw
        count, ``df`` the number of documents holding the term, ``tfidf`` scikit-learn's final weight.
        Documents in input order, terms alphabetical.

    Examples
    --------
    >>> import pandas as pd
    >>> docs = pd.DataFrame({"doc_id": ["a", "b"], "text": ["NHS cuts, NHS", "cuts"]})
    >>> tfidf(docs, norm=None).round(3).values.tolist()
    [['a', 'cuts', 1, 2, 1.0, 1.0], ['a', 'nhs', 2, 1, 1.405, 2.811], ['b', 'cuts', 1, 2, 1.0, 1.0]]
    """
    import numpy as np
    import pandas as pd
    from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer

    ids = _doc_ids(docs)
    settings = _settings(token_pattern, lowercase, stop_words, ngram_range)
    vec = TfidfVectorizer(**settings, min_df=min_df, smooth_idf=smooth_idf, sublinear_tf=sublinear_tf,
                          norm=norm)
    texts = docs["text"].astype(str)
    weights = vec.fit_transform(texts).toarray()
    counts = CountVectorizer(**settings, vocabulary=vec.vocabulary_).fit_transform(texts).toarray()
    terms = vec.get_feature_names_out()
    d, t = np.nonzero(counts)
    return pd.DataFrame({"doc_id": np.asarray(ids, dtype=object)[d], "term": terms[t],
                         "tf": counts[d, t].astype("int64"), "df": (counts > 0).sum(axis=0)[t].astype("int64"),
                         "idf": vec.idf_[t], "tfidf": weights[d, t]})


def top_terms(weights: "pd.DataFrame", n: int = 10, *, column: str = "tfidf",
              by: str = "doc_id") -> "pd.DataFrame":
    """The ``n`` highest-weighted terms of each document.

    Parameters
    ----------
    weights : pandas.DataFrame
        A tidy table with ``by``, ``term`` and ``column``, e.g. from :func:`tfidf`.
    n : int
        Terms per document (fewer when a document has fewer).
    column : str
        The weight to rank by.
    by : str
        The document column.

    Returns
    -------
    pandas.DataFrame
        The rows of ``weights`` with a ``rank`` column (1 = highest); documents in their first-seen order,
        ties broken alphabetically so the result is the same on every run.

    Examples
    --------
    >>> import pandas as pd
    >>> docs = pd.DataFrame({"doc_id": ["a", "b"], "text": ["NHS cuts, NHS", "cuts"]})
    >>> top_terms(tfidf(docs), n=1)[["doc_id", "term", "rank"]].values.tolist()
    [['a', 'nhs', 1], ['b', 'cuts', 1]]
    """
    import pandas as pd

    order = pd.Categorical(weights[by], categories=pd.unique(weights[by]))
    ranked = (weights.assign(_doc=order).sort_values(["_doc", column, "term"], ascending=[True, False, True],
                                                     kind="stable"))
    ranked["rank"] = ranked.groupby("_doc", observed=True).cumcount() + 1
    return ranked[ranked["rank"] <= n].drop(columns="_doc").reset_index(drop=True)


def cosine_similarity(weights: "pd.DataFrame", *, column: str = "tfidf", square: bool = True
                      ) -> "pd.DataFrame":
    """Cosine similarity between every pair of documents.

    Parameters
    ----------
    weights : pandas.DataFrame
        A tidy table with ``doc_id``, ``term`` and ``column``, e.g. from :func:`tfidf`.
    column : str
        The weight that makes each document's vector.
    square : bool
        True: a document × document table. False: tidy, ``doc_a, doc_b, cosine`` for every ordered pair.

    Returns
    -------
    pandas.DataFrame
        1 on the diagonal; 0 for documents that share no term. Documents in their first-seen order.

    Examples
    --------
    >>> import pandas as pd
    >>> docs = pd.DataFrame({"doc_id": ["a", "b"], "text": ["NHS cuts", "cuts"]})
    >>> cosine_similarity(tfidf(docs)).round(3).values.tolist()
    [[1.0, 0.58], [0.58, 1.0]]
    """
    import pandas as pd
    from sklearn.metrics.pairwise import cosine_similarity as cosine

    ids = pd.unique(weights["doc_id"])
    matrix = weights.pivot_table(index="doc_id", columns="term", values=column, aggfunc="sum",
                                 fill_value=0.0).reindex(ids)
    square_frame = pd.DataFrame(cosine(matrix.to_numpy()), index=pd.Index(ids, name="doc_a"),
                                columns=pd.Index(ids, name="doc_b"))
    if square:
        return square_frame
    return square_frame.stack().rename("cosine").reset_index()


def log_odds(docs: "pd.DataFrame", a: str, b: str, *, by: str = "camp", a0: float | None = None,
             background: "pd.DataFrame | None" = None, token_pattern: str = TOKEN_PATTERN,
             lowercase: bool = True, stop_words: str | Iterable[str] | None = "newslib",
             ngram_range: tuple[int, int] = (1, 1)) -> "pd.DataFrame":
    r"""Keyness of each term for group ``a`` against group ``b``: Fightin' Words.

    The weighted log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008).
    For term :math:`w`, with counts :math:`y_w^a, y_w^b` in the two groups, group sizes :math:`n^a, n^b`
    (all their terms), prior counts :math:`\alpha_w` and :math:`\alpha_0 = \sum_w \alpha_w`:

    .. math::

        \delta_w = \ln\frac{y_w^a + \alpha_w}{n^a + \alpha_0 - y_w^a - \alpha_w}
                 - \ln\frac{y_w^b + \alpha_w}{n^b + \alpha_0 - y_w^b - \alpha_w}      \quad (16)

        \sigma^2(\delta_w) \approx \frac{1}{y_w^a + \alpha_w} + \frac{1}{y_w^b + \alpha_w}  \quad (20)

        z_w = \delta_w / \sqrt{\sigma^2(\delta_w)}                                    \quad (22)

    The prior is informative: :math:`\alpha_w = a_0 \, y_w / n`, where :math:`y_w` and :math:`n` are the
    counts in the background (by default all of ``docs``). So a term's expected share is its share of the
    whole corpus, and a rare term needs more evidence than a common one to stand out.

    Parameters
    ----------
    docs : pandas.DataFrame
        Documents with ``text`` and the ``by`` column, e.g. ``documents(corpus, statements, "camp")``.
    a, b : str
        The two values of ``by`` to compare; positive ``z`` means more typical of ``a``.
    by : str
        The column holding the groups.
    a0 : float, optional
        The prior's size, in pseudo-words. Default: the number of terms in the background, so that
        :math:`\alpha_w = y_w`, the background counts themselves. That is the usual choice for an
        empirical prior (no free knob to tune until the list looks right), and it is cautious: the prior
        weighs as much as the corpus, so on a small corpus few terms pass :math:`|z| > 1.96`. A smaller
        ``a0`` trusts the two groups more; a result worth reporting survives a change of ``a0``.
    background : pandas.DataFrame, optional
        Documents whose counts make the prior (default ``docs``, all groups). Must contain every term of
        ``a`` and ``b``.
    token_pattern, lowercase, stop_words, ngram_range
        See :func:`tokenize`.

    Returns
    -------
    pandas.DataFrame
        ``term, count_a, count_b, count_all, alpha, delta, variance, z``, one row per term used by ``a`` or
        ``b``; ``count_all`` is the background count, ``alpha`` the prior count. Sorted by ``z`` from most
        typical of ``a`` to most typical of ``b`` (ties alphabetically).

    Raises
    ------
    ValueError
        If ``a`` or ``b`` is not a value of ``by``, ``a0`` is not positive, or the background lacks a term
        of the two groups or holds fewer than two different terms.

    Examples
    --------
    >>> import pandas as pd
    >>> docs = pd.DataFrame({"camp": ["labour", "government"],
    ...                      "text": ["Drop the Bill, drop it now", "The Bill will pass"]})
    >>> log_odds(docs, "labour", "government")[["term", "count_a", "count_b", "z"]].round(2).values.tolist()
    [['drop', 2, 0, 1.06], ['bill', 1, 1, -0.27], ['pass', 0, 1, -0.84]]
    """
    import numpy as np
    import pandas as pd

    settings = {"token_pattern": token_pattern, "lowercase": lowercase, "stop_words": stop_words,
                "ngram_range": ngram_range}
    for group in (a, b):
        if group not in set(docs[by]):
            raise ValueError(f"{group!r} is not a value of the column {by!r}")
    if a == b:
        raise ValueError("a and b must be different groups")
    if a0 is not None and not a0 > 0:
        raise ValueError(f"a0 must be positive, not {a0!r}")
    pair = docs[docs[by].isin([a, b])]
    counts = (term_counts(pair, by=by, **settings)
              .pivot_table(index="term", columns=by, values="count", aggfunc="sum", fill_value=0)
              .reindex(columns=[a, b], fill_value=0))
    prior_docs = docs if background is None else background
    everything = term_counts(prior_docs.assign(_all=0), by="_all", **settings).set_index("term")["count"]
    if len(everything) < 2:  # one term only: its odds are 1/0 and the log-odds infinite
        raise ValueError("the background must hold at least two different terms")
    missing = counts.index.difference(everything.index)
    if len(missing):
        raise ValueError(f"the background lacks terms of {a!r} or {b!r}: {', '.join(missing[:10])}")
    y_a = counts[a].to_numpy(dtype=float)
    y_b = counts[b].to_numpy(dtype=float)
    n_a, n_b, n = y_a.sum(), y_b.sum(), float(everything.sum())
    prior_size = n if a0 is None else float(a0)
    alpha = everything.reindex(counts.index).to_numpy(dtype=float) * prior_size / n
    delta = (np.log((y_a + alpha) / (n_a + prior_size - y_a - alpha))
             - np.log((y_b + alpha) / (n_b + prior_size - y_b - alpha)))
    variance = 1 / (y_a + alpha) + 1 / (y_b + alpha)
    table = pd.DataFrame({"term": counts.index.astype(str), "count_a": y_a.astype("int64"),
                          "count_b": y_b.astype("int64"),
                          "count_all": everything.reindex(counts.index).to_numpy(dtype="int64"),
                          "alpha": alpha, "delta": delta, "variance": variance,
                          "z": delta / np.sqrt(variance)})
    return table.sort_values(["z", "term"], ascending=[False, True], kind="stable").reset_index(drop=True)


def largest_camps(docs: "pd.DataFrame", n: int = 2, exclude: Iterable[str] = ("other",)) -> list[str]:
    """The camps with the most words in their statements, largest first: the pairs worth comparing.

    A notebook compares the camps the data has most to say about, whatever the debate, instead of camps
    named in code.

    Parameters
    ----------
    docs : pandas.DataFrame
        Camp documents, from ``documents(corpus, statements, unit="camp")`` (``camp`` and ``n_words``).
    n : int
        How many camps; fewer are returned when the corpus has fewer.
    exclude : iterable of str
        Camps left out (default the catch-all ``other``, which is no side of the debate).

    Returns
    -------
    list of str
        Ties keep the order of ``docs`` (the debate pack's order).

    Examples
    --------
    >>> import pandas as pd
    >>> docs = pd.DataFrame({"camp": ["government", "labour", "unions", "other"], "n_words": [80, 120, 80, 500]})
    >>> largest_camps(docs, 3)
    ['labour', 'government', 'unions']
    """
    left_out = set(exclude)
    kept = [(-int(w), i, c) for i, (c, w) in enumerate(zip(docs["camp"], docs["n_words"])) if c not in left_out]
    return [c for _, _, c in sorted(kept)[:n]]


def example_terms(docs: "pd.DataFrame", n: int = 3, **settings) -> list[str]:
    """A few terms that show what idf does: the most frequent term at each of ``n`` document frequencies.

    The levels run from the widest spread short of every document (a low idf) down to the fewest
    documents (a high idf); with more levels than ``n`` they are spaced evenly between the two. A term in
    every document is skipped unless nothing else is left, as its idf is simply the smallest.

    Parameters
    ----------
    docs : pandas.DataFrame
        Documents with ``doc_id`` and ``text`` (e.g. :func:`documents`).
    n : int
        How many terms.
    **settings
        Tokenising settings, as :func:`term_counts` takes them.

    Returns
    -------
    list of str
        Widest-spread term first; ties between equally frequent terms go to the alphabet.

    Examples
    --------
    >>> import pandas as pd
    >>> docs = pd.DataFrame({"doc_id": ["a", "b", "c"],
    ...                      "text": ["water levy levy rivers", "water levy bills", "water pumps pumps"]})
    >>> example_terms(docs, 2)
    ['levy', 'pumps']
    """
    counts = term_counts(docs, **settings)
    stats = (counts[counts["count"] > 0].groupby("term")
             .agg(df=("doc_id", "nunique"), total=("count", "sum")).reset_index())
    if stats.empty:
        return []
    n_docs = len(docs)
    levels = sorted(set(stats["df"]), reverse=True)
    below_all = [d for d in levels if d < n_docs] or levels
    if len(below_all) > n:
        step = (len(below_all) - 1) / max(n - 1, 1)
        below_all = [below_all[round(i * step)] for i in range(n)]
    ranked = stats.sort_values(["total", "term"], ascending=[False, True])
    chosen = [ranked.loc[ranked["df"] == d, "term"].iloc[0] for d in below_all[:n]]
    # Fewer levels than terms wanted: fill with the next most frequent terms, widest spread first.
    for term in stats.sort_values(["df", "total", "term"], ascending=[False, False, True])["term"]:
        if len(chosen) >= n:
            break
        if term not in chosen:
            chosen.append(term)
    return chosen
