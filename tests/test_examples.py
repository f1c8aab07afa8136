"""The worked example: an invented Water Bill debate, run end to end through the command line."""
import io
from pathlib import Path

import pandas as pd

import newslib as nl
from newslib.__main__ import main

WATER = Path(__file__).resolve().parent.parent / "examples" / "water_bill"
KEY = ("article_id", "paragraph", "speaker", "camp", "kind")


def _found(capsys) -> pd.DataFrame:
    assert main(["statements", str(WATER / "articles"), "--debate", str(WATER / "pack"), "--format", "csv"]) == 0
    return pd.read_csv(io.StringIO(capsys.readouterr().out), keep_default_na=False)


def test_statements_and_camps_match_the_hand_coding(capsys):
    found = _found(capsys)
    gold = pd.read_csv(nl.hand_coding(WATER / "articles", WATER / "pack"), keep_default_na=False)
    scores = nl.compare_with_gold(found, gold, key=KEY)
    # 26 statements in three articles, all found with their speaker, camp and kind (precision and recall 1).
    assert (scores["precision"], scores["recall"]) == (1.0, 1.0), (scores["missed"], scores["spurious"])
    assert scores["n_gold"] == 26
    # the words too: every statement's text and offsets as hand-coded
    merged = found.merge(gold, on=[*KEY, "start", "end"], suffixes=("", "_gold"))
    assert len(merged) == len(gold) and (merged["text"] == merged["text_gold"]).all()


def test_example_pack_has_four_camps_the_health_bill_does_not():
    water, health = nl.load_debate(WATER / "pack"), nl.load_debate()
    assert len(set(water.camp_names) - set(health.camp_names)) >= 4
    assert {a.camp for a in water.actors} <= set(water.camp_names)


def test_stance_uses_the_example_pack_targets_and_cues(capsys):
    found = _found(capsys).set_index(["article_id", "paragraph", "kind"])
    # "charter for polluters" is a cue of the pack; "the levy" one of its targets
    assert found.loc[("001_bill_published", 4, "direct"), "stance"] == "against"
    assert found.loc[("003_engineers_call_for_pause", 6, "direct"), "stance"].tolist() == ["favor", "favor"]
