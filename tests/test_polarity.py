"""Polarity labels, agreement between the lexicons, and sentiment against stance."""
import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from newslib.polarity import (POLARITIES, VADER_THRESHOLD, lexicon_agreement, lexicon_disagreements, mismatch_summary,
                              polarity, polarity_by_stance, polarity_summary, stance_mismatches)


@pytest.mark.parametrize("compound, expected", [
    (-VADER_THRESHOLD, "negative"), (-0.049, "neutral"), (0.0, "neutral"), (0.049, "neutral"),
    (VADER_THRESHOLD, "positive"), (-1.0, "negative"), (1.0, "positive"),
])
def test_vader_polarity_uses_vaders_own_threshold(compound, expected):
    assert polarity(pd.DataFrame({"vader_compound": [compound]}))[0] == expected


@pytest.mark.parametrize("score, expected", [(-1, "negative"), (0, "neutral"), (0.5, "positive")])
def test_afinn_polarity_is_the_sign(score, expected):
    assert polarity(pd.DataFrame({"afinn": [score]}), "afinn")[0] == expected


def test_polarity_keeps_the_index_and_orders_its_categories():
    labels = polarity(pd.DataFrame({"vader_compound": [0.5, -0.5]}, index=[4, 2]))
    assert list(labels.index) == [4, 2]
    assert tuple(labels.cat.categories) == POLARITIES


def test_unknown_lexicon_is_an_error():
    with pytest.raises(ValueError, match="vader, afinn"):
        polarity(pd.DataFrame({"x": [1]}), "textblob")


def test_agreement_is_perfect_for_scores_in_the_same_order():
    t = pd.DataFrame({"vader_compound": [-0.9, -0.2, 0.3, 0.8], "afinn": [-5, -1, 1, 2]})
    table = lexicon_agreement(t).set_index("measure")
    assert table.loc["spearman_rho", "value"] == pytest.approx(1.0)
    assert table.loc["same_polarity_share", "value"] == 1.0
    assert (table["n"] == 4).all()


def test_agreement_is_negative_for_opposite_scores():
    t = pd.DataFrame({"vader_compound": [-0.9, -0.2, 0.3, 0.8], "afinn": [3, 1, -1, -4]})
    table = lexicon_agreement(t).set_index("measure")
    assert table.loc["pearson_r", "value"] < 0 and table.loc["same_polarity_share", "value"] == 0.0


@given(st.lists(st.tuples(st.floats(-1, 1), st.integers(-20, 20)), min_size=3, max_size=30))
def test_disagreements_are_sorted_by_the_gap_between_standardised_scores(pairs):
    t = pd.DataFrame(pairs, columns=["vader_compound", "afinn"])
    out = lexicon_disagreements(t, n=len(t))
    assert len(out) == len(t)
    gaps = out["gap"].to_numpy()
    assert np.isfinite(gaps).all()
    assert (np.diff(gaps) <= 1e-12).all()


def test_scores_that_do_not_vary_have_no_disagreement():
    out = lexicon_disagreements(pd.DataFrame({"vader_compound": [0.2, 0.2], "afinn": [1, 3]}), n=2)
    assert out["vader_z"].tolist() == [0.0, 0.0]
    assert out["gap"].tolist() == pytest.approx([0.7071, 0.7071], abs=1e-4)


def test_the_largest_disagreement_is_the_row_whose_signs_oppose():
    t = pd.DataFrame({"vader_compound": [-0.5, 0.0, 0.4, 0.5, -0.6], "afinn": [-2, 0, 1, 2, 3]})
    assert lexicon_disagreements(t, n=1).index.tolist() == [4]


STATEMENTS = pd.DataFrame({
    "stance": ["favor", "favor", "favor", "against", "against", "none"],
    "vader_compound": [0.6, -0.3, 0.0, 0.7, -0.8, -0.9],
    "afinn": [2, -1, 0, -2, -3, 1],
    "text": ["a", "b", "c", "d", "e", "f"],
})


def test_polarity_by_stance_counts_each_cell_and_its_share():
    table = polarity_by_stance(STATEMENTS).set_index("stance")
    assert table.loc["favor", ["n", "negative", "neutral", "positive"]].tolist() == [3, 1, 1, 1]
    assert table.loc["against", ["negative", "positive"]].tolist() == [1, 1]
    assert table.loc["favor", "negative_share"] == pytest.approx(1 / 3)
    shares = table[["negative_share", "neutral_share", "positive_share"]].sum(axis=1)
    assert np.allclose(shares, 1.0)


def test_a_stance_without_statements_has_zero_shares():
    table = polarity_by_stance(STATEMENTS[STATEMENTS.stance == "favor"]).set_index("stance")
    assert table.loc["against", "n"] == 0 and table.loc["against", "positive_share"] == 0.0


def test_mismatches_are_negative_favour_and_positive_against_only():
    assert stance_mismatches(STATEMENTS)["text"].tolist() == ["b", "d"]
    afinn = stance_mismatches(STATEMENTS, "afinn")
    assert afinn["text"].tolist() == ["b"] and set(afinn["polarity"]) == {"negative"}
    assert math.isclose(len(stance_mismatches(STATEMENTS)) / 5, 0.4)


def test_polarity_summary_counts_groups_in_the_order_given():
    scored = STATEMENTS.assign(camp=["g", "g", "l", "l", "l", "h"], afinn_per_word=[0.1, 0.0, 0.2, -0.1, 0.0, 0.3])
    table = polarity_summary(scored, order=("l", "g", "x")).set_index("camp")
    assert list(table.index) == ["l", "g", "x"]
    assert table.loc["l", "n"] == 3 and table.loc["x", "n"] == 0 and math.isnan(table.loc["x", "vader_mean"])
    assert table.loc["l", "vader_mean"] == pytest.approx((0.0 + 0.7 - 0.8) / 3)
    assert table.loc["l", "negative_share"] == pytest.approx(1 / 3)
    assert table.loc["g", "positive_share"] == pytest.approx(1 / 2)
    assert table.loc["g", "afinn_per_word_mean"] == pytest.approx(0.05)


def test_polarity_summary_groups_by_any_column():
    table = polarity_summary(STATEMENTS.assign(afinn_per_word=0.0), by="stance")
    assert table["stance"].tolist() == ["against", "favor", "none"]


def test_mismatch_summary_gives_both_denominators():
    table = mismatch_summary(STATEMENTS).set_index("lexicon")
    assert table.loc["vader", ["with_stance", "polar", "mismatches"]].tolist() == [5, 4, 2]
    assert table.loc["vader", ["favor_negative", "against_positive"]].tolist() == [1, 1]
    assert table.loc["afinn", ["favor_negative", "against_positive"]].tolist() == [1, 0]
    assert table.loc["vader", "share_of_stance"] == pytest.approx(2 / 5)
    assert table.loc["vader", "share_of_polar"] == pytest.approx(2 / 4)
    assert table.loc["afinn", "mismatches"] == 1


def test_mismatch_summary_without_stances_is_nan_not_an_error():
    table = mismatch_summary(STATEMENTS[STATEMENTS.stance == "none"])
    assert table["with_stance"].tolist() == [0, 0] and table["share_of_stance"].isna().all()
