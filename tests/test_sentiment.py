"""Sentiment scores, their explanations, and the domain word list.

The oracles are the packages themselves: ``vaderSentiment``'s ``polarity_scores`` and ``afinn``'s
``Afinn().score``, called directly here, never through newslib.
"""
import math
import subprocess
import sys

import pandas as pd
import pytest
from afinn import Afinn
from hypothesis import given, settings
from hypothesis import strategies as st
from vaderSentiment.vaderSentiment import (B_INCR, C_INCR, N_SCALAR, SentimentIntensityAnalyzer,
                                           normalize)

from newslib import paths, sentiment
from newslib.sentiment import (SCORE_COLUMNS, LexiconError, domain_neutral_terms, explain, explained_score,
                               lexicon_summary,
                               lexicon_terms, score_article, score_paragraphs, score_sentence,
                               score_sentences, score_statements, score_text)

VADER = SentimentIntensityAnalyzer()
AFINN = Afinn()

# Written for these tests: every VADER rule, and the language of the debate.
SENTENCES = [
    "The reforms will deliver a better NHS.",
    "This bill will damage the national health service.",
    "The plan is good.",
    "The plan is very good.",
    "The plan is VERY good.",
    "The plan is not good.",
    "The plan is not very good.",
    "The plan isn't good at all.",
    "The plan is NOT good, but the staff are GREAT.",
    "The plan is slightly good.",
    "The plan is kind of good.",
    "The plan is sort of bad.",
    "There is no good answer.",
    "There is no answer.",
    "No.",
    "It was the least popular reform.",
    "At least it is not a disaster.",
    "It has never been so good.",
    "It has never been this bad.",
    "Without a doubt, an excellent idea.",
    "It was good, but the result is bad.",
    "It was good but good but bad.",
    "Good good good but bad bad.",
    "It is a kiss of death for the NHS.",
    "Ministers say patients will benefit!!!",
    "Will it work?? Will it??",
    "Is this the end???? Yes!!!!!",
    "Scrap it now!",
    "A campaign is clearly underway to scapegoat the minister.",
    "Peers are deeply worried and extremely angry.",
    "The staff are HAPPY but the managers are UPSET",
    "GREAT NEWS",
    "Despite mounting criticisms, the minister enjoys full support.",
    "It is insupportable in an economy of tight financial restraint.",
    "We care about patients 😁 and 💘",
    "Unbelievably bad :( but ok :)",
    "",
    "   ",
    "!!!",
    "the the the",
]

VOCAB = ["good", "bad", "GOOD", "BAD", "great", "terrible", "care", "support", "save", "crisis", "damage",
         "very", "VERY", "extremely", "slightly", "kind", "of", "sort", "not", "NOT", "isn't", "never",
         "no", "nor", "or", "without", "doubt", "least", "at", "so", "this", "but", "BUT", "bad", "ass",
         "kiss", "death", "the", "shit", "NHS", "reform", "patients", "!", "?", "!!", "??", ":)", "😁",
         "despite", "lol", "win", "fail", "reforms.", "happy,", '"happy"', "kind of", "sort of", "kiss of death",
         "bad ass", "never so", "at least", "without a doubt"]


def words_text():
    return st.lists(st.sampled_from(VOCAB), max_size=25).map(" ".join)


# --- scores against the packages ------------------------------------------------------------------

@pytest.mark.parametrize("sentence", SENTENCES)
def test_sentence_scores_are_the_packages_scores(sentence):
    got = score_sentence(sentence)
    vader = VADER.polarity_scores(sentence)
    assert (got["vader_compound"], got["vader_pos"], got["vader_neu"], got["vader_neg"]) == \
        (vader["compound"], vader["pos"], vader["neu"], vader["neg"])
    assert got["afinn"] == AFINN.score(sentence)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=120), words_text()))
def test_afinn_score_matches_the_afinn_package_on_any_text(text):
    assert score_sentence(text)["afinn"] == AFINN.score(text)


def test_afinn_per_word_is_the_raw_score_over_words():
    got = score_sentence("A good, good and very bad day.")
    assert got["n_words"] == 7
    assert got["afinn_per_word"] == pytest.approx(got["afinn"] / 7)
    assert score_sentence("")["afinn_per_word"] == 0.0


def test_text_score_averages_vader_and_sums_afinn_over_sentences():
    first, second = "The plan is very good.", "This bill will damage the NHS."
    got = score_text(f"{first} {second}")
    assert got["n_sentences"] == 2
    assert got["vader_compound"] == pytest.approx(
        (VADER.polarity_scores(first)["compound"] + VADER.polarity_scores(second)["compound"]) / 2)
    assert got["afinn"] == AFINN.score(first) + AFINN.score(second)


def test_text_without_sentences_scores_zero():
    got = score_text("  ")
    assert got["n_sentences"] == 0 and got["vader_compound"] == 0.0 and got["afinn"] == 0.0


# --- tables ---------------------------------------------------------------------------------------

CORPUS = pd.DataFrame({"article_id": ["a", "b"],
                       "paragraphs": [("We care. The plan is bad.", "Mr Jones is happy."),
                                      ("No comment.",)]})


def test_article_sentences_are_numbered_from_one_with_offsets_in_the_paragraph():
    table = score_article("a", CORPUS["paragraphs"][0])
    assert list(table["paragraph"]) == [1, 1, 2]
    assert list(table["sentence"]) == [1, 2, 1]
    for row in table.itertuples():
        assert CORPUS["paragraphs"][0][row.paragraph - 1][row.start:row.end] == row.text
    assert list(table.columns[-len(SCORE_COLUMNS):]) == list(SCORE_COLUMNS)


def test_corpus_sentences_stack_the_articles_in_order():
    table = score_sentences(CORPUS)
    assert list(table["article_id"]) == ["a", "a", "a", "b"]
    assert score_sentences(CORPUS.iloc[:0]).empty


def test_paragraph_scores_combine_their_sentences():
    sentences = score_sentences(CORPUS)
    paragraphs = score_paragraphs(CORPUS)
    assert list(zip(paragraphs["article_id"], paragraphs["paragraph"])) == [("a", 1), ("a", 2), ("b", 1)]
    first = sentences[(sentences.article_id == "a") & (sentences.paragraph == 1)]
    row = paragraphs.iloc[0]
    assert row["n_sentences"] == 2
    assert row["vader_compound"] == pytest.approx(first["vader_compound"].mean())
    assert row["afinn"] == first["afinn"].sum()
    assert row["afinn_per_word"] == pytest.approx(first["afinn"].sum() / first["n_words"].sum())
    assert row["text"] == CORPUS["paragraphs"][0][0]


def test_statement_scores_keep_the_statement_columns():
    statements = pd.DataFrame({
        "article_id": ["a", "a"], "paragraph": [1, 2], "speaker": ["Ann Ellis", "a spokeswoman"],
        "role": ["", ""], "camp": ["labour", "government"], "kind": ["direct", "indirect"],
        "cue": ["said", "insisted"], "text": ["This bill will damage the NHS. Drop it.", "It will improve care."],
        "start": [0, 5], "end": [10, 20], "quote_id": [1, 2]}, index=[7, 9])
    scored = score_statements(statements)
    assert list(scored.index) == [7, 9]
    assert list(scored.columns[:len(statements.columns)]) == list(statements.columns)
    assert scored.loc[7, "n_sentences"] == 2
    assert scored.loc[9, "afinn"] == AFINN.score("It will improve care.")
    assert scored.loc[7, "vader_compound"] == pytest.approx(score_text(statements.loc[7, "text"])["vader_compound"])


def test_a_statement_without_text_scores_zero():
    scored = score_statements(pd.DataFrame({"text": [None, ""]}))
    assert list(scored["n_sentences"]) == [0, 0] and list(scored["afinn"]) == [0.0, 0.0]


def test_statement_scoring_needs_a_text_column():
    with pytest.raises(KeyError, match="text"):
        score_statements(pd.DataFrame({"speaker": ["x"]}))


# --- explanations ---------------------------------------------------------------------------------

def rows(sentence, lexicon="vader", **kw):
    return explain(sentence, lexicon, **kw)


@pytest.mark.parametrize("sentence", SENTENCES)
def test_vader_explanation_adds_up_to_the_compound(sentence):
    e = rows(sentence)
    compound = VADER.polarity_scores(sentence)["compound"]
    assert e.attrs["score"] == compound
    words = e[e["rule"] != "punctuation emphasis"]["adjusted_value"].sum()
    punctuation = e[e["rule"] == "punctuation emphasis"]["adjusted_value"].sum()
    assert normalize(words + punctuation) == pytest.approx(compound, abs=5e-5)
    assert explained_score(e) == pytest.approx(compound, abs=5e-5)


@pytest.mark.parametrize("sentence", SENTENCES)
def test_afinn_explanation_adds_up_to_the_score_exactly(sentence):
    e = rows(sentence, "afinn")
    assert e["adjusted_value"].sum() == AFINN.score(sentence)
    assert (e["adjusted_value"] == e["lexicon_value"]).all()


@settings(max_examples=400, deadline=None)
@given(st.one_of(words_text(), st.text(max_size=80)))
def test_explanations_never_drift_from_the_scores(text):
    vader = rows(text)
    assert explained_score(vader) == pytest.approx(VADER.polarity_scores(text)["compound"], abs=5e-5)
    assert rows(text, "afinn")["adjusted_value"].sum() == AFINN.score(text)


@pytest.mark.parametrize("text", SENTENCES)
def test_every_changed_valence_names_its_rule(text):
    assert_changes_are_named(text)


@settings(max_examples=400, deadline=None)
@given(words_text())
def test_every_changed_valence_names_its_rule_in_generated_text(text):
    assert_changes_are_named(text)


def assert_changes_are_named(text):
    words = rows(text)
    words = words[words["rule"] != "punctuation emphasis"]
    unexplained = words[words["rule"] == ""]
    assert (unexplained["adjusted_value"] == unexplained["lexicon_value"]).all()


def the(sentence, token):
    e = rows(sentence)
    return e[e["token"] == token].iloc[0]


def test_booster_adds_its_constant():
    row = the("The plan is very good.", "good")
    assert "booster 'very'" in row["rule"]
    assert row["adjusted_value"] == pytest.approx(row["lexicon_value"] + B_INCR)


def test_negation_scales_by_the_negation_constant():
    row = the("The plan is not good.", "good")
    assert row["rule"] == "negation 'not'"
    assert row["adjusted_value"] == pytest.approx(row["lexicon_value"] * N_SCALAR)


def test_but_halves_before_and_raises_by_half_after():
    sentence = "It was good, but the result is bad."
    before, after = the(sentence, "good"), the(sentence, "bad")
    assert "contrast 'but' (x0.5)" in before["rule"] and "contrast 'but' (x1.5)" in after["rule"]
    assert before["adjusted_value"] == pytest.approx(before["lexicon_value"] * 0.5)
    assert after["adjusted_value"] == pytest.approx(after["lexicon_value"] * 1.5)


def test_kind_of_dampens_and_its_kind_is_not_scored():
    e = rows("The plan is kind of good.")
    assert e[e["token"] == "kind"].iloc[0]["adjusted_value"] == 0
    good = e[e["token"] == "good"].iloc[0]
    assert good["rule"] == "dampener 'kind of'"
    assert good["adjusted_value"] == pytest.approx(good["lexicon_value"] - B_INCR)


def test_capitals_add_emphasis_only_when_other_words_are_not_capitals():
    row = the("The plan is GOOD.", "GOOD")
    assert row["rule"] == "caps emphasis"
    assert row["adjusted_value"] == pytest.approx(row["lexicon_value"] + C_INCR)
    assert the("GOOD PLAN", "GOOD")["rule"] == ""


def test_punctuation_emphasis_is_its_own_row_with_the_sign_of_the_words():
    positive, negative = rows("Good!!"), rows("Bad!!")
    assert positive.iloc[-1]["rule"] == "punctuation emphasis" and positive.iloc[-1]["adjusted_value"] > 0
    assert negative.iloc[-1]["adjusted_value"] == -positive.iloc[-1]["adjusted_value"]
    assert "punctuation emphasis" not in set(rows("Nothing here!!")["rule"])


def test_no_before_a_lexicon_word_negates_it_and_scores_nothing_itself():
    e = rows("There is no good answer.")
    assert e[e["token"] == "no"].iloc[0]["adjusted_value"] == 0
    good = e[e["token"] == "good"].iloc[0]
    assert good["rule"] == "negation 'no'"
    assert good["adjusted_value"] == pytest.approx(good["lexicon_value"] * N_SCALAR)


def test_neutralised_terms_are_shown_with_no_weight():
    e = rows("We care about a good NHS.", neutral=["care"])
    care = e[e["token"] == "care"].iloc[0]
    assert care["rule"] == "neutralised" and care["adjusted_value"] == 0 and care["lexicon_value"] > 0
    assert explained_score(e) == pytest.approx(VADER.polarity_scores("We about a good NHS.")["compound"], abs=5e-5)
    a = rows("We care about a good NHS.", "afinn", neutral=["care"])
    assert a["adjusted_value"].sum() == AFINN.score("good")
    assert a[["token", "lexicon_value", "adjusted_value", "rule"]].values.tolist()[0] == \
        ["care", AFINN.score("care"), 0.0, "neutralised"]


def test_unknown_lexicon_is_an_error():
    with pytest.raises(ValueError, match="vader, afinn"):
        explain("good", "textblob")


# --- neutral terms and the domain list ------------------------------------------------------------

def test_neutralising_removes_exactly_the_terms_contribution():
    text = "The Health and Social Care Bill will improve care."
    plain, neutral = score_sentence(text), score_sentence(text, neutral=["Care"])
    assert plain["afinn"] - neutral["afinn"] == 2 * AFINN.score("care")
    assert neutral["vader_compound"] == VADER.polarity_scores("The Health and Social Bill will improve.")["compound"]


def test_neutralising_does_not_change_later_plain_scores():
    before = score_sentence("We care.")
    score_sentence("We care.", neutral=["care"])
    assert score_sentence("We care.") == before


def test_neutral_must_be_a_list_not_a_string():
    with pytest.raises(TypeError):
        score_sentence("We care.", neutral="care")


def test_packaged_domain_list_is_lower_case_unique_and_explained():
    terms = domain_neutral_terms()
    assert list(terms.columns) == ["term", "reason"]
    assert terms["term"].is_unique and (terms["term"] == terms["term"].str.lower()).all()
    assert (terms["reason"].str.len() > 0).all()
    assert "care" in set(terms["term"])


def test_domain_list_errors_name_the_file_and_line(tmp_path):
    path = tmp_path / "terms.csv"
    path.write_text("term,reason\ncare,topic\nparty,names\nCare,again\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"terms\.csv:4: .*'care' is also on line 2"):
        domain_neutral_terms(path)
    path.write_text("word,reason\ncare,topic\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"terms\.csv:1: .*missing term"):
        domain_neutral_terms(path)
    path.write_text("term,reason\n,topic\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"terms\.csv:2: expected a term"):
        domain_neutral_terms(path)
    with pytest.raises(LexiconError, match="readable"):
        domain_neutral_terms(tmp_path / "absent.csv")


def test_lexicon_terms_reports_values_counts_and_contributions():
    corpus = pd.DataFrame({"article_id": ["a", "b"],
                           "paragraphs": [("Care matters. We care, not harm.",), ("Social care.", "No reform.")]})
    table = lexicon_terms(corpus, terms=["care", "reform", "harm"]).set_index("term")
    assert table.loc["care", "vader_value"] == VADER.lexicon["care"]
    assert table.loc["care", "count"] == 3 and table.loc["care", "n_articles"] == 2
    assert table.loc["care", "vader_total"] == pytest.approx(3 * VADER.lexicon["care"])
    assert table.loc["care", "afinn_total"] == 3 * AFINN.score("care")
    assert math.isnan(table.loc["reform", "vader_value"]) and table.loc["reform", "count"] == 1
    assert table.loc["harm", "vader_total"] == pytest.approx(VADER.lexicon["harm"] * N_SCALAR)


def test_lexicon_terms_by_default_lists_the_words_that_moved_scores_most_first():
    corpus = pd.DataFrame({"article_id": ["a"], "paragraphs": [("Care, care and care. A good day.",)]})
    table = lexicon_terms(corpus)
    assert list(table["term"]) == ["care", "good"]


# --- import cost ----------------------------------------------------------------------------------

def test_importing_the_module_loads_no_lexicon_or_pandas():
    code = ("import sys, newslib.sentiment, newslib.sentences; "
            "print(sorted(m for m in ('vaderSentiment', 'afinn', 'nltk', 'pandas') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=paths.ROOT, env={"PYTHONPATH": str(paths.ROOT)})
    assert out.stdout.strip() == "[]"


def test_lexicon_summary_describes_the_installed_lexicons():
    table = lexicon_summary().set_index("lexicon")
    assert table.loc["vader", "entries"] == len(VADER.lexicon)
    assert table.loc["afinn", "entries"] == len(AFINN._dict)
    assert table.loc["vader", "highest"] == max(VADER.lexicon.values())


def _afinn_reference():
    import re

    from afinn import Afinn

    words = sentiment._afinn_words()
    return re.compile(Afinn.regex_from_tokens(list(words), word_boundary=True), re.UNICODE)


# Both patterns compiled once: the property test compares what they find, not how long they take.
_AFINN_TOKENS = sorted(sentiment._afinn_words())
_AFINN_REFERENCE = _afinn_reference()
_AFINN_TRIE = sentiment._Afinn(sentiment._afinn_words()).pattern


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_AFINN_TOKENS),
                          st.sampled_from(["the", "not", "n't", "-", "'", ",", "!", "no", "x", "good-ish", "bad2"]),
                          st.text(max_size=4)), max_size=12),
       st.sampled_from([" ", "", "-", "'"]))
def test_afinn_trie_matches_exactly_what_afinns_own_pattern_matches(parts, glue):
    text = glue.join(parts).lower()
    assert _AFINN_TRIE.findall(text) == _AFINN_REFERENCE.findall(text)
