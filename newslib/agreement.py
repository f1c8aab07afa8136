"""How far two codings of the same items agree: Cohen's kappa, confusion tables, agreement per label.

Used three ways in notebook 03: coder 1 against coder 2 (is the codebook reliable?), the rules of
:mod:`newslib.stance` against the gold labels, and the model of :mod:`newslib.stance_model` against them.
Kappa and the confusion matrix come from scikit-learn; this module only arranges them as tidy tables.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["LABELS", "cohen_kappa", "agreement_summary", "confusion_table", "agreement_by_label",
           "kappa_interval"]

#: The stance labels, in display order.
LABELS: tuple[str, ...] = ("favor", "against", "none")


def _pair(a: Sequence[str], b: Sequence[str]) -> tuple[list[str], list[str]]:
    a, b = [str(x) for x in a], [str(x) for x in b]
    if len(a) != len(b):
        raise ValueError(f"the two codings must label the same items; got {len(a)} and {len(b)} labels")
    if not a:
        raise ValueError("no items to compare")
    return a, b


def cohen_kappa(a: Sequence[str], b: Sequence[str], labels: Sequence[str] = LABELS) -> float:
    """Cohen's kappa of two codings (``sklearn.metrics.cohen_kappa_score``).

    Examples
    --------
    >>> cohen_kappa(["favor", "none", "against", "none"], ["favor", "none", "against", "against"])
    0.6363636363636364
    """
    from sklearn.metrics import cohen_kappa_score

    a, b = _pair(a, b)
    return float(cohen_kappa_score(a, b, labels=list(labels)))


def agreement_summary(a: Sequence[str], b: Sequence[str], labels: Sequence[str] = LABELS) -> dict:
    """``n``, ``agree`` (items labelled alike), ``observed`` and ``expected`` agreement, and ``kappa``.

    ``expected`` is the agreement two coders would reach by chance with these label frequencies;
    kappa = (observed - expected) / (1 - expected).

    Examples
    --------
    >>> agreement_summary(["favor", "none"], ["favor", "against"])["observed"]
    0.5
    """
    a, b = _pair(a, b)
    n = len(a)
    observed = sum(x == y for x, y in zip(a, b)) / n
    expected = sum((a.count(label) / n) * (b.count(label) / n) for label in labels)
    return {"n": n, "agree": sum(x == y for x, y in zip(a, b)), "observed": observed, "expected": expected,
            "kappa": cohen_kappa(a, b, labels)}


def confusion_table(a: Sequence[str], b: Sequence[str], labels: Sequence[str] = LABELS,
                    names: tuple[str, str] = ("a", "b"), wide: bool = False) -> "pd.DataFrame":
    """The confusion matrix of two codings (``sklearn.metrics.confusion_matrix``), tidy or wide.

    Parameters
    ----------
    a, b : sequence of str
        The two codings, item by item (e.g. gold, then predicted).
    labels : sequence of str
        All labels, in order; labels that never occur get zeros.
    names : (str, str)
        Column names for the two codings.
    wide : bool
        False: one row per pair of labels (``names[0], names[1], n``). True: a square table, rows
        ``names[0]``, columns ``names[1]``.

    Examples
    --------
    >>> confusion_table(["favor", "none"], ["favor", "against"], names=("gold", "rules")).query("n > 0")
        gold    rules  n
    0  favor    favor  1
    7   none  against  1
    """
    import pandas as pd
    from sklearn.metrics import confusion_matrix

    a, b = _pair(a, b)
    matrix = pd.DataFrame(confusion_matrix(a, b, labels=list(labels)), index=pd.Index(labels, name=names[0]),
                          columns=pd.Index(labels, name=names[1]))
    if wide:
        return matrix
    return matrix.stack().rename("n").reset_index()


def agreement_by_label(a: Sequence[str], b: Sequence[str], labels: Sequence[str] = LABELS) -> "pd.DataFrame":
    """Agreement on each label, with ``a`` as the reference.

    Returns
    -------
    pandas.DataFrame
        One row per label: ``n_a``, ``n_b`` (items each coding gives the label), ``both``, ``precision``
        (of b, ``both / n_b``), ``recall`` (``both / n_a``), ``f1`` and ``specific_agreement``
        (``2 * both / (n_a + n_b)``, the same number as f1, read without a reference). NaN where a
        denominator is 0.

    Examples
    --------
    >>> agreement_by_label(["favor", "none"], ["favor", "favor"])[["label", "both", "precision", "recall"]].to_dict("records")[0]
    {'label': 'favor', 'both': 1, 'precision': 0.5, 'recall': 1.0}
    """
    import pandas as pd

    a, b = _pair(a, b)
    rows = []
    for label in labels:
        n_a, n_b = a.count(label), b.count(label)
        both = sum(x == y == label for x, y in zip(a, b))
        nan = float("nan")
        rows.append({"label": label, "n_a": n_a, "n_b": n_b, "both": both,
                     "precision": both / n_b if n_b else nan, "recall": both / n_a if n_a else nan,
                     "f1": 2 * both / (n_a + n_b) if n_a + n_b else nan})
    table = pd.DataFrame(rows)
    table["specific_agreement"] = table["f1"]
    return table


def kappa_interval(a: Sequence[str], b: Sequence[str], n_boot: int = 2000, level: float = 0.95,
                   random_state: int = 0, labels: Sequence[str] = LABELS) -> tuple[float, float]:
    """A percentile bootstrap interval for Cohen's kappa: how much it could move with other items.

    Items are resampled with replacement ``n_boot`` times with a fixed seed, so the interval is the same on
    every run. With a few dozen items it is wide; that width is the point.

    Examples
    --------
    >>> lo, hi = kappa_interval(["favor", "none", "against"] * 5, ["favor", "none", "none"] * 5, n_boot=200)
    >>> lo < hi
    True
    """
    import numpy as np
    from sklearn.metrics import cohen_kappa_score

    a, b = _pair(a, b)
    x, y = np.array(a), np.array(b)
    rng = np.random.default_rng(random_state)
    scores = []
    for _ in range(n_boot):
        take = rng.integers(0, len(x), len(x))
        xa, yb = x[take], y[take]
        if len(set(xa) | set(yb)) < 2:
            continue            # kappa is undefined when every label is the same
        scores.append(cohen_kappa_score(xa, yb, labels=list(labels)))
    tail = (1 - level) / 2 * 100
    lo, hi = np.nanpercentile(scores, [tail, 100 - tail])
    return float(lo), float(hi)
