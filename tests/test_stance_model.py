"""The supervised comparison: folds, baseline, determinism, and no leak across articles."""
import pandas as pd
import pytest

from newslib import paths
from newslib.stance_model import cross_validate_stance, out_of_fold_predictions, summarise_folds

WORDS = {"against": ["drop the bill", "scrap the reforms", "kill the bill now", "the plans will damage care"],
         "favor": ["back the reforms", "support the bill", "the reforms will improve care", "we back the plans"],
         "none": ["a busy day", "the weather in town", "a meeting on tuesday", "lunch was late"]}


def toy() -> pd.DataFrame:
    rows = [{"article_id": f"art{i % 2}", "text": text, "stance": label}
            for label, texts in WORDS.items() for i, text in enumerate(texts)]
    return pd.DataFrame(rows)


def test_repeated_cv_has_one_row_per_fold_and_model():
    folds = cross_validate_stance(toy(), "repeated", n_splits=2, n_repeats=3)
    assert len(folds) == 2 * 3 * 2
    assert set(folds["repeat"]) == {0, 1, 2} and set(folds["fold"]) == {0, 1}
    assert (folds["n_train"] + folds["n_test"] == len(toy())).all()


def test_majority_baseline_has_kappa_zero():
    folds = cross_validate_stance(toy(), "repeated", n_splits=2, n_repeats=2)
    assert (folds.loc[folds["model"] == "majority_baseline", "kappa"] == 0).all()


def test_leave_one_article_out_holds_out_each_article_once():
    folds = cross_validate_stance(toy(), "loao")
    model = folds[folds["model"] == "logistic_regression"]
    assert sorted(model["held_out"]) == ["art0", "art1"]


def test_loao_without_articles_is_an_error():
    with pytest.raises(ValueError, match="needs the article"):
        cross_validate_stance(toy().drop(columns="article_id"), "loao")


def test_rules_are_scored_on_the_same_folds():
    data = toy().assign(rules=lambda d: d["stance"])
    folds = cross_validate_stance(data, "repeated", rules="rules", n_splits=2, n_repeats=2)
    assert (folds.loc[folds["model"] == "rules", "kappa"] == 1).all()


def test_results_are_deterministic():
    gold = pd.read_csv(paths.SEEDS / "statements_gold.csv")
    first = cross_validate_stance(gold, "repeated", n_splits=5, n_repeats=2)
    second = cross_validate_stance(gold, "repeated", n_splits=5, n_repeats=2)
    pd.testing.assert_frame_equal(first, second)


def test_summary_reports_mean_and_spread():
    folds = cross_validate_stance(toy(), "repeated", n_splits=2, n_repeats=3)
    summary = summarise_folds(folds).set_index("model")
    lr = folds[folds["model"] == "logistic_regression"]["kappa"]
    assert summary.loc["logistic_regression", "kappa_mean"] == pytest.approx(lr.mean())
    assert summary.loc["logistic_regression", "kappa_sd"] == pytest.approx(lr.std(ddof=1))
    assert list(summary.index) == ["logistic_regression", "majority_baseline"]


def test_out_of_fold_predictions_come_from_a_model_trained_on_the_other_article():
    from newslib.stance_model import make_model

    data = toy()
    predicted = out_of_fold_predictions(data)
    assert list(predicted.index) == list(data.index)
    for held_out in ("art0", "art1"):
        train, test = data[data["article_id"] != held_out], data[data["article_id"] == held_out]
        expected = make_model().fit(train["text"], train["stance"]).predict(test["text"])
        assert predicted[test.index].tolist() == list(expected)
