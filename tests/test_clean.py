"""The cleaner normalises white space only, logs every change, and can be undone."""
from hypothesis import given, strategies as st

from newslib.clean import clean_text, original_offset, restore

from .conftest import SEED_000


def test_crlf_becomes_lf_and_is_logged():
    c = clean_text("a\r\nb")
    assert c.text == "a\nb"
    assert [(ch.what, ch.start, ch.before, ch.after) for ch in c.changes] == [("CRLF line ending", 1, "\r\n", "\n")]


def test_bom_is_removed_and_logged():
    c = clean_text("\ufeffDateline")
    assert c.text == "Dateline"
    assert c.changes[0].what == "byte-order mark removed"


def test_no_break_space_becomes_space():
    c = clean_text("Mr\u00a0Lansley")
    assert c.text == "Mr Lansley"
    assert c.changes[0].what == "no-break space"


def test_trailing_spaces_and_extra_blank_lines_are_collapsed():
    c = clean_text("one  \n\n\n\ntwo")
    assert c.text == "one\n\ntwo"
    assert "trailing white space" in c.changes[0].what and "extra blank lines" in c.changes[0].what


def test_quote_marks_and_pound_marker_are_kept():
    text = "claimed (£) an \u201cunnamed\u201d source said ''shot''"
    assert clean_text(text).text == text
    assert clean_text(text).changes == ()


def test_change_reports_its_line():
    c = clean_text("a\nb\nc  d")
    assert c.changes[0].line == 3


def test_seed_is_already_clean():
    text = SEED_000.read_text(encoding="utf-8")
    assert clean_text(text).text == text


@given(st.text(alphabet=st.sampled_from(list("ab \t\r\n\u00a0\u2009\ufeff\"'\u201c"))))
def test_restore_recovers_the_original(text):
    assert restore(clean_text(text)) == text


@given(st.text())
def test_cleaning_is_idempotent_and_restorable(text):
    once = clean_text(text)
    assert clean_text(once.text).text == once.text
    assert restore(once) == text


@given(st.text(alphabet=st.sampled_from(list("ab \r\n\u00a0"))), st.data())
def test_original_offset_points_at_the_same_character(text, data):
    c = clean_text(text)
    if not c.text:
        return
    i = data.draw(st.integers(0, len(c.text) - 1))
    j = original_offset(c, i)
    if not c.text[i].isspace():
        assert text[j] == c.text[i]
