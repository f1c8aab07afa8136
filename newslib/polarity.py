"""Positive, neutral or negative: polarity from sentiment scores, and how far it agrees with other readings.

Two comparisons: one lexicon against the other (:func:`lexicon_agreement`, :func:`lexicon_disagreements`),
and sentiment against hand-coded stance (:func:`polarity_by_stance`, :func:`stance_mismatches`). The
second is the point of notebook 05: a statement can use negative words for the Bill ("we cannot go on like
this") or positive words against it ("save the NHS"), so polarity is not stance.

The inputs are the tables of :mod:`newslib.sentiment`.
"""
from __future__ import annotations

import math
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["VADER_THRESHOLD", "POLARITIES", "POLARITY_COLOURS", "polarity", "polarity_summary",
           "lexicon_agreement", "lexicon_disagreements", "polarity_by_stance", "stance_mismatches",
           "mismatch_summary"]

#: VADER's own cut-off (its README, "About the Scoring"): compound >= 0.05 is positive, <= -0.05 negative.
VADER_THRESHOLD = 0.05
#: Polarity labels in display order.
POLARITIES: tuple[str, ...] = ("negative", "neutral", "positive")
#: Colours for polarity: ColorBrewer BrBG ends (colour-blind safe), kept apart from the camp and stance
#: palettes so a chart of polarity is never read as a chart of camps or stance.
POLARITY_COLOURS: dict[str, str] = {"negative": "#A6611A", "neutral": "#D9D9D9", "positive": "#018571"}
_COLUMN = {"vader": "vader_compound", "afinn": "afinn"}


def polarity(scores: "pd.DataFrame", lexicon: str = "vader") -> "pd.Series":
    """Label each row ``positive``, ``neutral`` or ``negative``.

    Parameters
    ----------
    scores : pandas.DataFrame
        With ``vader_compound`` and/or ``afinn`` (from :mod:`newslib.sentiment`).
    lexicon : {"vader", "afinn"}
        VADER: compound at or beyond ±:data:`VADER_THRESHOLD`; AFINN: any score above or below 0.

    Returns
    -------
    pandas.Series
        Ordered categorical with the categories :data:`POLARITIES`, same index as ``scores``.

    Examples
    --------
    >>> import pandas as pd
    >>> list(polarity(pd.DataFrame({"vader_compound": [-0.3, 0.01, 0.05]})))
    ['negative', 'neutral', 'positive']
    """
    import numpy as np
    import pandas as pd

    if lexicon not in _COLUMN:
        raise ValueError(f"lexicon must be one of {', '.join(_COLUMN)}, got {lexicon!r}")
    values = scores[_COLUMN[lexicon]].astype(float)
    cut = VADER_THRESHOLD if lexicon == "vader" else 0.0
    if lexicon == "vader":
        labels = np.select([values <= -cut, values >= cut], ["negative", "positive"], "neutral")
    else:
        labels = np.select([values < 0, values > 0], ["negative", "positive"], "neutral")
    return pd.Series(pd.Categorical(labels, categories=POLARITIES, ordered=True), index=scores.index,
                     name=f"{lexicon}_polarity")


def polarity_summary(scored: "pd.DataFrame", by: str = "camp", order: tuple[str, ...] | None = None
                     ) -> "pd.DataFrame":
    """Sentiment of groups of statements (or sentences): n, mean and median, and polarity shares.

    Parameters
    ----------
    scored : pandas.DataFrame
        With ``vader_compound``, ``afinn_per_word`` and the column ``by``.
    by : str
        The grouping column, e.g. ``camp`` or ``stance``.
    order : tuple of str, optional
        Groups in row order; groups listed but absent get ``n`` 0. Default: sorted groups.

    Returns
    -------
    pandas.DataFrame
        Columns ``by, n, vader_mean, vader_median, negative_share, positive_share`` (VADER polarity) and
        ``afinn_per_word_mean``.

    Examples
    --------
    >>> import pandas as pd
    >>> s = pd.DataFrame({"camp": ["a", "a", "b"], "vader_compound": [0.5, -0.5, 0.2],
    ...                   "afinn_per_word": [0.1, -0.2, 0.0]})
    >>> polarity_summary(s)[["camp", "n", "vader_mean", "negative_share"]].to_dict("records")
    [{'camp': 'a', 'n': 2, 'vader_mean': 0.0, 'negative_share': 0.5}, {'camp': 'b', 'n': 1, 'vader_mean': 0.2, 'negative_share': 0.0}]
    """
    import pandas as pd

    labels = polarity(scored, "vader").astype(str)
    frame = scored.assign(_neg=labels == "negative", _pos=labels == "positive")
    groups = order if order is not None else tuple(sorted(frame[by].dropna().unique()))
    rows = []
    for group in groups:
        part = frame[frame[by] == group]
        n = len(part)
        rows.append({by: group, "n": n,
                     "vader_mean": float(part["vader_compound"].mean()) if n else float("nan"),
                     "vader_median": float(part["vader_compound"].median()) if n else float("nan"),
                     "negative_share": float(part["_neg"].mean()) if n else float("nan"),
                     "positive_share": float(part["_pos"].mean()) if n else float("nan"),
                     "afinn_per_word_mean": float(part["afinn_per_word"].mean()) if n else float("nan")})
    return pd.DataFrame(rows)


def lexicon_agreement(scores: "pd.DataFrame") -> "pd.DataFrame":
    """How closely VADER's compound and AFINN's score agree.

    Parameters
    ----------
    scores : pandas.DataFrame
        With ``vader_compound`` and ``afinn``, e.g. from :func:`newslib.sentiment.score_sentences`.

    Returns
    -------
    pandas.DataFrame
        One row per measure, columns ``measure, value, n``: Pearson's r (linear), Spearman's rho (same
        order, whatever the scale) and the share of rows given the same :func:`polarity` by both.

    Examples
    --------
    >>> import pandas as pd
    >>> t = pd.DataFrame({"vader_compound": [-0.5, 0.0, 0.4, 0.6], "afinn": [-2, 0, 1, 3]})
    >>> lexicon_agreement(t)["value"].round(3).tolist()
    [0.973, 1.0, 1.0]
    """
    import pandas as pd

    v, a = scores["vader_compound"].astype(float), scores["afinn"].astype(float)
    same = (polarity(scores, "vader").astype(str) == polarity(scores, "afinn").astype(str)).mean()
    n = len(scores)
    return pd.DataFrame({"measure": ["pearson_r", "spearman_rho", "same_polarity_share"],
                         "value": [v.corr(a, method="pearson"), v.corr(a, method="spearman"), float(same)],
                         "n": [n, n, n]})


def lexicon_disagreements(scores: "pd.DataFrame", n: int = 5) -> "pd.DataFrame":
    """The rows on which the two lexicons disagree most.

    The scales differ (VADER -1..1, AFINN an unbounded sum), so each score is standardised over the rows
    given (``z = (x - mean) / sd``, 0 when the scores do not vary) and the gap is ``|z_vader - z_afinn|``.

    Parameters
    ----------
    scores : pandas.DataFrame
        With ``vader_compound`` and ``afinn``.
    n : int
        How many rows to return.

    Returns
    -------
    pandas.DataFrame
        The ``n`` rows with the largest gap, largest first, with ``vader_z, afinn_z, gap`` added.

    Examples
    --------
    >>> import pandas as pd
    >>> t = pd.DataFrame({"vader_compound": [-0.5, 0.0, 0.4, -0.6], "afinn": [-2, 0, 1, 3]})
    >>> lexicon_disagreements(t, n=1).index.tolist()
    [3]
    """
    out = scores.assign(vader_z=_standardise(scores["vader_compound"]), afinn_z=_standardise(scores["afinn"]))
    out = out.assign(gap=(out["vader_z"] - out["afinn_z"]).abs())
    return out.sort_values("gap", ascending=False, kind="stable").head(n)


def _standardise(values: "pd.Series") -> "pd.Series":
    values = values.astype(float)
    sd = values.std()
    if not sd > 0 or not math.isfinite(sd):   # one row, or all equal: nothing to tell apart
        return values * 0.0
    return (values - values.mean()) / sd


def polarity_by_stance(scored: "pd.DataFrame", lexicon: str = "vader",
                       stances: tuple[str, ...] = ("favor", "against", "none")) -> "pd.DataFrame":
    """Count statements by hand-coded stance and sentiment polarity.

    Parameters
    ----------
    scored : pandas.DataFrame
        Statements with a ``stance`` column and the scores of :func:`newslib.sentiment.score_statements`.
    lexicon : {"vader", "afinn"}
    stances : tuple of str
        The stance labels, in row order.

    Returns
    -------
    pandas.DataFrame
        One row per stance: ``stance, n``, the counts ``negative, neutral, positive`` and their shares
        ``negative_share, neutral_share, positive_share`` (0 when ``n`` is 0).

    Examples
    --------
    >>> import pandas as pd
    >>> s = pd.DataFrame({"stance": ["favor", "favor", "against"], "vader_compound": [-0.4, 0.3, 0.6]})
    >>> polarity_by_stance(s)[["stance", "n", "negative", "positive"]].to_dict("records")[:2]
    [{'stance': 'favor', 'n': 2, 'negative': 1, 'positive': 1}, {'stance': 'against', 'n': 1, 'negative': 0, 'positive': 1}]
    """
    import pandas as pd

    labels = polarity(scored, lexicon)
    rows = []
    for stance in stances:
        counts = labels[scored["stance"] == stance].value_counts()
        n = int(counts.sum())
        row = {"stance": stance, "n": n, **{p: int(counts.get(p, 0)) for p in POLARITIES}}
        row.update({f"{p}_share": row[p] / n if n else 0.0 for p in POLARITIES})
        rows.append(row)
    return pd.DataFrame(rows)


def stance_mismatches(scored: "pd.DataFrame", lexicon: str = "vader") -> "pd.DataFrame":
    """Statements whose sentiment points the other way from their stance.

    A mismatch is a ``favor`` statement with negative polarity or an ``against`` statement with positive
    polarity. Statements coded ``none`` or with neutral polarity cannot mismatch.

    Parameters
    ----------
    scored : pandas.DataFrame
        Statements with ``stance`` and the scores of :func:`newslib.sentiment.score_statements`.
    lexicon : {"vader", "afinn"}

    Returns
    -------
    pandas.DataFrame
        The mismatching rows, with a ``polarity`` column added, in their original order.

    Examples
    --------
    >>> import pandas as pd
    >>> s = pd.DataFrame({"stance": ["favor", "against", "none"], "vader_compound": [-0.4, -0.6, 0.9]})
    >>> stance_mismatches(s).index.tolist()
    [0]
    """
    labels = polarity(scored, lexicon).astype(str)
    wrong = ((scored["stance"] == "favor") & (labels == "negative")) | \
            ((scored["stance"] == "against") & (labels == "positive"))
    return scored.assign(polarity=labels)[wrong]


def mismatch_summary(scored: "pd.DataFrame") -> "pd.DataFrame":
    """How often sentiment points the other way from stance, for each lexicon.

    Parameters
    ----------
    scored : pandas.DataFrame
        Statements with ``stance`` and the scores of :func:`newslib.sentiment.score_statements`.

    Returns
    -------
    pandas.DataFrame
        One row per lexicon: ``with_stance`` (statements coded ``favor`` or ``against``), ``polar`` (of
        those, the ones with positive or negative polarity), ``mismatches`` (see
        :func:`stance_mismatches`) split into ``favor_negative`` and ``against_positive``,
        ``share_of_stance = mismatches / with_stance`` and ``share_of_polar = mismatches / polar`` (NaN
        when the denominator is 0).

    Examples
    --------
    >>> import pandas as pd
    >>> s = pd.DataFrame({"stance": ["favor", "against", "against", "none"],
    ...                   "vader_compound": [-0.4, 0.0, -0.6, 0.9], "afinn": [-1, 2, -2, 3]})
    >>> mismatch_summary(s)[["lexicon", "with_stance", "polar", "mismatches"]].to_dict("records")
    [{'lexicon': 'vader', 'with_stance': 3, 'polar': 2, 'mismatches': 1}, {'lexicon': 'afinn', 'with_stance': 3, 'polar': 3, 'mismatches': 2}]
    """
    import pandas as pd

    taking = scored[scored["stance"].isin(["favor", "against"])]
    rows = []
    for lexicon in _COLUMN:
        polar = int((polarity(taking, lexicon).astype(str) != "neutral").sum())
        wrong_rows = stance_mismatches(taking, lexicon)
        wrong = len(wrong_rows)
        rows.append({"lexicon": lexicon, "with_stance": len(taking), "polar": polar, "mismatches": wrong,
                     "favor_negative": int((wrong_rows["stance"] == "favor").sum()),
                     "against_positive": int((wrong_rows["stance"] == "against").sum()),
                     "share_of_stance": wrong / len(taking) if len(taking) else float("nan"),
                     "share_of_polar": wrong / polar if polar else float("nan")})
    return pd.DataFrame(rows)
