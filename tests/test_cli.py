"""The command line: subcommands, formats, and one error line for bad input."""
import json
import subprocess
import sys

import pytest

from newslib.__main__ import main


def test_articles_csv_lists_both_seeds_with_offsets(capsys):
    assert main(["articles", "--format", "csv"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "article_id,published,updated,title,paragraphs,words"
    assert lines[1].startswith("000_37b9d2e576f7496a,2012-02-07T12:37:00+00:00,2012-04-08T06:12:00+01:00,")
    assert lines[2].split(",")[-2] == "12"


def test_articles_json_is_records(capsys):
    assert main(["articles", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["paragraphs"] for r in rows] == [26, 12]


@pytest.mark.parametrize("content, expected", [
    ("", ":1: expected a dateline, found an empty file"),
    ("31/02/2012 12:37 GMT\n\nT\n\nB", ":1: impossible date"),
    ("07/02/2012 12:37 PST\n\nT\n\nB", ":1: unknown time zone 'PST'"),
    ("07/02/2012 12:37 GMT\n\nTitle", ":3: expected body paragraphs"),
])
def test_bad_input_is_one_error_line_and_exit_2(tmp_path, capsys, content, expected):
    path = tmp_path / "bad.txt"
    path.write_text(content, encoding="utf-8")
    assert main(["articles", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith(f"error: {path}{expected}")


def test_module_entry_point_prints_no_traceback(tmp_path):
    path = tmp_path / "bin.txt"
    path.write_bytes(b"\x00\x01\x02")
    run = subprocess.run([sys.executable, "-m", "newslib", "articles", str(path)],
                         capture_output=True, text=True)
    assert run.returncode == 2
    assert run.stderr == f"error: {path}:1: expected UTF-8 text, found binary data (a NUL byte)\n"


def test_help_lists_subcommands():
    run = subprocess.run([sys.executable, "-m", "newslib", "--help"], capture_output=True, text=True)
    assert run.returncode == 0
    for command in ("articles", "statements", "reproduce"):
        assert command in run.stdout


def test_statements_csv_is_identical_with_two_jobs(capsys):
    assert main(["statements", "--format", "csv"]) == 0
    one = capsys.readouterr().out
    assert main(["statements", "--format", "csv", "--jobs", "2"]) == 0
    assert capsys.readouterr().out == one
    assert one.splitlines()[0].startswith("article_id,paragraph,speaker,role,camp,kind,cue,text,start,end")


def test_statements_bad_registry_is_one_error_line(tmp_path, capsys):
    bad = tmp_path / "actors.csv"
    bad.write_text("name,camp\nSomeone,nowhere\n", encoding="utf-8")
    assert main(["statements", "--actors", str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"error: {bad}:") and err.count("\n") == 1


def test_input_error_survives_pickling_to_and_from_workers():
    import pickle

    from newslib import ArticleFormatError

    err = pickle.loads(pickle.dumps(ArticleFormatError("a.txt", 3, "expected a title")))
    assert (type(err), err.source, err.line, str(err)) == (ArticleFormatError, "a.txt", 3, "a.txt:3: expected a title")


def test_statements_carry_the_same_stance_as_the_library(capsys):
    import io

    import pandas as pd

    import newslib as nl

    assert main(["statements", "--format", "csv"]) == 0
    printed = pd.read_csv(io.StringIO(capsys.readouterr().out), keep_default_na=False)
    corpus = nl.load_corpus(nl.paths.SEEDS)
    expected = nl.add_stance(nl.statements(corpus), corpus)
    assert list(printed.columns[-2:]) == ["stance", "stance_evidence"]
    assert printed["stance"].tolist() == expected["stance"].tolist()
    assert printed["stance_evidence"].tolist() == expected["stance_evidence"].tolist()
    assert set(printed["stance"]) == {"favor", "against", "none"}


def test_statements_table_cuts_long_cells_for_the_terminal(capsys):
    import newslib as nl

    longest = max(nl.statements(nl.load_corpus(nl.paths.SEEDS))["text"], key=len)
    assert len(longest) > 60
    assert main(["statements"]) == 0
    table = capsys.readouterr().out
    assert table.splitlines()[0].split()[-2:] == ["stance", "stance_evidence"]
    assert longest not in table and longest[:57] + "..." in table
