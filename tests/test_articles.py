"""Loading articles: the dateline, the title, the paragraphs, and clear errors for bad input."""
from datetime import timedelta, timezone

import pytest
from hypothesis import given, settings, strategies as st

import newslib as nl
from newslib import ArticleFormatError, load_article, load_corpus, parse_article

from .conftest import SEED_000, SEED_002

GOOD = "07/02/2012 12:37 GMT | Updated 08/02/2012 06:12 GMT\n\nA title\n\nFirst paragraph.\n\nSecond one."


def test_seed_000_update_is_bst_and_converts_to_utc():
    a = load_article(SEED_000)
    assert a.updated.utcoffset() == timedelta(hours=1)
    assert a.updated.astimezone(timezone.utc).isoformat() == "2012-04-08T05:12:00+00:00"
    assert a.published.isoformat() == "2012-02-07T12:37:00+00:00"


def test_seed_paragraph_counts_and_titles():
    a, b = load_article(SEED_000), load_article(SEED_002)
    assert (len(a.paragraphs), len(b.paragraphs)) == (26, 12)
    assert a.title.startswith("Jon Trickett Calls For Investigation")
    assert b.paragraphs[-1].endswith("calling for the bill to be dropped.")


def test_article_id_is_file_stem_and_article_is_immutable():
    a = load_article(SEED_002)
    assert a.article_id == "002_1d70d9a55b5ff4c7"
    with pytest.raises(AttributeError):
        a.title = "changed"


def test_updated_is_none_when_absent(write):
    a = load_article(write("07/02/2012 12:37 GMT\n\nT\n\nBody."))
    assert a.updated is None


def test_utc_zone_and_single_digit_day(write):
    a = load_article(write("7/2/2012 09:05 UTC\n\nT\n\nBody."))
    assert a.published.isoformat() == "2012-02-07T09:05:00+00:00"


@pytest.mark.parametrize("variant", [
    GOOD.replace("\n", "\r\n"),                         # CRLF line endings
    "\ufeff" + GOOD,                                    # UTF-8 BOM
    GOOD.replace("\n", "  \n"),                         # trailing spaces
    GOOD.replace("\n\n", "\n\n\n\n") + "\n\n",          # extra blank lines
    "\n\n" + GOOD.replace("First", "First\u00a0"),     # leading blank lines, no-break space
], ids=["crlf", "bom", "trailing-spaces", "extra-blank-lines", "leading-lines-nbsp"])
def test_harmless_variants_load_like_the_original(write, variant):
    original, other = parse_article(GOOD, "x.txt"), load_article(write(variant, "x.txt"))
    assert (other.published, other.updated, other.title, other.paragraphs) == \
           (original.published, original.updated, original.title, original.paragraphs)
    assert other.changes  # and the cleaning said what it did


@pytest.mark.parametrize("content, line, expected", [
    (b"", 1, "empty file"),
    (b"   \n\n  ", 1, "empty file"),
    (b"Title without a dateline\n\nBody.", 1, "expected a dateline"),
    (b"07-02-2012 12:37 GMT\n\nT\n\nBody.", 1, "expected a dateline"),
    (b"31/02/2012 12:37 GMT\n\nT\n\nBody.", 1, "impossible date"),
    (b"07/02/2012 25:37 GMT\n\nT\n\nBody.", 1, "impossible date"),
    (b"07/02/2012 12:37 XYZ\n\nT\n\nBody.", 1, "unknown time zone 'XYZ'"),
    (b"07/02/2012 12:37 GMT | Updated 30/02/2012 12:00 GMT\n\nT\n\nB.", 1, "impossible date"),
    (b"07/02/2012 12:37 GMT\n\nOnly a title", 3, "expected body paragraphs"),   # the last line, not past it
    (b"07/02/2012 12:37 GMT", 1, "expected a blank line and then the title"),
    (b"07/02/2012 12:37 GMT\nTitle\n\nBody.", 2, "expected a blank line after the dateline"),
    (b"\r\n\r\n07/02/2012 12:37 GMT\r\nTitle\r\n\r\nBody.", 4, "expected a blank line after the dateline"),
    (b"07/02/2012 12:37 GMT\n\nT\n\nBad \xff byte", 5, "not valid UTF-8"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", 3, "binary data"),
], ids=["empty", "blank", "no-dateline", "dashes", "feb-31", "hour-25", "zone", "updated-feb-30",
        "no-body", "dateline-only", "no-blank-after-dateline", "crlf-line-number", "bad-utf8", "binary"])
def test_malformed_input_names_file_line_and_expectation(write, content, line, expected):
    path = write(content, "bad.txt")
    with pytest.raises(ArticleFormatError) as err:
        load_article(path)
    assert err.value.line == line
    assert str(err.value).startswith(f"{path}:{line}: ")
    assert expected in str(err.value)


def test_bst_in_february_warns_but_loads(write):
    with pytest.warns(UserWarning, match="UK clocks were on GMT"):
        a = load_article(write("07/02/2012 12:37 BST\n\nT\n\nBody."))
    assert a.published.utcoffset() == timedelta(hours=1)


def test_missing_file_is_a_format_error(tmp_path):
    with pytest.raises(ArticleFormatError, match="expected an existing file or folder"):
        load_corpus(tmp_path / "nope.txt")


def test_load_corpus_folder_is_sorted_and_has_utc_dates():
    corpus = load_corpus(nl.paths.SEEDS)
    assert list(corpus.article_id) == ["000_37b9d2e576f7496a", "002_1d70d9a55b5ff4c7"]
    assert str(corpus.published.dt.tz) == "UTC"
    assert corpus.loc[0, "updated"].isoformat() == "2012-04-08T05:12:00+00:00"
    assert corpus.loc[1, "n_paragraphs"] == 12
    assert corpus.loc[0, "text"].split("\n\n") == list(corpus.loc[0, "paragraphs"])


def test_load_corpus_from_csv_and_jsonl_match_the_txt(tmp_path):
    import json

    import pandas as pd

    seeds = load_corpus(nl.paths.SEEDS)
    records = [{"article_id": a.article_id, "published": a.published.isoformat(),
                "updated": a.updated.isoformat(), "title": a.title, "text": a.text} for a in seeds.article]
    pd.DataFrame(records).to_csv(tmp_path / "c.csv", index=False)
    (tmp_path / "c.jsonl").write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    for name in ("c.csv", "c.jsonl"):
        other = load_corpus(tmp_path / name)
        assert list(other.paragraphs) == list(seeds.paragraphs)
        assert list(other.published) == list(seeds.published)
        assert list(other.updated) == list(seeds.updated)


def test_csv_missing_column_and_bad_date_name_the_line(tmp_path):
    (tmp_path / "a.csv").write_text("article_id,title,text\nx,T,B\n", encoding="utf-8")
    with pytest.raises(ArticleFormatError, match=r"a\.csv:1: .*missing published, updated"):
        load_corpus(tmp_path / "a.csv")
    (tmp_path / "b.csv").write_text("article_id,published,updated,title,text\n"
                                    "x,07/02/2012 12:37 GMT,,T,B\ny,yesterday,,T,B\n", encoding="utf-8")
    with pytest.raises(ArticleFormatError, match=r"b\.csv:3: expected a date with a time zone"):
        load_corpus(tmp_path / "b.csv")


def test_jsonl_bad_line_is_named(tmp_path):
    (tmp_path / "c.jsonl").write_text('{"article_id": "x"}\nnot json\n', encoding="utf-8")
    with pytest.raises(ArticleFormatError, match=r"c\.jsonl:1: expected an object with the keys"):
        load_corpus(tmp_path / "c.jsonl")


def test_duplicate_article_ids_are_an_error(write, tmp_path):
    path = write(GOOD, "same.txt")
    with pytest.raises(ArticleFormatError, match="unique article ids"):
        load_corpus([path, path])


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=200))
def test_arbitrary_bytes_load_or_raise_format_error(data):
    try:
        parse_article(data, "fuzz.txt")
    except ArticleFormatError as err:
        assert str(err).startswith("fuzz.txt:")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789/: |GMTBSUpdate\n\r\t \u00a0ab")), max_size=120))
def test_dateline_like_text_loads_or_raises_format_error(text):
    try:
        article = parse_article(text, "fuzz.txt")
    except ArticleFormatError:
        return
    assert article.paragraphs and all(p == p.strip() for p in article.paragraphs)
