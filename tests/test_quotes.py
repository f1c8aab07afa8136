"""Tests for newslib.quotes: pairing quotation marks, apostrophes, paragraphs, warnings."""
import warnings

import pytest
from hypothesis import given, settings, strategies as st

from newslib.quotes import UnclosedQuotationWarning, find_quotations, is_direct, paragraph_quotations


def quoted(text):
    return [text[start:(close if close >= 0 else len(text))] for _, start, close, _ in paragraph_quotations(text)]


@pytest.mark.parametrize("text, expected", [
    ('She said "we will win" and left.', ["we will win"]),
    ("She said “we will win” and left.", ["we will win"]),
    ("She said ‘we will win’ and left.", ["we will win"]),
    ("She said 'we will win' and left.", ["we will win"]),
    ('He said: ""Two marks open this.', ["Two marks open this."]),
    ("There'll be no deal, Labour's whip told O'Brien.", []),
    ("It is in the GPs' hands now, said the nurses' leader.", []),
    ("The boss’s view: ‘It’s the doctors’ call.’", ["It’s the doctors’ call."]),
    ('"We said \'no\' twice," he added.', ["We said 'no' twice,"]),
    ("A ’90s policy was 'revived', critics said.", ["revived"]),
    ('"One," she said, "two."', ["One,", "two."]),
    # a closing mark with none open: the page lost the opening mark, the quotation starts its line
    ("Dr Jo Reed BMA\nWe will not back it,’ said Dr Reed.", ["We will not back it,"]),
    ("We will not back it.” The minister disagreed.", ["We will not back it."]),
    ("Nurses were angry,’ she said, ‘and so were we.’", ["Nurses were angry,", "and so were we."]),
    # ... but a possessive after a plural, or a mark after a number, is no closing mark
    ("The GPs’ hands are tied, the nurses’ leader said.", []),
    ("Budgets fell in the ’90s.", []),
    ("It will be taken seriously.'", ["It will be taken seriously."]),
])
def test_quotation_marks_pair_and_apostrophes_are_ignored(text, expected):
    assert quoted(text) == expected


def test_quotation_over_paragraphs_shares_a_number():
    parts = find_quotations(['She said: "First part.', '"Second part.', '"Last part."', 'No quote here.'])
    assert [(q.paragraph, q.number, q.part) for q in parts] == [(1, 1, 0), (2, 1, 1), (3, 1, 2)]
    assert parts[-1].close_mark == 11


def test_a_paragraph_that_lost_its_opening_mark_continues_the_open_quotation():
    parts = find_quotations(['She said: “First part.', 'Second part.” Then she left.'])
    assert [(q.paragraph, q.number, q.part, q.open_mark == q.start) for q in parts] == \
        [(1, 1, 0, False), (2, 1, 1, True)]


def test_a_fragment_running_over_a_paragraph_break_closes_after_any_word():
    parts = find_quotations(["He called the plans a ‘giant political", "experiment’ with ‘no evidence’. He left."])
    assert [(q.paragraph, q.number, q.part) for q in parts] == [(1, 1, 0), (2, 1, 1), (2, 2, 0)]
    assert "experiment’ with ‘no evidence’. He left."[parts[1].start:parts[1].end] == "experiment"


def test_paragraphs_that_lost_their_marks_inside_a_quotation_closed_later_are_parts_of_it():
    parts = find_quotations(["He said: ‘Who knew?", "Who believed it?", "Who saw it coming?'", "The end."])
    assert [(q.paragraph, q.number, q.part) for q in parts] == [(1, 1, 0), (2, 1, 1), (3, 1, 2)]
    with pytest.warns(UnclosedQuotationWarning):
        parts = find_quotations(["He said: ‘Who knew?", "Who believed it?", "The end."])
    assert [q.paragraph for q in parts] == [1]


def test_a_paragraph_that_lost_its_marks_between_two_quoted_paragraphs_is_a_part():
    # '"One.', 'Two.', '"Three."': the run of quoted paragraphs goes on past the one that lost its mark
    parts = find_quotations(["He said: “We tried.", "We failed.", "“We will try again.”", "The end."])
    assert [(q.paragraph, q.number, q.part) for q in parts] == [(1, 1, 0), (2, 1, 1), (3, 1, 2)]
    # ... but not when the paragraph after it opens no quotation, or opens one in other marks
    with pytest.warns(UnclosedQuotationWarning):
        parts = find_quotations(["He said: “We tried.", "The minister left.", "Nobody spoke.", "‘Later,’ he said."])
    assert [(q.paragraph, q.number) for q in parts] == [(1, 1), (4, 2)]


def test_new_quotation_after_a_closed_one_gets_a_new_number():
    parts = find_quotations(['"One."', '"Two."'])
    assert [q.number for q in parts] == [1, 2]


def test_unclosed_quotation_at_end_of_article_warns_and_is_kept():
    with pytest.warns(UnclosedQuotationWarning, match="end of the article"):
        parts = find_quotations(["Intro.", 'He said: "never closed'])
    assert parts[0].end == len('He said: "never closed') and parts[0].close_mark == -1


def test_unclosed_quotation_before_a_plain_paragraph_warns():
    with pytest.warns(UnclosedQuotationWarning, match="paragraph 1"):
        find_quotations(['He said: "never closed', "Then the reporter went on."])


@pytest.mark.parametrize("text, direct", [
    ('"We will fight," she said.', True),
    ('She said: "We will fight."', True),
    ('She said, "We will fight."', True),
    ('It was "a disaster", she said.', False),
    ('He called the plan "toxic".', False),
    ('Done. "Next sentence."', True),
    ("Photo caption\nWe will fight,’ she said.", True),
])
def test_direct_means_the_quotation_stands_as_a_sentence(text, direct):
    at, start, _, _ = paragraph_quotations(text)[0]
    assert is_direct(text, at, start) is direct


MARKS = st.sampled_from(list("\"'“”‘’„«» ") + ["\n", "a", "s", ".", ":", ","])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet=MARKS, max_size=40) | st.text(max_size=20), min_size=1, max_size=4))
def test_any_mix_of_quote_marks_never_crashes_and_spans_are_in_range(paragraphs):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UnclosedQuotationWarning)
        parts = find_quotations(paragraphs)
    for q in parts:
        text = paragraphs[q.paragraph - 1]
        assert 0 <= q.open_mark <= q.start <= q.end <= len(text)
        # the opening mark is at open_mark, unless the page lost it: then the quotation closes in the paragraph,
        # or the paragraph continues a quotation from the one before
        assert q.open_mark < q.start or q.part > 0 or (q.close_mark >= 0 and text[q.close_mark] in "\"”»’'")


def test_a_closing_double_mark_that_opens_a_paragraph_before_a_word_opens_a_quotation():
    # the page used the wrong glyph: ”If ... reads as an opening mark, so the run of quoted paragraphs holds
    assert quoted("”If the plans go ahead, care will suffer.") == ["If the plans go ahead, care will suffer."]
    parts = find_quotations(["The chair said:", "”If the plans go ahead, care will suffer.", "“We will fight them.”"])
    assert [(q.paragraph, q.number, q.part) for q in parts] == [(2, 1, 0), (3, 1, 1)]
    # ... but not a closing mark after words, nor one before a space
    assert quoted("We will fight them.” The chair left.") == ["We will fight them."]
    assert quoted("” is a mark.") == []
