"""The benchmark's synthetic corpus: deterministic, in the seeds' format, varied where it should be."""
from __future__ import annotations

import csv
import re
import warnings

import pytest

from benchmarks.synthetic import NAMES_CSV, article_text, templates, write_corpus
from newslib import load_article, load_registry
from newslib.quotes import find_quotations

N = 60  # enough articles for every style and dateline form to turn up


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return write_corpus(tmp_path_factory.mktemp("synthetic"), N, seed=7)


def test_same_seed_gives_the_same_bytes(corpus, tmp_path):
    again = write_corpus(tmp_path, N, seed=7)
    assert [p.name for p in again] == [p.name for p in corpus]
    assert [p.read_bytes() for p in again] == [p.read_bytes() for p in corpus]


def test_another_seed_gives_other_articles():
    assert [article_text(i, seed=7) for i in range(5)] != [article_text(i, seed=8) for i in range(5)]


def test_smaller_corpus_is_the_start_of_a_larger_one(corpus, tmp_path):
    small = write_corpus(tmp_path, 10, seed=7)
    assert [p.read_bytes() for p in small] == [p.read_bytes() for p in corpus[:10]]


def test_every_file_loads_without_errors_or_warnings(corpus):
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a BST date in winter or an unclosed quotation would warn
        articles = [load_article(p) for p in corpus]
    assert all(len(a.paragraphs) >= 6 for a in articles)
    assert len({a.article_id for a in articles}) == N


def test_datelines_use_gmt_and_bst_with_and_without_update(corpus):
    articles = [load_article(p) for p in corpus]
    zones = {a.published.tzname() for a in articles}
    assert zones == {"GMT", "BST"}
    with_update = [a for a in articles if a.updated is not None]
    assert 0 < len(with_update) < N
    assert all(a.updated >= a.published for a in with_update)


def test_every_quotation_style_turns_up(corpus):
    texts = [p.read_text(encoding="utf-8") for p in corpus]
    found = {
        "curly double": any("“" in t for t in texts),
        "curly single": any("‘" in t for t in texts),
        "doubled opener": any(re.search(r'(?:^|\s)""\w', t, re.M) for t in texts),
        "straight double": any('"' in t and '""' not in t for t in texts),
        "straight single": any(not re.search('["“‘]', t) and re.search(r"(?:^|\s)'\w", t, re.M) for t in texts),
    }
    assert all(found.values()), found


def test_quotations_are_found_in_every_style(corpus):
    for path in corpus:
        article = load_article(path)
        quotes = find_quotations(article.paragraphs, article.source)
        assert quotes, f"{path.name}: no quotation found"


def test_invented_names_replace_most_registry_people(corpus):
    texts = "\n".join(p.read_text(encoding="utf-8") for p in corpus)
    with open(NAMES_CSV, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    first = "|".join(r["name"] for r in rows if r["kind"] == "first")
    last = "|".join(r["name"] for r in rows if r["kind"] == "surname")
    invented = len(re.findall(rf"\b(?:{first}) (?:{last})\b", texts))
    kept = sum(texts.count(name) for name, _, _ in templates().people)
    assert invented > 2 * kept > 0


def test_invented_names_are_not_in_the_registry():
    registry = load_registry()
    known = {w for a in registry.actors for phrase in (a.name, *a.aliases) for w in phrase.split()}
    with open(NAMES_CSV, encoding="utf-8", newline="") as handle:
        invented = {r["name"] for r in csv.DictReader(handle)}
    assert not invented & known
