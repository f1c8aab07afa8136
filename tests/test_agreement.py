"""Agreement measures, checked against hand-worked numbers and sklearn called directly."""
import math

import pytest
from sklearn.metrics import cohen_kappa_score

from newslib.agreement import (agreement_by_label, agreement_summary, cohen_kappa, confusion_table,
                               kappa_interval)

A = ["favor", "favor", "against", "against", "none", "none", "none", "none"]
B = ["favor", "none", "against", "against", "none", "none", "none", "against"]


def test_kappa_matches_the_formula_worked_by_hand():
    # observed 6/8; expected (2*1 + 2*3 + 4*4) / 64 = 24/64
    expected = (6 / 8 - 24 / 64) / (1 - 24 / 64)
    assert cohen_kappa(A, B) == pytest.approx(expected)
    assert cohen_kappa(A, B) == pytest.approx(cohen_kappa_score(A, B))


def test_summary_parts_add_up_to_kappa():
    s = agreement_summary(A, B)
    assert (s["n"], s["agree"]) == (8, 6)
    assert s["kappa"] == pytest.approx((s["observed"] - s["expected"]) / (1 - s["expected"]))


def test_perfect_agreement_is_one_and_constant_prediction_is_zero():
    assert cohen_kappa(A, A) == pytest.approx(1.0)
    assert cohen_kappa(A, ["none"] * len(A)) == pytest.approx(0.0)


def test_confusion_table_tidy_and_wide_agree():
    tidy = confusion_table(A, B, names=("gold", "rules"))
    wide = confusion_table(A, B, names=("gold", "rules"), wide=True)
    assert list(tidy.columns) == ["gold", "rules", "n"]
    assert len(tidy) == 9 and tidy["n"].sum() == len(A)
    assert wide.loc["none", "against"] == 1 and wide.loc["favor", "none"] == 1
    assert tidy.set_index(["gold", "rules"])["n"].to_dict() == wide.stack().to_dict()


def test_confusion_table_keeps_labels_that_never_occur():
    wide = confusion_table(["none"], ["none"], wide=True)
    assert list(wide.index) == ["favor", "against", "none"] and wide.values.sum() == 1


def test_agreement_by_label():
    table = agreement_by_label(A, B).set_index("label")
    assert table.loc["favor", "recall"] == pytest.approx(0.5)
    assert table.loc["favor", "precision"] == pytest.approx(1.0)
    assert table.loc["against", "precision"] == pytest.approx(2 / 3)
    assert table.loc["none", "f1"] == pytest.approx(2 * 3 / (4 + 4))


def test_agreement_by_label_is_nan_where_a_label_is_absent():
    table = agreement_by_label(["none"], ["none"]).set_index("label")
    assert math.isnan(table.loc["favor", "precision"]) and math.isnan(table.loc["favor", "recall"])


def test_mismatched_lengths_are_an_error():
    with pytest.raises(ValueError, match="same items"):
        cohen_kappa(["none"], ["none", "favor"])


def test_bootstrap_interval_brackets_kappa_and_is_reproducible():
    a, b = A * 4, B * 4
    lo, hi = kappa_interval(a, b, n_boot=300)
    assert lo <= cohen_kappa(a, b) <= hi
    assert (lo, hi) == kappa_interval(a, b, n_boot=300)
    narrow = kappa_interval(a * 10, b * 10, n_boot=300)
    assert narrow[1] - narrow[0] < hi - lo
