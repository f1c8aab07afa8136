"""A supervised comparison for the stance rules: TF-IDF and logistic regression, cross-validated honestly.

The model learns stance from the hand-coded statements (``seeds/statements_gold.csv``): their words only,
like the rules. With a few dozen statements it cannot be trusted on its own; the point is to measure it
honestly and to see what a sample this small can show:

* **leave one article out** (``scheme="loao"``): train on one article, test on the other, so the model is
  always judged on an article it never saw (the situation of a new article);
* **repeated stratified k-fold** (``scheme="repeated"``, 5 × 5 by default, fixed seed): many splits, so the
  spread across folds shows how much a score depends on which statements happened to be held out;
* a **majority-class baseline** (``DummyClassifier``) on the same folds, and optionally the rules, which
  need no training, scored on the same test statements.

Scores: Cohen's kappa and macro-averaged F1, per fold, summarised as mean ± sd. scikit-learn is imported
inside the functions, so ``import newslib`` stays fast. Everything is deterministic.
"""
from __future__ import annotations

import warnings
from typing import TYPE_CHECKING, Sequence

if TYPE_CHECKING:
    import pandas as pd
    from sklearn.pipeline import Pipeline

__all__ = ["MODELS", "make_model", "make_baseline", "cross_validate_stance", "summarise_folds",
           "out_of_fold_predictions"]

#: The models of :func:`cross_validate_stance`, in display order.
MODELS: tuple[str, ...] = ("logistic_regression", "majority_baseline", "rules")


def make_model() -> "Pipeline":
    """TF-IDF of words and word pairs, then a class-balanced logistic regression.

    ``class_weight="balanced"`` because ``favor`` is rare in the seeds; ``sublinear_tf`` so a word said
    twice does not count twice as much. The regularisation is scikit-learn's default (C = 1): with 46
    statements there is too little data to tune it without overfitting the tuning.

    Examples
    --------
    >>> [name for name, _ in make_model().steps]
    ['tfidf', 'logreg']
    """
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import Pipeline

    return Pipeline([("tfidf", TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, lowercase=True)),
                     ("logreg", LogisticRegression(class_weight="balanced", max_iter=1000))])


def make_baseline():
    """The majority-class baseline: always predicts the commonest label of the training data."""
    from sklearn.dummy import DummyClassifier

    return DummyClassifier(strategy="most_frequent")


def _splits(y: Sequence[str], groups: Sequence[str] | None, scheme: str, n_splits: int, n_repeats: int,
            random_state: int):
    import numpy as np
    from sklearn.model_selection import LeaveOneGroupOut, RepeatedStratifiedKFold

    index = np.zeros(len(y))
    if scheme == "loao":
        if groups is None:
            raise ValueError("scheme 'loao' needs the article of each statement (groups)")
        for fold, (train, test) in enumerate(LeaveOneGroupOut().split(index, y, groups)):
            yield 0, fold, train, test
    elif scheme == "repeated":
        splitter = RepeatedStratifiedKFold(n_splits=n_splits, n_repeats=n_repeats, random_state=random_state)
        for k, (train, test) in enumerate(splitter.split(index, y)):
            yield k // n_splits, k % n_splits, train, test
    else:
        raise ValueError(f"scheme must be 'loao' or 'repeated', got {scheme!r}")


def _scores(truth: Sequence[str], predicted: Sequence[str]) -> dict[str, float]:
    from sklearn.metrics import accuracy_score, cohen_kappa_score, f1_score

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")     # kappa is NaN (0/0) when a fold holds a single label
        kappa = cohen_kappa_score(truth, predicted)
    return {"kappa": float(kappa), "macro_f1": float(f1_score(truth, predicted, average="macro",
                                                              zero_division=0)),
            "accuracy": float(accuracy_score(truth, predicted))}


def cross_validate_stance(data: "pd.DataFrame", scheme: str = "repeated", text: str = "text",
                          label: str = "stance", group: str = "article_id", rules: str | None = None,
                          n_splits: int = 5, n_repeats: int = 5, random_state: int = 0) -> "pd.DataFrame":
    """Score the model, the majority baseline and (optionally) the rules on the same folds.

    Parameters
    ----------
    data : pandas.DataFrame
        Hand-coded statements with the columns ``text`` and ``label`` (and ``group`` for ``"loao"``).
    scheme : {"loao", "repeated"}
        Leave one article out, or repeated stratified k-fold.
    rules : str, optional
        A column of rule predictions (e.g. from :func:`newslib.stance.add_stance`), scored on each test fold.
    n_splits, n_repeats, random_state : int
        For ``"repeated"``.

    Returns
    -------
    pandas.DataFrame
        One row per fold and model: ``scheme, repeat, fold, held_out`` (the article for ``"loao"``),
        ``n_train, n_test, model, kappa, macro_f1, accuracy``.

    Examples
    --------
    >>> import pandas as pd
    >>> d = pd.DataFrame({"text": ["drop the bill", "scrap it", "back the reforms", "support the bill",
    ...                            "a busy day", "the weather"] * 2, "stance": ["against", "against", "favor",
    ...                            "favor", "none", "none"] * 2})
    >>> folds = cross_validate_stance(d, n_splits=2, n_repeats=1)
    >>> sorted(folds["model"].unique()), len(folds)
    (['logistic_regression', 'majority_baseline'], 4)
    """
    import numpy as np
    import pandas as pd

    texts = data[text].astype(str).to_numpy()
    y = data[label].astype(str).to_numpy()
    groups = data[group].to_numpy() if group in data.columns else None
    rows = []
    for repeat, fold, train, test in _splits(y, groups, scheme, n_splits, n_repeats, random_state):
        predictions = {"logistic_regression": make_model().fit(texts[train], y[train]).predict(texts[test]),
                       "majority_baseline": make_baseline().fit(texts[train], y[train]).predict(texts[test])}
        if rules is not None:
            predictions["rules"] = data[rules].astype(str).to_numpy()[test]
        held_out = ", ".join(sorted(set(groups[test]))) if scheme == "loao" else ""
        for model, predicted in predictions.items():
            rows.append({"scheme": scheme, "repeat": repeat, "fold": fold, "held_out": held_out,
                         "n_train": len(train), "n_test": len(test), "model": model,
                         **_scores(y[test], np.asarray(predicted))})
    return pd.DataFrame(rows)


def summarise_folds(folds: "pd.DataFrame") -> "pd.DataFrame":
    """Mean, sd, min and max of kappa and macro-F1 across folds, per scheme and model.

    NaN kappas (a fold with one label only) are left out of the mean and counted in ``nan_folds``.

    Examples
    --------
    >>> import pandas as pd
    >>> f = pd.DataFrame({"scheme": "x", "model": "m", "kappa": [0.2, 0.4], "macro_f1": [0.5, 0.7]})
    >>> summarise_folds(f)[["kappa_mean", "macro_f1_mean", "folds"]].round(2).to_dict("records")
    [{'kappa_mean': 0.3, 'macro_f1_mean': 0.6, 'folds': 2}]
    """
    import pandas as pd

    order = {m: i for i, m in enumerate(MODELS)}
    rows = []
    for (scheme, model), part in folds.groupby(["scheme", "model"], sort=False):
        row = {"scheme": scheme, "model": model, "folds": len(part),
               "nan_folds": int(part["kappa"].isna().sum())}
        for score in ("kappa", "macro_f1"):
            values = part[score].dropna()
            row.update({f"{score}_mean": values.mean(), f"{score}_sd": values.std(ddof=1),
                        f"{score}_min": values.min(), f"{score}_max": values.max()})
        rows.append(row)
    table = pd.DataFrame(rows)
    table["_order"] = table["model"].map(order).fillna(len(order))
    return table.sort_values(["scheme", "_order"], kind="stable").drop(columns="_order").reset_index(drop=True)


def out_of_fold_predictions(data: "pd.DataFrame", text: str = "text", label: str = "stance",
                            group: str = "article_id") -> "pd.Series":
    """The model's prediction for each statement when its article was held out (leave one article out).

    Returns
    -------
    pandas.Series
        Same index as ``data``, named ``model``: every statement predicted by a model that never saw its
        article, so it can be compared with the gold label and the rules like-for-like.
    """
    import numpy as np
    import pandas as pd

    texts = data[text].astype(str).to_numpy()
    y = data[label].astype(str).to_numpy()
    predicted = np.empty(len(y), dtype=object)
    for _, _, train, test in _splits(y, data[group].to_numpy(), "loao", 0, 0, 0):
        predicted[test] = make_model().fit(texts[train], y[train]).predict(texts[test])
    return pd.Series(predicted, index=data.index, name="model")
