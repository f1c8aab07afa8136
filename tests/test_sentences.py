"""Sentence splitting: UK news habits, offsets, and text from anywhere."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newslib import load_corpus, paths
from newslib.sentences import Sentence, abbreviations, sentences


def split(text):
    return [s.sentence for s in sentences(text)]


@pytest.mark.parametrize("text, expected", [
    # Titles without a full stop (UK style) and with one (US style) do not end a sentence.
    ("Mr Jones said so. Dr Patel agreed.", ["Mr Jones said so.", "Dr Patel agreed."]),
    ("Mr. Jones said so. Dr. Patel agreed.", ["Mr. Jones said so.", "Dr. Patel agreed."]),
    ("Sir John Hughes replied. Labour was unhappy.", ["Sir John Hughes replied.", "Labour was unhappy."]),
    # Number 10, written three ways.
    ("A No.10 aide spoke. She left.", ["A No.10 aide spoke.", "She left."]),
    ("A No. 10 aide spoke. She left.", ["A No. 10 aide spoke.", "She left."]),
    ("A No 10 aide spoke. She left.", ["A No 10 aide spoke.", "She left."]),
    # A proper noun at the end of a sentence is not an abbreviation.
    ("The Bill returns to the Lords. Peers will vote.", ["The Bill returns to the Lords.", "Peers will vote."]),
    # Quotations closed inside the sentence, straight or curly.
    ('He said: "It is over." Then he left.', ['He said: "It is over."', "Then he left."]),
    ("He said: “It is over.” Then he left.", ["He said: “It is over.”", "Then he left."]),
    ('They called it "damaging". Peers agreed.', ['They called it "damaging".', "Peers agreed."]),
    # A quoted question followed by its attribution is one sentence.
    ('"Will you act?" writes Okafor in a letter.', ['"Will you act?" writes Okafor in a letter.']),
    ('"We have listened," said the spokeswoman.', ['"We have listened," said the spokeswoman.']),
    # The typed double full stop ends a sentence; an ellipsis before lower case does not.
    ('"This will damage the service.. We should drop it."',
     ['"This will damage the service..', 'We should drop it."']),
    ("It stalled... then it passed.", ["It stalled... then it passed."]),
    # A paragraph ends a sentence even without a full stop.
    ('Just "three months to save the NHS"\n\nNext paragraph.',
     ['Just "three months to save the NHS"', "Next paragraph."]),
    # Questions and exclamations.
    ("Is it over? Yes! It is.", ["Is it over?", "Yes!", "It is."]),
    ("", []),
    ("   \n\n  ", []),
])
def test_splits_uk_news_sentences(text, expected):
    assert split(text) == expected


def test_offsets_point_into_the_text():
    text = "  First one.  Second one.\n\nThird one."
    for start, end, sentence in sentences(text):
        assert text[start:end] == sentence
    assert sentences(text)[0] == Sentence(2, 12, "First one.")


def test_abbreviation_list_is_lower_case_without_full_stops():
    found = abbreviations()
    assert {"mr", "dr", "e.g"} <= found
    assert all(a == a.lower() and not a.endswith(".") for a in found)


def test_no_seed_sentence_crosses_a_paragraph_or_loses_text():
    for paragraphs in load_corpus(paths.SEEDS)["paragraphs"]:
        for paragraph in paragraphs:
            found = sentences(paragraph)
            assert found
            assert "".join(s.sentence for s in found).replace(" ", "") == paragraph.replace(" ", "")


NEWSY = st.lists(st.sampled_from(
    ["Mr", "Dr", "No.", "No.10", "10", "Lords.", "the", "Bill", "said", "service..", "We", '"It', 'is."',
     "“Yes.”", "?", "!", "...", "e.g.", "J.", "Smith", "\n\n", "\n", "  ", "'", "(", ")", "a.", "B."]),
    max_size=40).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=200), NEWSY))
def test_sentences_cover_the_text_in_order_without_overlap(text):
    found = sentences(text)
    previous_end = 0
    for start, end, sentence in found:
        assert text[start:end] == sentence
        assert sentence and sentence == sentence.strip()
        assert start >= previous_end
        previous_end = end
    covered = set()
    for start, end, _ in found:
        covered.update(range(start, end))
    assert all(i in covered for i, c in enumerate(text) if not c.isspace())
