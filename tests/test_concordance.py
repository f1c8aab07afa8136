"""kwic finds whole words case-insensitively, or a regex, with context either side."""
import pytest

from newslib import Article, kwic, parse_article

ARTICLE = parse_article("07/02/2012 12:37 GMT\n\nT\n\nThe Bill is a bill. Billions were spent.\n\n"
                        "No billing here, but BILL again.", "toy.txt")


def test_word_pattern_matches_whole_words_in_any_case():
    k = kwic([ARTICLE], "bill")
    assert list(k["match"]) == ["Bill", "bill", "BILL"]
    assert list(k["paragraph"]) == [1, 1, 2]


def test_regex_pattern_matches_word_prefixes():
    k = kwic([ARTICLE], r"\bbill\w*", regex=True)
    assert list(k["match"].str.lower()) == ["bill", "bill", "billions", "billing", "bill"]


def test_context_is_cut_at_word_boundaries():
    row = kwic([ARTICLE], "billions", window=13).iloc[0]
    assert row["left"] == "is a bill."
    assert row["right"] == "were spent."


def test_start_offset_finds_the_match_again():
    k = kwic([ARTICLE], "bill")
    for _, row in k.iterrows():
        text = ARTICLE.paragraphs[row["paragraph"] - 1]
        assert text[row["start"]:row["start"] + len(row["match"])] == row["match"]


def test_no_match_gives_an_empty_table_with_columns():
    k = kwic([ARTICLE], "lansley")
    assert k.empty and list(k.columns) == ["article_id", "paragraph", "start", "left", "match", "right"]


def test_negative_window_is_refused():
    with pytest.raises(ValueError, match="window"):
        kwic([ARTICLE], "bill", window=-1)


def _corpus(*paragraphs):
    from datetime import datetime, timezone

    return [Article("a", datetime(2012, 2, 7, tzinfo=timezone.utc), None, "", paragraphs)]


def test_debate_terms_name_the_policy_the_most_named_person_and_camp(tmp_path):
    from newslib.concordance import debate_terms

    pack = tmp_path / "pack"
    pack.mkdir()
    (pack / "camps.csv").write_text("camp,label,colour,order\nunions,Unions,#CC79A7,1\nother,Other,#999999,2\n")
    (pack / "actors.csv").write_text("name,aliases,camp,role,gender,type\nAnn Lee,Lee|Ms Lee,unions,leader,f,person\n"
                                     "Bob Kay,Kay,unions,member,m,person\nThe Union,,unions,body,,body\n")
    (pack / "descriptors.csv").write_text("priority,phrase,kind,camp,body\n")
    (pack / "stance_targets.csv").write_text("term,note\nscheme,\nplan,\n")
    corpus = _corpus("The plan is bad, Lee said. Kay agreed with Lee about the plan.",
                     "Unions will strike, Ms Lee said. The scheme, the Scheme: unions are clear.")
    assert debate_terms(corpus, pack) == ["Scheme", "Lee", "Unions"]
    assert debate_terms(_corpus("Nothing of the debate here."), pack) == []


def test_name_forms_show_the_actor_written_in_most_forms():
    from newslib import load_registry
    from newslib.concordance import name_forms

    corpus = _corpus("Andrew Lansley spoke. Mr Lansley, the health secretary, left.", "Lansley smiled. Cameron too.")
    forms = name_forms(corpus, load_registry())
    assert forms.to_dict("list") == {"actor": ["Andrew Lansley"] * 3,
                                     "form": ["Lansley", "Andrew Lansley", "the health secretary"], "n": [2, 1, 1]}
    assert name_forms(_corpus("No one is named."), load_registry()).empty


def test_name_forms_count_a_form_written_in_two_cases_once():
    from newslib import load_registry
    from newslib.concordance import name_forms

    corpus = _corpus("The Prime Minister spoke; the prime minister left; the prime minister came back. Cameron too.")
    forms = name_forms(corpus, load_registry())
    assert forms[["form", "n"]].values.tolist() == [["the prime minister", 3], ["Cameron", 1]]
