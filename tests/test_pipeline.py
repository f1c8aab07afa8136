"""The streaming, parallel statement pipeline behind ``python -m newslib statements``."""
from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor

import pytest

from benchmarks.synthetic import write_corpus
from newslib import ArticleFormatError, load_article
from newslib.pipeline import iter_statement_rows, ordered_map


def test_ordered_map_keeps_input_order_when_chunks_finish_out_of_order():
    import time

    def slow_first(xs):
        time.sleep(0.05 if xs[0] == 0 else 0)
        return [x * 10 for x in xs]

    with ThreadPoolExecutor(3) as pool:
        assert list(ordered_map(pool, slow_first, range(10), chunk=2, window=3)) == [x * 10 for x in range(10)]


def test_ordered_map_reads_ahead_at_most_its_window():
    pulled = []

    def items():
        for i in range(1000):
            pulled.append(i)
            yield i

    with ThreadPoolExecutor(2) as pool:
        results = ordered_map(pool, lambda xs: xs, items(), chunk=4, window=3)
        assert next(results) == 0
        assert len(pulled) <= 4 * 4  # the window, plus the chunk submitted after the first result
        assert list(results) == list(range(1, 1000))


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    path = tmp_path_factory.mktemp("corpus")
    write_corpus(path, 40, seed=3)
    return path


def test_two_jobs_give_the_rows_of_one_job_in_the_same_order(folder):
    one = list(iter_statement_rows([folder], jobs=1))
    two = list(iter_statement_rows([folder], jobs=2))
    assert len(one) == 40 and sum(map(len, one)) > 100
    assert two == one


def test_a_jsonl_corpus_streams_to_the_same_rows_as_its_files(folder, tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    with corpus.open("w", encoding="utf-8") as out:
        for path in sorted(folder.glob("*.txt")):
            a = load_article(path)
            out.write(json.dumps({"article_id": a.article_id, "published": a.published.isoformat(),
                                  "updated": a.updated.isoformat() if a.updated else "",
                                  "title": a.title, "text": a.text}) + "\n")
    expected = list(iter_statement_rows([folder], jobs=1))
    assert list(iter_statement_rows([corpus], jobs=2)) == expected


def test_a_bad_article_in_a_worker_raises_its_file_and_line(folder, tmp_path):
    for path in sorted(folder.glob("*.txt"))[:20]:
        (tmp_path / path.name).write_bytes(path.read_bytes())
    (tmp_path / "zz_bad.txt").write_text("not a dateline\n\nTitle\n\nBody.\n", encoding="utf-8")
    with pytest.raises(ArticleFormatError, match=r"zz_bad\.txt:1: expected a dateline"):
        list(iter_statement_rows([tmp_path], jobs=2))
