"""The development corpus: the manifest, the rebuild from saved pages, and the scoring against a coding."""
from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest

from newslib import paths, scoring
from newslib.errors import InputError
from newslib.__main__ import main
from newslib.articles import load_article
from newslib.validation import (ManifestError, load_manifest, paragraph_hash, raw_paragraphs, rebuild,
                                split_for)

PAGE = ("Skip to main content\n\nA made-up headline about the Bill\n\n"
        "The minister said the reforms would put doctors in charge.\r\n\r\n"
        "\u2018This Bill is a disaster,\u2019 said the union\u2019s leader.\n\n\n"
        "Subscribe to read more and get the newsletter every wee")


def _manifest(tmp_path, pages: dict[str, str], keep: dict[str, list[int]], **overrides) -> tuple:
    raw = tmp_path / "raw"
    raw.mkdir()
    entries = []
    for i, (article_id, page) in enumerate(pages.items()):
        (raw / f"{article_id}.txt").write_bytes(page.encode("utf-8"))
        paras = {n: t for n, _, t in raw_paragraphs(page)}
        entries.append({"id": article_id, "url": f"https://example.org/{i}", "outlet": "Example",
                        "genre": "opinion", "query": "example", "title": f"Title {i}",
                        "dateline": "07/02/2012 12:37 GMT", "split": "",
                        "paragraphs": [{"n": n, "sha": paragraph_hash(paras[n])} for n in keep[article_id]]})
    for e in entries:
        e["split"] = split_for(e["url"], e["genre"], entries)
        e.update(overrides)
    path = tmp_path / "manifest.json"
    path.write_text(json.dumps({"split_rule": "by hash", "articles": entries}, indent=1), encoding="utf-8")
    return path, raw


def test_raw_paragraphs_split_on_blank_lines_and_give_the_start_line():
    found = raw_paragraphs(PAGE)
    assert [n for n, _, _ in found] == [1, 2, 3, 4, 5]
    assert found[2] == (3, 5, "The minister said the reforms would put doctors in charge.")
    assert found[3][1] == 7 and found[3][2].startswith("\u2018This Bill")


def test_rebuild_writes_the_kept_paragraphs_in_the_seed_format(tmp_path):
    manifest, raw = _manifest(tmp_path, {"ex-1": PAGE}, {"ex-1": [3, 4]})
    [written] = rebuild(manifest, raw, tmp_path / "out")
    article = load_article(written)
    assert article.title == "Title 0"
    assert article.paragraphs == ("The minister said the reforms would put doctors in charge.",
                                  "\u2018This Bill is a disaster,\u2019 said the union\u2019s leader.")
    assert article.published.isoformat() == "2012-02-07T12:37:00+00:00"


def test_rebuild_refuses_a_changed_paragraph_naming_the_file_and_its_line(tmp_path):
    manifest, raw = _manifest(tmp_path, {"ex-1": PAGE}, {"ex-1": [3, 4]})
    (raw / "ex-1.txt").write_text(PAGE.replace("disaster", "triumph"), encoding="utf-8")
    with pytest.raises(ManifestError) as err:
        rebuild(manifest, raw, tmp_path / "out")
    assert err.value.line == 7
    assert "ex-1.txt" in err.value.source and "paragraph 4 does not match" in err.value.expected
    assert not (tmp_path / "out").exists()  # nothing written unless every article checks


def test_rebuild_command_refuses_a_mismatch_with_one_line_and_status_2(tmp_path, capsys):
    manifest, raw = _manifest(tmp_path, {"ex-1": PAGE}, {"ex-1": [3]})
    (raw / "ex-1.txt").write_text(PAGE.replace("minister", "ministry"), encoding="utf-8")
    status = main(["validation", "rebuild", str(raw), str(tmp_path / "out"), "--manifest", str(manifest)])
    err = capsys.readouterr().err
    assert status == 2
    assert err.count("\n") == 1 and err.startswith("error: ") and "ex-1.txt:5: paragraph 3" in err


def test_rebuild_refuses_a_missing_page(tmp_path):
    manifest, raw = _manifest(tmp_path, {"ex-1": PAGE}, {"ex-1": [3]})
    (raw / "ex-1.txt").unlink()
    with pytest.raises(ManifestError, match="expected the saved page of 'ex-1'"):
        rebuild(manifest, raw, tmp_path / "out")


def test_manifest_refuses_a_split_that_the_rule_does_not_give(tmp_path):
    manifest, _ = _manifest(tmp_path, {"a": PAGE, "b": PAGE}, {"a": [3], "b": [3]})
    data = json.loads(manifest.read_text())
    data["articles"][0]["split"] = "tune" if data["articles"][0]["split"] == "test" else "test"
    manifest.write_text(json.dumps(data, indent=1))
    with pytest.raises(ManifestError, match="by the rule"):
        load_manifest(manifest)


def test_manifest_refuses_a_missing_field_with_the_article_line(tmp_path):
    manifest, _ = _manifest(tmp_path, {"a": PAGE, "b": PAGE}, {"a": [3], "b": [3]})
    data = json.loads(manifest.read_text())
    del data["articles"][1]["query"]
    manifest.write_text(json.dumps(data, indent=1))
    with pytest.raises(ManifestError, match="missing query") as err:
        load_manifest(manifest)
    assert manifest.read_text().splitlines()[err.value.line - 1].strip().startswith('"id": "b"')


def test_split_rule_sends_two_of_every_five_per_genre_to_test():
    articles = [{"url": f"https://example.org/{g}/{i}", "genre": g} for g in ("news", "blog") for i in range(10)]
    splits = pd.Series([split_for(a["url"], a["genre"], articles) for a in articles])
    assert (splits[:10] == "test").sum() == 4 and (splits[10:] == "test").sum() == 4


def test_unit_stance_takes_the_majority_and_breaks_ties_by_order():
    assert scoring.unit_stance(["none", "none"]) == "none"
    assert scoring.unit_stance(["favor", "none", "favor", "against"]) == "favor"
    assert scoring.unit_stance(["against", "favor"]) == "against"


def _coded(rows):
    frame = pd.DataFrame(rows, columns=["article_id", "paragraph", "camp", "start", "end", "stance"])
    return frame.assign(speaker="x", kind="direct")


def test_score_counts_statements_units_and_stance_on_a_small_coding():
    gold = _coded([("a", 1, "government", 0, 40, "favor"), ("a", 1, "labour", 50, 90, "against"),
                   ("a", 2, "labour", 0, 30, "favor|none"), ("a", 3, "other", 0, 20, "none")])
    pred = _coded([("a", 1, "government", 5, 45, "favor"), ("a", 1, "labour", 60, 80, "none"),
                   ("a", 2, "labour", 10, 20, "none"), ("a", 4, "labour", 0, 10, "against")])
    s = scoring.score(pred, gold, "tune", ["government", "labour", "other"], articles=1)
    summary = s.summary
    assert summary["statement_recall"] == 3 / 4 and summary["statement_precision"] == 3 / 4
    assert summary["camp_recall"] == 3 / 4 and summary["camp_precision"] == 3 / 4
    # units a/1/government favor=favor, a/1/labour none!=against, a/2/labour none accepted by favor|none
    assert summary["stance_agreement"] == 2 / 3
    units = s.units.set_index(["article_id", "paragraph", "camp"])
    assert units.loc[("a", 2, "labour"), "gold_stance"] == "favor|none"
    assert units.loc[("a", 4, "labour"), "agree"] == "" and not units.loc[("a", 4, "labour"), "in_gold"]
    labour = s.shares.set_index("camp").loc["labour"]
    assert labour["n_gold"] == 2 and labour["favor_gold"] == 0.5 and labour["against_pred"] == 1 / 3
    assert labour["distance"] == pytest.approx((0.5 + 1 / 6 + 2 / 3) / 2)


def test_write_results_keeps_one_row_per_split_and_logs_each_test_look(tmp_path):
    gold = _coded([("a", 1, "labour", 0, 40, "against")])
    for split in ("test", "tune", "test"):
        scoring.write_results(scoring.score(gold, gold, split, ["labour"], 1), tmp_path)
    summary = pd.read_csv(tmp_path / "summary.csv")
    assert summary["split"].tolist() == ["tune", "test"]
    log_rows = [l for l in (tmp_path / "TEST_LOG.md").read_text().splitlines() if l.startswith("| 2")]
    assert len(log_rows) == 2
    results = pd.read_csv(tmp_path / "results_test.csv")
    assert "text" not in results.columns and results["agree"].tolist() == [True]
    assert "| camp-level recall | 1.00 | 1.00 |" in (tmp_path / "RESULTS.md").read_text()


def test_stance_counts_give_back_the_distance_of_score_and_are_written_without_text(tmp_path):
    gold = _coded([("a", 1, "labour", 0, 40, "against"), ("a", 2, "labour", 0, 40, "favor|none"),
                   ("b", 1, "labour", 0, 40, "against"), ("b", 2, "labour", 0, 40, "against"),
                   ("b", 3, "labour", 0, 40, "none"), ("b", 4, "government", 0, 40, "favor")])
    pred = _coded([("a", 1, "labour", 0, 40, "none"), ("b", 1, "labour", 0, 40, "against"),
                   ("b", 9, "labour", 0, 40, "favor"), ("b", 4, "government", 0, 40, "favor")])
    s = scoring.score(pred, gold, "test3", ["government", "labour", "other"], articles=2)
    table = scoring.bootstrap_distance(s.counts, n=300, min_statements=5)
    assert table.loc["worst", "value"] == pytest.approx(s.summary["worst_camp_distance"])
    assert table.loc["labour", "value"] == pytest.approx(s.shares.set_index("camp").loc["labour", "distance"])
    assert np.isnan(table.loc["government", "value"])             # one statement: under the minimum of five
    scoring.write_results(s, tmp_path)
    stored = scoring.load_stance_counts("test3", tmp_path)
    assert list(stored.columns) == ["article_id", "camp", "source", "favor", "against", "none"]
    assert stored.equals(s.counts)
    assert stored.loc[stored["source"] == "gold", ["favor", "against", "none"]].to_numpy().sum() == len(gold)


def test_bootstrap_distance_draws_whole_articles_and_is_deterministic():
    # article a: tool and hand coding agree (all favor); b: the tool reads every against as none. Draws of
    # only a give 0, of only b give 1: the interval reaches both ends
    counts = pd.DataFrame({"article_id": ["a", "a", "b", "b"], "camp": ["labour"] * 4,
                           "source": ["gold", "tool", "gold", "tool"], "favor": [6, 6, 0, 0],
                           "against": [0, 0, 6, 0], "none": [0, 0, 0, 6]})
    first = scoring.bootstrap_distance(counts, n=1000, seed=3)
    assert first.loc["worst", "value"] == pytest.approx(0.5)
    assert first.loc["worst", "low"] == 0.0 and first.loc["worst", "high"] == 1.0
    assert first.equals(scoring.bootstrap_distance(counts, n=1000, seed=3))
    with pytest.raises(ValueError, match="expected n >= 1"):
        scoring.bootstrap_distance(counts, n=0)


def test_seeds_score_perfectly_on_statements_and_camps():
    s = scoring.score_split("seeds")
    assert s.summary["statement_recall"] == 1.0 and s.summary["camp_precision"] == 1.0
    assert s.summary["stance_agreement"] > 0.85


def test_agreement_command_compares_the_two_codings(tmp_path, capsys):
    a = _coded([("a", 1, "labour", 0, 40, "against"), ("a", 2, "government", 0, 40, "favor")])
    b = _coded([("a", 1, "labour", 10, 30, "against"), ("a", 3, "other", 0, 9, "none")])
    a.to_csv(tmp_path / "coding_a.csv", index=False)
    b.to_csv(tmp_path / "coding_b.csv", index=False)
    assert main(["validation", "agreement", "--validation-dir", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "statement_agreement  0.500" in out and "matched  1" in out
    pairs = pd.read_csv(tmp_path / "agreement.csv")
    assert len(pairs) == 3 and pairs["b_index"].isna().sum() == 1


def test_score_command_refuses_an_unknown_article_folder_with_one_line(tmp_path, capsys):
    manifest, raw = _manifest(tmp_path, {"ex-1": PAGE}, {"ex-1": [3]})
    _coded([]).to_csv(tmp_path / "gold.csv", index=False)
    split = json.loads(manifest.read_text())["articles"][0]["split"]
    status = main(["validation", "score", str(tmp_path / "missing"), "--split", split,
                   "--validation-dir", str(tmp_path)])
    err = capsys.readouterr().err
    assert status == 2 and err.startswith("error: ") and "expected a rebuilt article" in err


def test_a_no_break_space_hashes_as_a_plain_space_so_either_saved_view_checks():
    assert paragraph_hash("our\u00a0colleagues said") == paragraph_hash("our colleagues said")
    assert paragraph_hash("our colleagues said") != paragraph_hash("our  colleagues said")


def test_test_log_gives_one_row_per_look_with_numbers(tmp_path):
    from newslib.scoring import load_test_log

    (tmp_path / "TEST_LOG.md").write_text(
        "# Looks\n\nOne line per scoring.\n\n| date | commit | camp recall | stance agreement |\n|---|---|---|---|\n"
        "| 2026-12-01 | abc1234 | 0.71 | 0.64 |\n| 2026-12-05 | def5678 | 0.72 | 0.62 |\n", encoding="utf-8")
    log = load_test_log(tmp_path)
    assert list(log.columns) == ["date", "commit", "camp recall", "stance agreement"]
    assert log["commit"].tolist() == ["abc1234", "def5678"]
    assert log["stance agreement"].tolist() == [0.64, 0.62]
    (tmp_path / "TEST_LOG.md").write_text("| date | commit |\n|---|---|\n", encoding="utf-8")
    assert load_test_log(tmp_path).empty


def test_a_malformed_coding_is_refused_with_its_file_and_line(tmp_path):
    good = "article_id,paragraph,speaker,camp,kind,start,end,stance\na,1,x,labour,direct,0,9,against\n"
    (tmp_path / "short.csv").write_text(good + "a,2,x,labour\n", encoding="utf-8")
    with pytest.raises(ManifestError) as err:
        scoring.load_coding(tmp_path / "short.csv")
    assert err.value.line == 3
    (tmp_path / "stance.csv").write_text(good + "a,2,x,labour,direct,0,9,maybe\n", encoding="utf-8")
    with pytest.raises(ManifestError, match="expected a stance") as err:
        scoring.load_coding(tmp_path / "stance.csv")
    assert err.value.line == 3


def test_a_second_batch_gets_its_own_locked_split_and_moves_no_article_of_the_first():
    first = [{"url": f"https://example.org/a/{i}", "genre": "opinion"} for i in range(10)]
    before = [split_for(a["url"], "opinion", first) for a in first]
    second = [{"url": f"https://example.org/b/{i}", "genre": "opinion", "batch": 2} for i in range(10)]
    pool = first + second
    assert [split_for(a["url"], "opinion", pool) for a in first] == before
    later = pd.Series([split_for(a["url"], "opinion", pool, 2) for a in second])
    assert (later == "test2").sum() == 4 and set(later) == {"tune", "test2"}


def test_manifest_refuses_a_bad_batch_and_a_locked_split_of_another_batch(tmp_path):
    manifest, _ = _manifest(tmp_path, {"a": PAGE, "b": PAGE}, {"a": [3], "b": [3]})
    data = json.loads(manifest.read_text())
    for bad in (0, "2", True):
        data["articles"][1]["batch"] = bad
        manifest.write_text(json.dumps(data, indent=1))
        with pytest.raises(ManifestError, match="'batch' to be a whole number from 1"):
            load_manifest(manifest)
    data["articles"][1]["batch"] = 2
    data["articles"][1]["split"] = "test"
    manifest.write_text(json.dumps(data, indent=1))
    with pytest.raises(ManifestError, match="'tune' or 'test2' for batch 2"):
        load_manifest(manifest)


@pytest.mark.parametrize("batch", [2, 3])
def test_a_later_batch_loads_with_its_own_locked_split(tmp_path, batch):
    manifest, _ = _manifest(tmp_path, {"a": PAGE, "b": PAGE}, {"a": [3], "b": [3]})
    data = json.loads(manifest.read_text())
    data["articles"][1]["batch"] = batch
    for entry in data["articles"]:
        entry["split"] = split_for(entry["url"], "opinion", data["articles"], entry.get("batch", 1))
    manifest.write_text(json.dumps(data, indent=1))
    loaded = {a.id: a for a in load_manifest(manifest)}
    assert loaded["a"].batch == 1 and loaded["b"].batch == batch
    assert loaded["b"].split in ("tune", f"test{batch}")


def test_each_locked_split_has_its_own_log(tmp_path):
    gold = _coded([("a", 1, "labour", 0, 40, "against")])
    for split in ("test2", "test", "test2"):
        scoring.write_results(scoring.score(gold, gold, split, ["labour"], 1), tmp_path)
    assert len(scoring.load_test_log(tmp_path, "test2")) == 2 and len(scoring.load_test_log(tmp_path)) == 1
    assert "# Looks at the test2 split" in (tmp_path / "TEST2_LOG.md").read_text()
    assert pd.read_csv(tmp_path / "summary.csv")["split"].tolist() == ["test", "test2"]
    assert scoring.load_test_log(tmp_path / "nowhere", "test2").empty


def test_the_command_line_refuses_an_unknown_split_with_one_error_line(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["validation", "score", "--split", "train"])
    err = capsys.readouterr().err
    assert exit_.value.code == 2 and "Traceback" not in err
    assert [l for l in err.splitlines() if "error" in l] == [
        "python -m newslib validation score: error: argument --split: expected seeds, tune, test or test<N>, "
        "found 'train'"]


def test_a_third_batch_is_scored_and_logged_with_no_code_change(tmp_path):
    gold = _coded([("a", 1, "labour", 0, 40, "against")])
    for split in ("test3", "test", "tune", "test3"):
        scoring.write_results(scoring.score(gold, gold, split, ["labour"], 1), tmp_path)
    assert pd.read_csv(tmp_path / "summary.csv")["split"].tolist() == ["tune", "test", "test3"]
    assert len(scoring.load_test_log(tmp_path, "test3")) == 2


def _units(rows):
    return pd.DataFrame(rows, columns=["article_id", "paragraph", "camp", "in_gold", "in_pred", "gold_stance",
                                       "pred_stance", "agree"])


@pytest.mark.parametrize("split", scoring.load_results()["split"].tolist())
def test_bootstrap_point_values_are_the_stored_scores(split):
    stored = scoring.load_results().set_index("split").loc[split]
    table = scoring.bootstrap_scores(scoring.load_units(split), n=200)
    for measure in scoring.BOOTSTRAP_MEASURES:
        assert table.loc[measure, "value"] == pytest.approx(stored[measure], abs=5e-5)   # summary.csv keeps 4 places
        assert table.loc[measure, "low"] <= table.loc[measure, "value"] + 1e-12
        assert table.loc[measure, "value"] <= table.loc[measure, "high"] + 1e-12
    assert 0 < table["articles"].iloc[0] <= stored["articles"]   # articles with at least one unit


def test_bootstrap_draws_whole_articles():
    # article a: both units found, stance right; article b: its unit missed. Resampling whole articles can
    # give all a's (recall 1) or all b's (recall 0): a 95% interval over many draws reaches both ends
    units = _units([("a", 1, "labour", True, True, "against", "against", "True"),
                    ("a", 2, "labour", True, True, "against", "against", "True"),
                    ("b", 1, "labour", True, False, "none", "", "")])
    table = scoring.bootstrap_scores(units, n=2000, seed=1)
    assert table.loc["camp_recall", "value"] == pytest.approx(2 / 3)
    assert table.loc["camp_recall", "low"] == 0.0 and table.loc["camp_recall", "high"] == 1.0
    assert table.loc["stance_agreement", "low"] == table.loc["stance_agreement", "high"] == 1.0


def test_bootstrap_is_deterministic_and_a_single_article_has_no_spread():
    units = _units([("a", 1, "labour", True, True, "against|none", "none", "True"),
                    ("a", 2, "other", False, True, "", "favor", ""),
                    ("a", 3, "other", True, True, "favor", "against", "False")])
    first = scoring.bootstrap_scores(units, n=300, seed=7)
    assert first.equals(scoring.bootstrap_scores(units, n=300, seed=7))
    assert (first["low"] == first["value"]).all() and (first["high"] == first["value"]).all()
    assert first.loc["camp_precision", "value"] == pytest.approx(2 / 3)
    assert first.loc["always_against", "value"] == pytest.approx(1 / 2)


@pytest.mark.parametrize("n, level", [(0, 0.95), (100, 1.0), (100, 0.0)])
def test_bootstrap_refuses_a_meaningless_request(n, level):
    with pytest.raises(ValueError, match="expected n >= 1"):
        scoring.bootstrap_scores(_units([("a", 1, "labour", True, True, "none", "none", "True")]), n=n, level=level)


def _sentences(tmp_path, text):
    path = tmp_path / "arguments.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_written_sentences_are_read_alone_and_scored_by_label(tmp_path):
    path = _sentences(tmp_path, "id,stance,class,sentence,rule\n"
                                "s1,against,call,Scrap the Bill now.,rule 9\n"
                                "s2,favor,defence,We will not drop the Bill.,rule 6\n"
                                "s3,none,procedure,The Lords vote on the Bill on Tuesday.,rule 2\n"
                                "s4,against,cost,\"It was, frankly, a busy day.\",rule 11\n")
    table = scoring.load_sentences(path)
    assert list(table["id"]) == ["s1", "s2", "s3", "s4"] and "rule" in table.columns
    scored = scoring.score_sentences(table)
    assert list(scored["predicted"]) == ["against", "favor", "none", "none"]
    summary = scoring.sentence_summary(scored)
    assert summary.loc["all", "agreement"] == pytest.approx(0.75)
    assert summary.loc["against", "sentences"] == 2 and summary.loc["against", "agreement"] == pytest.approx(0.5)
    assert summary.loc["against", "read as none"] == pytest.approx(0.5)
    assert summary.loc["all", "read as none"] == pytest.approx(0.5) and -1 <= summary.attrs["kappa"] <= 1


@pytest.mark.parametrize("body, expected", [
    ("s1,maybe,call,Scrap it.\n", "2: expected stance favor, against or none, found 'maybe'"),
    ("s1,none,call,   \n", "2: expected a sentence, found an empty field"),
    ("s1,none,call,Scrap it.\ns1,none,call,Keep it.\n", "3: expected each id and sentence once, found 's1' again"),
    ("s1,none,call\n", ":2:"),
])
def test_a_bad_sentence_file_names_its_line(tmp_path, body, expected):
    path = _sentences(tmp_path, "id,stance,class,sentence\n" + body)
    with pytest.raises(InputError) as error:
        scoring.load_sentences(path)
    assert expected in str(error.value) and str(path) in str(error.value)


def test_the_two_packaged_sentence_sets_are_balanced_and_share_no_sentence():
    # two writers, each from the codebook alone (validation/PROTOCOL.md): a sentence in both would make the
    # second set no check of the first
    first, second = (scoring.load_sentences(paths.VALIDATION / name) for name in ("arguments.csv", "arguments2.csv"))
    for table in (first, second):
        shares = table["stance"].value_counts(normalize=True)
        assert len(table) >= 300 and set(shares.index) == {"against", "favor", "none"} and shares.max() < 0.34
    assert not set(first["id"]) & set(second["id"])
    normal = lambda table: set(table["sentence"].str.lower().str.split().str.join(" "))   # noqa: E731
    assert not normal(first) & normal(second)


def test_written_sentences_can_be_read_as_part_of_an_article_about_the_bill():
    table = pd.DataFrame({"id": ["s1"], "stance": ["against"], "class": ["harm"],
                          "sentence": ["It will destroy the health service."]})
    assert scoring.score_sentences(table)["predicted"].tolist() == ["none"]       # "it" stands for nothing
    about = scoring.score_sentences(table, previous="The Health and Social Care Bill.")
    assert about["predicted"].tolist() == ["against"] and "target 'It'" in about["evidence"].iloc[0]


def test_the_stored_argument_sentences_are_balanced_and_labelled():
    table = scoring.load_sentences()
    assert len(table) >= 150 and table["id"].is_unique
    counts = table["stance"].value_counts()
    assert set(counts.index) == {"favor", "against", "none"} and counts.min() >= len(table) // 4
