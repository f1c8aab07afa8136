"""highlight: statements marked in camp colours, the paragraph always recoverable from the HTML."""
from __future__ import annotations

from datetime import datetime, timezone
from html.parser import HTMLParser

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newslib.articles import Article
from newslib.highlight import (LABEL_CLASS, Highlighted, HighlightError, highlight_article,
                               highlight_paragraph, legend, nested_paragraphs, tint, varied_paragraphs)
from newslib.plotting import CAMP_COLOURS, CAMPS
from newslib.statements import article_statements


class _Reader(HTMLParser):
    """The text of the HTML without the speaker labels, and the marks seen (their title and camp class)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.text, self.marks, self.labels = [], [], []
        self._in_label = 0
        self.depth = self.max_depth = 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "sup" and attrs.get("class") == LABEL_CLASS:
            self._in_label += 1
        if tag == "mark":
            self.marks.append(attrs)
            self.depth += 1
            self.max_depth = max(self.max_depth, self.depth)

    def handle_endtag(self, tag):
        if tag == "sup" and self._in_label:
            self._in_label -= 1
        if tag == "mark":
            self.depth -= 1

    def handle_data(self, data):
        (self.labels if self._in_label else self.text).append(data)


def _read(h: Highlighted) -> _Reader:
    reader = _Reader()
    reader.feed(str(h))
    reader.close()
    assert reader.depth == 0, "every <mark> is closed"
    return reader


def _row(start, end, speaker="Jo Bloggs", camp="labour", kind="direct", cue="said", **extra):
    return {"start": start, "end": end, "speaker": speaker, "camp": camp, "kind": kind, "cue": cue, **extra}


def test_special_characters_are_escaped_and_the_text_comes_back():
    text = 'She said "x < y & z" isn\'t \'fair\' > 0.'
    h = highlight_paragraph(text, [_row(10, 19, speaker="A <b> & 'Co'")])
    assert "<b>" not in str(h) and "x &lt; y &amp; z" in str(h)
    reader = _read(h)
    assert "".join(reader.text) == text
    assert reader.labels == ["A <b> & 'Co'"]
    assert reader.marks[0]["title"].startswith("A <b> & 'Co' | Labour | direct")


@pytest.mark.parametrize("start, end", [(0, 5), (11, 16), (0, 16)])
def test_spans_at_the_start_and_end_of_the_text(start, end):
    text = "Hello, world! x"
    text += "y"                                   # 16 characters
    reader = _read(highlight_paragraph(text, [_row(start, end)]))
    assert "".join(reader.text) == text
    assert len(reader.marks) == 1


def test_nested_statements_become_nested_marks_with_one_label_each():
    text = 'Ann said the plan was "a mess" and must go.'
    outer, inner = _row(9, 42, "Ann", "labour", "reported"), _row(22, 28, "Ann", "labour", "partial")
    reader = _read(highlight_paragraph(text, [inner, outer]))
    assert "".join(reader.text) == text
    assert reader.max_depth == 2
    assert [m["title"].split(" | ")[2] for m in reader.marks] == ["reported", "partial"]   # outer first
    assert reader.labels == ["Ann", "Ann"]


def test_crossing_statements_are_split_and_still_well_formed():
    text = "0123456789abcdefghij"
    rows = [_row(0, 10, "A", "labour"), _row(5, 15, "B", "government")]
    h = highlight_paragraph(text, rows)
    reader = _read(h)
    assert "".join(reader.text) == text
    assert reader.labels == ["A", "B"]            # B's second piece carries no second label
    assert [m["class"] for m in reader.marks] == ["nl-statement nl-labour", "nl-statement nl-government",
                                                  "nl-statement nl-government"]


def test_identical_spans_in_any_order_give_the_same_html():
    text = "Both said no."
    a, b = _row(0, 12, "A", "labour"), _row(0, 12, "B", "government")
    assert str(highlight_paragraph(text, [a, b])) == str(highlight_paragraph(text, [b, a]))
    reader = _read(highlight_paragraph(text, [a, b]))
    assert "".join(reader.text) == text and reader.max_depth == 2
    assert reader.labels == ["B", "A"]            # same span: camps in the palette's order


def test_adjacent_spans_do_not_nest():
    reader = _read(highlight_paragraph("abcdef", [_row(3, 6, "B"), _row(0, 3, "A")]))
    assert reader.max_depth == 1 and reader.labels == ["A", "B"]


def test_no_statements_gives_the_escaped_paragraph_only():
    h = highlight_paragraph("A & B.", [])
    assert "<mark" not in str(h) and "A &amp; B." in str(h) and h.n_statements == 0
    assert "".join(_read(h).text) == "A & B."


def test_an_empty_span_keeps_its_label_and_changes_no_text():
    reader = _read(highlight_paragraph("abc", [_row(1, 1, "Z")]))
    assert "".join(reader.text) == "abc" and reader.labels == ["Z"]


@pytest.mark.parametrize("camp", CAMPS)
def test_each_camp_gets_its_own_colour(camp):
    out = str(highlight_paragraph("Words here.", [_row(0, 5, camp=camp)]))
    assert f"border-bottom:2px solid {CAMP_COLOURS[camp]}" in out
    assert f"background:{tint(CAMP_COLOURS[camp])}" in out
    others = [c for c in CAMPS if c != camp]
    assert not any(CAMP_COLOURS[c] in out for c in others if CAMP_COLOURS[c] != CAMP_COLOURS[camp])


def test_an_unknown_camp_is_drawn_like_other():
    out = str(highlight_paragraph("Words here.", [_row(0, 5, camp="martians")]))
    assert f"solid {CAMP_COLOURS['other']}" in out


def test_tint_is_a_translucent_version_of_the_colour():
    assert tint("#D55E00") == "rgba(213,94,0,0.22)"


def test_offsets_outside_the_paragraph_are_an_error_naming_the_row():
    with pytest.raises(HighlightError, match=r"<statements>:2: expected 0 <= start <= end <= 3"):
        highlight_paragraph("abc", [_row(0, 1), _row(2, 9)])


def test_text_that_does_not_match_the_offsets_is_an_error():
    with pytest.raises(HighlightError, match="expected the paragraph's characters 0:2"):
        highlight_paragraph("abc", [_row(0, 2, text="bc")])


def test_output_is_deterministic_and_displays_as_html():
    h = highlight_paragraph("Say it.", [_row(0, 3)])
    assert h._repr_html_() == str(h) == str(highlight_paragraph("Say it.", [_row(0, 3)]))
    assert repr(h) == f"<Highlighted: 1 statements, {len(str(h))} characters of HTML>"


def test_legend_names_every_camp_in_order():
    out = str(legend())
    positions = [out.index(f"nl-{c}") for c in CAMPS]
    assert positions == sorted(positions)


def _article(*paragraphs, title="Minister & critics"):
    return Article("t1", datetime(2012, 2, 7, tzinfo=timezone.utc), None, title, tuple(paragraphs))


def test_article_marks_the_pipelines_statements_and_numbers_paragraphs():
    article = _article('Shadow health minister Jo Bloggs said: "Drop the <bill>."', "No one spoke here.",
                       '"Now," she added.')
    found = article_statements(article)
    h = highlight_article(article, found)
    assert h.n_statements == len(found) == 2
    reader = _read(h)
    body = "".join(reader.text)
    for paragraph in article.paragraphs:
        assert paragraph in body
    assert "Minister & critics" in body and 'data-paragraph="3"' in str(h)
    assert "&lt;bill&gt;" in str(h)


def test_article_shows_only_the_paragraphs_asked_for():
    article = _article('Jo Bloggs said: "One."', 'Jo Bloggs said: "Two."')
    h = highlight_article(article, article_statements(article), paragraphs=[2], title=False, show_legend=False)
    assert "Two." in str(h) and "One." not in str(h) and h.n_statements == 1


def test_article_ignores_statements_of_other_articles_and_rejects_bad_paragraphs():
    article = _article("Plain text.")
    stranger = dict(_row(0, 5), article_id="elsewhere", paragraph=1)
    assert highlight_article(article, [stranger]).n_statements == 0
    with pytest.raises(HighlightError, match="expected paragraph numbers 1 to 1, found 4"):
        highlight_article(article, [], paragraphs=[4])


spans = st.lists(st.tuples(st.integers(0, 40), st.integers(0, 40)), max_size=6)


@given(st.text(alphabet=st.sampled_from(list("ab <>&\"'’é\n")), max_size=40), spans,
       st.lists(st.sampled_from(CAMPS + ("unknown",)), min_size=6, max_size=6))
def test_any_text_and_spans_round_trip(text, pairs, camps):
    rows = []
    for (a, b), camp in zip(pairs, camps):
        a, b = sorted((min(a, len(text)), min(b, len(text))))
        rows.append(_row(a, b, speaker=f"S{len(rows)}", camp=camp))
    h = highlight_paragraph(text, rows)
    reader = _read(h)
    # HTMLParser folds "\r\n"; our alphabet has no "\r", so the text must come back exactly
    assert "".join(reader.text) == text
    assert sorted(reader.labels) == sorted(r["speaker"] for r in rows)
    assert str(h) == str(highlight_paragraph(text, list(reversed(rows))))   # order of rows does not matter


def _stmt(article_id, paragraph, camp, kind, start, end):
    return {"article_id": article_id, "paragraph": paragraph, "speaker": "s", "camp": camp, "kind": kind,
            "cue": "said", "start": start, "end": end, "text": "x"}


def test_nested_paragraphs_are_those_where_a_statement_holds_another_camps_statement():
    rows = [_stmt("a", 1, "labour", "reported", 0, 50), _stmt("a", 1, "other", "partial", 10, 20),   # nested
            _stmt("a", 2, "labour", "reported", 0, 50), _stmt("a", 2, "labour", "partial", 10, 20),  # same camp
            _stmt("a", 3, "labour", "reported", 0, 10), _stmt("a", 3, "other", "partial", 20, 30),   # apart
            _stmt("b", 4, "government", "reported", 0, 90), _stmt("b", 4, "other", "partial", 5, 9),
            _stmt("b", 7, "other", "reported", 0, 90), _stmt("b", 7, "government", "partial", 0, 90)]
    assert nested_paragraphs(rows) == {"b": [4, 7], "a": [1]}
    assert nested_paragraphs(rows[2:6]) == {}


def test_varied_paragraphs_take_the_earliest_window_with_the_most_kinds():
    rows = [_stmt("a", 2, "x", "direct", 0, 5), _stmt("a", 3, "x", "reported", 0, 5), _stmt("a", 3, "x", "partial", 6, 9),
            _stmt("a", 4, "x", "direct", 0, 5), _stmt("a", 4, "x", "direct", 6, 9), _stmt("a", 5, "x", "partial", 0, 5),
            _stmt("b", 1, "x", "direct", 0, 5)]
    assert varied_paragraphs(rows, "a") == [2, 3]
    assert varied_paragraphs(rows, "a", width=1) == [3]
    assert varied_paragraphs(rows, "b") == [1]
    assert varied_paragraphs(rows, "c") == []
