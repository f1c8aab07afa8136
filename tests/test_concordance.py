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
