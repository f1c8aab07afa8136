"""The explorer's logic: selection, the page it shows, and the widgets wired to it."""
import html
import re

import pandas as pd
import pytest

from newslib import explore
from newslib.articles import parse_article

ARTICLE = parse_article(
    "01/03/2012 09:00 GMT\n\nA toy report\n\n"
    "Health minister Tom Ellery said: \"The reforms will put doctors in charge.\"\n\n"
    "But Dr Priya Raman, of the Royal College of Nursing, said the Bill should be scrapped.\n\n"
    "A Labour spokesman said: \"Drop this Bill now <before> it is too late & costly.\"\n",
    source="toy.txt")
CORPUS = pd.DataFrame([{"article_id": ARTICLE.article_id, "title": ARTICLE.title,
                        "paragraphs": ARTICLE.paragraphs}])


def _row(paragraph, speaker, camp, text, stance):
    body = ARTICLE.paragraphs[paragraph - 1]
    start = body.index(text)
    return {"article_id": ARTICLE.article_id, "paragraph": paragraph, "speaker": speaker, "role": "",
            "camp": camp, "kind": "direct", "cue": "said", "text": text, "start": start,
            "end": start + len(text), "quote_id": "", "stance": stance, "stance_evidence": "",
            "vader_compound": 0.1 * paragraph, "afinn": -1.0}


TABLE = pd.DataFrame([
    _row(1, "Tom Ellery", "government", "The reforms will put doctors in charge.", "favor"),
    _row(2, "Priya Raman", "health_professionals", "the Bill should be scrapped", "against"),
    _row(3, "Labour", "labour", "Drop this Bill now <before> it is too late & costly.", "against"),
])


@pytest.mark.parametrize("kwargs, speakers", [
    ({}, ["Tom Ellery", "Priya Raman", "Labour"]),
    ({"camp": "labour"}, ["Labour"]),
    ({"camp": explore.ALL, "article": explore.ALL}, ["Tom Ellery", "Priya Raman", "Labour"]),
    ({"term": "bill"}, ["Priya Raman", "Labour"]),
    ({"term": "BILL", "camp": "health_professionals"}, ["Priya Raman"]),
    ({"term": "doctor"}, []),                      # whole words only: "doctors" is not "doctor"
    ({"term": r"doctors?|scrap\w*", "regex": True}, ["Tom Ellery", "Priya Raman"]),
    ({"article": "another"}, []),
    ({"term": "   "}, ["Tom Ellery", "Priya Raman", "Labour"]),
])
def test_select_filters_by_article_camp_and_term(kwargs, speakers):
    assert list(explore.select(TABLE, **kwargs)["speaker"]) == speakers


def test_view_lists_statements_and_concordance_and_counts_stances():
    v = explore.view(CORPUS, TABLE, term="bill")
    assert v.message == ("2 of 2 statements with the term 'bill' (2 against); "
                         "2 of 2 concordance lines")
    assert list(v.concordance["match"]) == ["Bill", "Bill"]
    assert list(v.statements.columns) == explore.SHOWN
    assert "<h4>Concordance</h4>" in v.html and v._repr_html_() == v.html


def test_view_escapes_article_text():
    v = explore.view(CORPUS, TABLE, camp="labour")
    assert "<before>" not in v.html and "&lt;before&gt;" in v.html
    assert "& costly" not in v.html


def test_view_marks_camps_and_stances_in_their_colours():
    from newslib.plotting import CAMP_COLOURS, STANCE_COLOURS

    v = explore.view(CORPUS, TABLE)
    for camp in ("government", "labour", "health_professionals"):
        assert CAMP_COLOURS[camp] in v.html
    assert STANCE_COLOURS["favor"] in v.html and STANCE_COLOURS["against"] in v.html


def test_view_cuts_long_rows_and_says_how_many_there_are():
    v = explore.view(CORPUS, TABLE, max_rows=1, max_text=12)
    assert v.message.startswith("1 of 3 statements with no filter")
    assert len(v.statements) == 1
    assert "The reforms…" in v.html


def test_an_invalid_pattern_gives_a_message_not_a_traceback():
    v = explore.view(CORPUS, TABLE, term="(unclosed", regex=True)
    assert v.message.startswith("'(unclosed' is not a valid regular expression")
    assert v.statements.empty


def test_view_shows_each_selected_paragraph_once_in_reading_order():
    v = explore.view(CORPUS, TABLE, term="bill")
    assert v.html.count("¶2") == 1 and v.html.count("¶3") == 1 and "¶1" not in v.html
    assert v.html.index("¶2") < v.html.index("¶3")


def test_explorer_table_adds_stance_and_sentiment_to_every_statement():
    table = explore.explorer_table([ARTICLE])
    assert {"stance", "stance_evidence", "vader_compound", "afinn"} <= set(table.columns)
    assert set(table["stance"]) <= {"favor", "against", "none"}
    assert len(table) >= 3


def test_explorer_redraws_when_a_control_changes():
    widget = explore.explorer(CORPUS, TABLE)
    (article, camp), (term, regex) = (box.children for box in widget.children[:2])
    out = widget.children[2]
    assert "3 of 3 statements" in out.outputs[0]["data"]["text/html"]
    camp.value = "labour"
    assert "1 of 1 statements with camp labour" in out.outputs[-1]["data"]["text/html"]
    term.value = "nothing-like-this"
    assert "0 of 0 statements" in out.outputs[-1]["data"]["text/html"]


def test_explorer_says_what_it_is_without_a_live_kernel_in_full():
    widget = explore.explorer(CORPUS, TABLE)
    assert repr(widget).startswith("Explorer: choose an article, a camp and a term")
    # ipywidgets cuts the stored plain text of a widget at 110 characters: the sentence must fit.
    assert widget._repr_mimebundle_()["text/plain"] == repr(widget)


def test_statement_text_is_cut_at_a_word_and_has_room():
    v = explore.view(CORPUS, TABLE, max_text=30)
    cells = [html.unescape(c) for c in re.findall(r"<td style='text-align:left;min-width:28em'>([^<]*)</td>", v.html)]
    assert cells and all(len(c) <= 30 for c in cells)
    assert "The reforms will put doctors…" in cells  # not "The reforms will put doctors i…"


def test_concordance_cells_read_towards_the_match():
    v = explore.view(CORPUS, TABLE, term="bill")
    assert "<td style='text-align:right'>A Labour spokesman said: &quot;Drop this</td>" in v.html
    assert "<td style='text-align:center;font-weight:bold'>Bill</td>" in v.html


SAID = pd.DataFrame({"camp": ["unions", "unions", "ministers", "ministers", "ministers", "other"],
                     "text": ["Scrap the levy now.", "Scrap it: the levy costs jobs.", "Clean rivers first.",
                              "Rivers before profits: the levy pays.", "The reforms are fair.",
                              "Rivers, rivers, rivers and the levy."]})


def test_camps_by_size_puts_the_most_statements_first_without_other():
    assert explore.camps_by_size(SAID) == ["ministers", "unions"]
    assert explore.camps_by_size(SAID, exclude=()) == ["ministers", "unions", "other"]


def test_frequent_term_counts_terms_not_stop_words_in_one_camp_or_all():
    assert explore.frequent_term(SAID, "unions") == "levy"                # a tie with "scrap": the alphabet
    assert explore.frequent_term(SAID, "ministers") == "rivers"
    assert explore.frequent_term(SAID) == "rivers"                    # 5 uses against 4 for "levy"
    with pytest.raises(ValueError, match="at least one term"):
        explore.frequent_term(SAID.assign(text="the and of"), "unions")


def test_key_term_is_the_top_of_one_camp_against_the_rest():
    assert explore.key_term(SAID, "unions") == "scrap"                    # "levy" is every camp's word
    ministers = explore.key_term(SAID, "ministers")
    assert ministers in " ".join(SAID.loc[SAID["camp"] == "ministers", "text"]).lower()
    assert ministers not in " ".join(SAID.loc[SAID["camp"] != "ministers", "text"]).lower()
    with pytest.raises(ValueError, match="no_camp"):
        explore.key_term(SAID, "no_camp")


def test_shared_term_is_used_by_the_most_camps_and_can_avoid_one():
    # "levy" is used by both camps (other not counted), "rivers" only by ministers (and other)
    assert explore.shared_term(SAID) == "levy"
    assert explore.shared_term(SAID, avoid=["levy"]) == "rivers"
    assert explore.shared_term(SAID, exclude=()) == "levy"


def test_starting_points_on_the_seeds_are_labour_and_bill():
    import newslib as nl

    corpus = nl.load_corpus(nl.paths.SEEDS)
    table = explore.explorer_table(corpus)
    camps = explore.camps_by_size(table)
    assert camps[:3] == ["labour", "government", "health_professionals"]
    assert explore.frequent_term(table, camps[0]) == "bill"
    assert explore.key_term(table, "health_professionals") == "commissioning"
