"""Notebook tables: text cut at a word boundary with "…", left-aligned; numbers untouched and on the right."""
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from newslib.display import shorten, table_html, table_text


def test_cut_text_ends_at_a_whole_word_with_an_ellipsis():
    # The bug: notebook 03 printed "...suffocated instead of lib" (cut mid-word, no mark).
    text = "adds to clinical commissioners' concerns that they will be suffocated instead of liberated"
    expected = "adds to clinical commissioners' concerns that they will be suffocated instead of…"
    assert shorten(text, len(expected)) == expected
    assert shorten(text, len(expected) + 3) == expected  # not "... instead of lib…"


def test_text_that_fits_is_unchanged():
    assert shorten("three months to save the NHS", 40) == "three months to save the NHS"


def test_a_single_long_word_is_cut_inside_it():
    assert shorten("Supercalifragilistic", 8) == "Superca…"


@given(st.text(min_size=0, max_size=200), st.integers(min_value=1, max_value=120))
def test_shortened_text_fits_and_is_a_prefix(text, width):
    short = shorten(text, width)
    assert len(short) <= width
    if short != text:
        assert short.endswith("…") and text.startswith(short[:-1])


def test_zero_width_is_an_error():
    with pytest.raises(ValueError):
        shorten("text", 0)


FRAME = pd.DataFrame({"article_id": ["000", "002"], "n": [3, 12],
                      "text": ["Rather than looking for someone else to blame, he must act", "short"]})


def test_plain_table_left_aligns_text_and_cuts_it_at_a_word():
    lines = table_text(FRAME, width=30).splitlines()
    assert lines[0].split() == ["article_id", "n", "text"]
    text_column = lines[0].index("text")
    assert lines[1][text_column:] == "Rather than looking for…"
    assert lines[2][text_column:] == "short"


def test_html_table_aligns_text_left_and_numbers_right():
    html = table_html(FRAME, width=30)
    assert '<td style="text-align: left;">Rather than looking for…</td>' in html
    assert '<td style="text-align: right;">12</td>' in html
    assert html.count('<td style="text-align: left;">') == 4


def test_html_table_is_the_same_on_every_call():
    assert table_html(FRAME) == table_html(FRAME.copy())


def test_a_table_of_numbers_is_printed_as_pandas_prints_it():
    numbers = pd.DataFrame({"direct": [8, 4], "partial": [7, 5]}, index=["government", "labour"])
    assert table_text(numbers) == numbers.to_string()


def test_number_columns_keep_their_gutter_beside_text():
    lines = table_text(pd.DataFrame({"direct": [8], "partial": [7], "t": ["ab"]})).splitlines()
    assert lines == ["   direct  partial  t", "0       8        7  ab"]


def test_cells_holding_lists_or_nothing_are_shown():
    frame = pd.DataFrame({"terms": [["nhs", "bill"], None], "n": [1, 2]})
    assert "['nhs', 'bill']" in table_text(frame)
    assert "None" in table_text(frame) or "NaN" in table_text(frame)
    assert "['nhs', 'bill']" in table_html(frame).replace("&#x27;", "'").replace("&#39;", "'")
