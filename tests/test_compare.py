"""TF-IDF, cosine similarity and Fightin' Words, checked against hand computations."""
from math import isclose, log, sqrt

import numpy as np
import pandas as pd
import pytest
from hypothesis import assume, given, settings, strategies as st

from newslib.compare import (cosine_similarity, documents, log_odds, stop_words, term_counts, tfidf,
                             tokenize, top_terms)


def docs(*texts, ids=None):
    return pd.DataFrame({"doc_id": ids or [f"d{i}" for i in range(1, len(texts) + 1)], "text": list(texts)})


def weight(table, doc, term, column="tfidf"):
    row = table[(table["doc_id"] == doc) & (table["term"] == term)]
    assert len(row) == 1, f"{doc}/{term} not in the table"
    return row[column].item()


# Three documents, n = 3:  d1 "nhs nhs reform", d2 "nhs cuts", d3 "cuts cuts cuts".
# df: nhs 2, reform 1, cuts 2.
TOY = docs("nhs nhs reform", "nhs cuts", "cuts cuts cuts")


# ---------------------------------------------------------------- TF-IDF against the formula

def test_tf_and_df_are_raw_counts():
    table = tfidf(TOY)
    assert weight(table, "d1", "nhs", "tf") == 2
    assert weight(table, "d3", "cuts", "tf") == 3
    assert weight(table, "d1", "nhs", "df") == 2
    assert weight(table, "d1", "reform", "df") == 1
    assert len(table) == 5  # only the (document, term) pairs that occur


def test_smoothed_idf_is_ln_one_plus_n_over_one_plus_df_plus_one():
    table = tfidf(TOY, norm=None)
    assert isclose(weight(table, "d1", "nhs", "idf"), log((1 + 3) / (1 + 2)) + 1)
    assert isclose(weight(table, "d1", "reform", "idf"), log((1 + 3) / (1 + 1)) + 1)
    # without normalisation tf-idf is the plain product: 2 * (ln(4/3) + 1)
    assert isclose(weight(table, "d1", "nhs"), 2 * (log(4 / 3) + 1))


def test_unsmoothed_idf_is_ln_n_over_df_plus_one():
    table = tfidf(TOY, norm=None, smooth_idf=False)
    assert isclose(weight(table, "d1", "nhs", "idf"), log(3 / 2) + 1)
    assert isclose(weight(table, "d1", "reform", "idf"), log(3 / 1) + 1)
    assert isclose(weight(table, "d3", "cuts"), 3 * (log(3 / 2) + 1))


def test_l2_norm_divides_by_the_length_of_the_document_vector():
    table = tfidf(TOY)
    nhs, reform = 2 * (log(4 / 3) + 1), 1 * (log(4 / 2) + 1)
    length = sqrt(nhs ** 2 + reform ** 2)
    assert isclose(weight(table, "d1", "nhs"), nhs / length)
    assert isclose(weight(table, "d1", "reform"), reform / length)
    assert isclose(weight(table, "d3", "cuts"), 1.0)  # a one-term document


def test_l1_norm_makes_weights_sum_to_one():
    sums = tfidf(TOY, norm="l1").groupby("doc_id")["tfidf"].sum()
    assert np.allclose(sums, 1.0)


def test_sublinear_tf_uses_one_plus_log_count():
    table = tfidf(TOY, norm=None, sublinear_tf=True)
    assert isclose(weight(table, "d3", "cuts"), (1 + log(3)) * (log(4 / 3) + 1))
    assert isclose(weight(table, "d1", "reform"), (1 + log(1)) * (log(4 / 2) + 1))
    assert weight(table, "d3", "cuts", "tf") == 3  # tf stays the raw count


def test_min_df_drops_terms_in_too_few_documents():
    assert "reform" not in set(tfidf(TOY, min_df=2)["term"])
    assert "reform" in set(tfidf(TOY, min_df=1)["term"])


def test_with_two_documents_idf_takes_only_two_values():
    two = docs("nhs bill cuts", "nhs bill reform")
    assert sorted(tfidf(two)["idf"].round(6).unique()) == [1.0, round(log(3 / 2) + 1, 6)]


# ---------------------------------------------------------------- tokenisation settings

def test_default_stop_words_keep_bill_and_drop_the():
    assert tokenize("The Bill and the system") == ["bill", "system"]
    assert "bill" not in tokenize("The Bill", stop_words="english")
    assert tokenize("The Bill", stop_words=None) == ["the", "bill"]
    assert tokenize("the NHS bill", stop_words=["nhs"]) == ["the", "bill"]


def test_stop_word_list_is_read_from_package_data():
    words = stop_words()
    assert {"the", "said", "don"} <= words
    assert not {"bill", "full", "system", "nhs"} & words


def test_token_pattern_drops_digits_and_single_letters_and_splits_possessives():
    assert tokenize("The minister's 2012 plan: a No.10 cross-party deal", stop_words=None) == [
        "the", "minister", "plan", "no", "cross", "party", "deal"]
    assert tokenize("No.10 in 2012", stop_words=None, token_pattern=r"\w+") == ["no", "10", "in", "2012"]


def test_lowercase_false_keeps_capitalised_words_apart():
    table = tfidf(docs("Bill bill"), lowercase=False, stop_words=None)
    assert set(table["term"]) == {"Bill", "bill"}
    assert set(tfidf(docs("Bill bill"))["term"]) == {"bill"}


def test_ngram_range_adds_two_word_terms():
    assert tokenize("health service cuts", ngram_range=(1, 2)) == [
        "health", "service", "cuts", "health service", "service cuts"]


def test_unknown_stop_word_name_is_an_error():
    with pytest.raises(ValueError, match="stop_words"):
        tokenize("text", stop_words="french")


def test_duplicate_doc_ids_are_an_error():
    with pytest.raises(ValueError, match="unique"):
        tfidf(docs("a b", "c d", ids=["x", "x"]))


def test_term_counts_sums_over_the_by_column():
    frame = pd.DataFrame({"camp": ["labour", "labour", "government"],
                          "text": ["drop the bill", "drop it", "pass the bill"]})
    counts = term_counts(frame, by="camp")
    assert counts.values.tolist() == [["labour", "bill", 1], ["labour", "drop", 2],
                                      ["government", "bill", 1], ["government", "pass", 1]]


# ---------------------------------------------------------------- top terms and cosine similarity

def test_top_terms_ranks_by_weight_and_breaks_ties_alphabetically():
    table = tfidf(docs("zebra apple apple mango", "kiwi"), norm=None)
    top = top_terms(table, n=2)
    assert top[top["doc_id"] == "d1"]["term"].tolist() == ["apple", "mango"]  # mango ties zebra
    assert top[top["doc_id"] == "d1"]["rank"].tolist() == [1, 2]
    assert top[top["doc_id"] == "d2"]["term"].tolist() == ["kiwi"]


def test_cosine_similarity_is_one_for_identical_and_zero_for_disjoint_documents():
    sim = cosine_similarity(tfidf(docs("nhs cuts", "cuts nhs", "reform bill")))
    assert sim.index.tolist() == sim.columns.tolist() == ["d1", "d2", "d3"]
    assert isclose(sim.loc["d1", "d2"], 1.0)
    assert sim.loc["d1", "d3"] == 0.0
    tidy = cosine_similarity(tfidf(docs("nhs cuts", "reform bill")), square=False)
    assert tidy.columns.tolist() == ["doc_a", "doc_b", "cosine"]
    assert len(tidy) == 4


def test_cosine_similarity_matches_the_dot_product_of_l2_vectors():
    table = tfidf(TOY)
    sim = cosine_similarity(table)
    d1 = table[table.doc_id == "d1"].set_index("term")["tfidf"]
    d2 = table[table.doc_id == "d2"].set_index("term")["tfidf"]
    assert isclose(sim.loc["d1", "d2"], (d1 * d2).sum())  # shared term: nhs


# ---------------------------------------------------------------- Fightin' Words by hand

# Group a "nhs nhs reform" (n_a = 3), group b "nhs cuts cuts cuts" (n_b = 4).
# Corpus counts: nhs 3, reform 1, cuts 3, n = 7. Default a0 = n, so alpha_w = corpus count.
#   delta_w = ln((y_a + alpha) / (n_a + a0 - y_a - alpha)) - ln((y_b + alpha) / (n_b + a0 - y_b - alpha))
#   var_w   = 1 / (y_a + alpha) + 1 / (y_b + alpha);   z_w = delta_w / sqrt(var_w)
# reform: y_a 1, y_b 0, alpha 1: delta = ln(2/8) - ln(1/10),  var = 1/2 + 1/1
# nhs:    y_a 2, y_b 1, alpha 3: delta = ln(5/5) - ln(4/7),   var = 1/5 + 1/4
# cuts:   y_a 0, y_b 3, alpha 3: delta = ln(3/7) - ln(6/5),   var = 1/3 + 1/6
PAIR = pd.DataFrame({"camp": ["a", "b"], "text": ["nhs nhs reform", "nhs cuts cuts cuts"]})
HAND = {"reform": (log(2 / 8) - log(1 / 10), 1 / 2 + 1 / 1),
        "nhs": (log(5 / 5) - log(4 / 7), 1 / 5 + 1 / 4),
        "cuts": (log(3 / 7) - log(6 / 5), 1 / 3 + 1 / 6)}


def test_log_odds_matches_the_hand_computation():
    table = log_odds(PAIR, "a", "b").set_index("term")
    for term, (delta, variance) in HAND.items():
        assert isclose(table.loc[term, "delta"], delta), term
        assert isclose(table.loc[term, "variance"], variance), term
        assert isclose(table.loc[term, "z"], delta / sqrt(variance)), term
    assert table.loc["cuts", ["count_a", "count_b", "count_all"]].tolist() == [0, 3, 3]


def test_log_odds_is_sorted_from_most_a_to_most_b():
    table = log_odds(PAIR, "a", "b")
    # z: nhs 0.834, reform 0.748, cuts -1.456
    assert table["term"].tolist() == ["nhs", "reform", "cuts"]
    assert table.columns.tolist() == ["term", "count_a", "count_b", "count_all", "alpha", "delta",
                                      "variance", "z"]


def test_a0_scales_the_prior():
    # a0 = 14 doubles every alpha: reform alpha = 14 * 1/7 = 2, alpha_0 = 14
    table = log_odds(PAIR, "a", "b", a0=14).set_index("term")
    assert isclose(table.loc["reform", "alpha"], 2.0)
    assert isclose(table.loc["reform", "delta"], log(3 / (3 + 14 - 1 - 2)) - log(2 / (4 + 14 - 2)))
    assert isclose(table.loc["reform", "variance"], 1 / 3 + 1 / 2)


def test_a_smaller_prior_shrinks_less():
    strong = log_odds(PAIR, "a", "b").set_index("term")["z"]
    weak = log_odds(PAIR, "a", "b", a0=0.7).set_index("term")["z"]
    assert abs(weak["cuts"]) > abs(strong["cuts"])


def test_background_documents_make_the_prior():
    background = pd.DataFrame({"camp": ["x"], "text": ["nhs reform cuts " * 10]})
    table = log_odds(PAIR, "a", "b", background=background).set_index("term")
    assert table["count_all"].tolist() == [10, 10, 10]
    assert np.allclose(table["alpha"], 10.0)


def test_background_without_a_term_is_an_error():
    with pytest.raises(ValueError, match="lacks"):
        log_odds(PAIR, "a", "b", background=pd.DataFrame({"text": ["nhs bill"]}))


def test_a_background_of_one_term_is_an_error():
    # with one term its odds are y / (n - y) = 1 / 0: the log-odds would be infinite
    with pytest.raises(ValueError, match="two different terms"):
        log_odds(pd.DataFrame({"camp": ["a", "b"], "text": ["nhs", "nhs nhs"]}), "a", "b")


@pytest.mark.parametrize("kwargs, message", [
    ({"a": "c", "b": "b"}, "not a value"),
    ({"a": "a", "b": "a"}, "different"),
    ({"a": "a", "b": "b", "a0": 0}, "positive"),
])
def test_log_odds_rejects_bad_arguments(kwargs, message):
    with pytest.raises(ValueError, match=message):
        log_odds(PAIR, **kwargs)


# ---------------------------------------------------------------- documents at each unit

CORPUS = pd.DataFrame({"article_id": ["a1", "a2"],
                       "paragraphs": [("First one.", "Second one here."), ("Only one.",)],
                       "text": ["First one.\n\nSecond one here.", "Only one."]})
STATEMENTS = pd.DataFrame({
    "article_id": ["a1", "a1", "a2", "a2"], "paragraph": [1, 2, 1, 1],
    "speaker": ["Nurse", "Minister", "Shadow", "Nurse"], "role": ["", "", "", ""],
    "camp": ["health_professionals", "government", "labour", "health_professionals"],
    "kind": ["direct"] * 4, "cue": ["said"] * 4,
    "text": ["Patients first.", "The Bill will pass.", "Drop the Bill.", "Listen to nurses."],
    "start": [0] * 4, "end": [1] * 4, "quote_id": [None] * 4})


def test_camp_documents_join_each_camps_statements_in_camp_order():
    camps = documents(CORPUS, STATEMENTS, unit="camp")
    assert camps["doc_id"].tolist() == ["government", "labour", "health_professionals"]
    row = camps.set_index("camp").loc["health_professionals"]
    assert row["text"] == "Patients first.\n\nListen to nurses."
    assert (row["n_statements"], row["n_words"]) == (2, 5)


def test_statements_without_a_camp_are_left_out_with_a_warning():
    unplaced = STATEMENTS.assign(camp=[None, "government", "labour", None])
    with pytest.warns(UserWarning, match="2 statement"):
        camps = documents(CORPUS, unplaced, unit="camp")
    assert camps["doc_id"].tolist() == ["government", "labour"]


def test_article_paragraph_and_statement_documents_have_unique_ids():
    arts = documents(CORPUS, unit="article")
    assert arts[["doc_id", "n_words"]].values.tolist() == [["a1", 5], ["a2", 2]]
    paras = documents(CORPUS, unit="paragraph")
    assert paras["doc_id"].tolist() == ["a1:p1", "a1:p2", "a2:p1"]
    assert paras["paragraph"].tolist() == [1, 2, 1]  # 1-based, as newslib.kwic counts
    said = documents(CORPUS, STATEMENTS, unit="statement")
    assert said["doc_id"].tolist() == ["a1:s0", "a1:s1", "a2:s0", "a2:s1"]
    assert said.columns.tolist() == ["doc_id", "article_id", "paragraph", "speaker", "camp", "text",
                                     "n_words"]


def test_documents_need_statements_for_camps_and_a_known_unit():
    with pytest.raises(ValueError, match="statements"):
        documents(CORPUS, unit="camp")
    with pytest.raises(ValueError, match="unit"):
        documents(CORPUS, STATEMENTS, unit="sentence")


def test_camp_documents_feed_log_odds():
    camps = documents(CORPUS, STATEMENTS, unit="camp")
    table = log_odds(camps, "labour", "government")
    assert table.iloc[0]["term"] == "drop"
    assert table.iloc[-1]["term"] == "pass"


# ---------------------------------------------------------------- properties

WORDS = st.sampled_from(["nhs", "bill", "cuts", "reform", "nurses", "patients", "drop", "pass"])
TEXTS = st.lists(WORDS, min_size=1, max_size=12).map(" ".join)


@settings(max_examples=40, deadline=None)
@given(st.lists(TEXTS, min_size=1, max_size=5), st.booleans(), st.booleans())
def test_tfidf_follows_the_formula_for_any_documents(texts, smooth, sublinear):
    table = tfidf(docs(*texts), smooth_idf=smooth, sublinear_tf=sublinear)
    n = len(texts)
    expected_idf = np.log((1 + n) / (1 + table["df"])) + 1 if smooth else np.log(n / table["df"]) + 1
    assert np.allclose(table["idf"], expected_idf)
    assert np.allclose(table.groupby("doc_id")["tfidf"].apply(lambda w: (w ** 2).sum()), 1.0)
    sim = cosine_similarity(table).to_numpy()
    assert np.allclose(sim, sim.T) and np.allclose(np.diag(sim), 1.0)
    assert (sim > -1e-12).all() and (sim < 1 + 1e-12).all()


@settings(max_examples=40, deadline=None)
@given(TEXTS, TEXTS, st.floats(min_value=0.01, max_value=1000))
def test_swapping_the_groups_negates_log_odds(text_a, text_b, a0):
    assume(len(set(f"{text_a} {text_b}".split())) > 1)
    frame = pd.DataFrame({"camp": ["a", "b"], "text": [text_a, text_b]})
    ab = log_odds(frame, "a", "b", a0=a0).set_index("term").sort_index()
    ba = log_odds(frame, "b", "a", a0=a0).set_index("term").sort_index()
    assert np.allclose(ab["delta"], -ba["delta"])
    assert np.allclose(ab["z"], -ba["z"])
    assert np.allclose(ab["variance"], 1 / (ab["count_a"] + ab["alpha"]) + 1 / (ab["count_b"] + ab["alpha"]))
    assert np.isclose(ab["alpha"].sum(), a0)  # the background is the two groups: alpha_0 = a0
    assert (np.sign(ab["z"]) == np.sign(ab["delta"])).all()


def test_largest_camps_rank_by_words_leave_out_other_and_keep_pack_order_in_ties():
    from newslib.compare import largest_camps

    docs = pd.DataFrame({"camp": ["ministers", "unions", "engineers", "other"], "n_words": [40, 90, 40, 900]})
    assert largest_camps(docs, 3) == ["unions", "ministers", "engineers"]
    assert largest_camps(docs, 2) == ["unions", "ministers"]
    assert largest_camps(docs.iloc[:1], 3) == ["ministers"]          # fewer camps than asked for
    assert largest_camps(docs, 1, exclude=()) == ["other"]


def test_example_terms_run_from_widest_spread_to_one_documents_own_term():
    from newslib.compare import example_terms

    docs = pd.DataFrame({"doc_id": ["a", "b", "c", "d"],
                         "text": ["rivers levy levy bills", "rivers levy bills", "rivers levy pumps pumps pumps",
                                  "rivers meters"]})
    # "rivers" is in every document and skipped; levy (3 docs), bills (2), pumps (1, three times)
    assert example_terms(docs) == ["levy", "bills", "pumps"]
    assert example_terms(docs, 2) == ["levy", "pumps"]               # the two ends of the range
    # every term in every document: the most frequent, then ties by the alphabet
    assert example_terms(docs.iloc[:2], 3) == ["levy", "bills", "rivers"]
    assert example_terms(pd.DataFrame({"doc_id": ["a"], "text": ["the and of"]})) == []


def test_example_terms_on_the_seeds_have_three_different_document_frequencies():
    import newslib as nl
    from newslib.compare import documents, example_terms, tfidf

    corpus = nl.load_corpus(nl.paths.SEEDS)
    camps = documents(corpus, nl.statements(corpus), unit="camp")
    terms = example_terms(camps)
    df = tfidf(camps).drop_duplicates("term").set_index("term")["df"]
    assert len(terms) == 3 and df[terms].is_monotonic_decreasing and df[terms].nunique() == 3
