"""Tests for newslib.actors: the registry, descriptor rules and cues as package data."""
import csv
import re
from pathlib import Path

import pytest

from newslib.actors import ActorRegistryError
from newslib.debate import load_debate, load_registry
from newslib.errors import InputError

PACKAGE = Path(__file__).resolve().parent.parent / "newslib"
HEADER = "name,aliases,camp,role,gender,type,note\n"


def test_packaged_registry_maps_aliases_to_canonical_names():
    reg = load_registry()
    assert reg.actor("Lansley").name == "Andrew Lansley"
    assert reg.actor("the health secretary").name == "Andrew Lansley"
    assert reg.actor("No.10").name == reg.actor("Number 10").name == "Downing Street"
    assert reg.actor("RCGP").camp == "health_professionals"


def test_a_name_looked_up_again_gets_the_same_actor_and_the_memo_stays_bounded(tmp_path):
    path = tmp_path / "actors.csv"
    path.write_text("name,aliases,camp,role\nJo O'Neill-Bloggs,,government,minister\n", encoding="utf-8")
    reg = load_registry(path)
    for _ in range(2):                        # the second lookup of each comes from the memo
        assert reg.actor("jo o'neill-bloggs").name == "Jo O'Neill-Bloggs"   # any case
        assert reg.actor("Jo  O'Neill-Bloggs").name == "Jo O'Neill-Bloggs"  # two spaces: the loose form
        assert reg.actor("Jo Bloggs") is None
    for k in range(50_010):
        reg.actor(f"Nobody {k}")
    assert len(reg._actor_of) <= 50_001
    assert reg.actor("JO O'NEILL-BLOGGS").name == "Jo O'Neill-Bloggs"


def test_every_packaged_actor_has_a_known_camp():
    assert {a.camp for a in load_registry().actors} <= set(load_debate().camp_names)


@pytest.mark.parametrize("description, camp", [
    ("shadow health secretary", "labour"),
    ("health secretary", "government"),
    ("Lib Dem health minister", "government"),
    ("Lib Dem peer", "other"),
    ("a Royal College of Surgeons fellow", "health_professionals"),
    ("Times columnist", "other"),
    ("Labour MP", "labour"),
])
def test_descriptor_priority_places_a_description_in_a_camp(description, camp):
    assert load_registry().place(description).camp == camp


def test_mentions_take_a_title_and_skip_apostrophes():
    reg = load_registry()
    found = reg.mentions("Mr Lansley met O'Shaughnessy and Labour's whips")
    assert [(m.actor.name, m.title) for m in found if m.kind == "actor"] == [
        ("Andrew Lansley", "Mr"), ("James O'Shaughnessy", ""), ("Labour", "")]


def test_user_registry_replaces_the_packaged_actors(tmp_path):
    path = tmp_path / "mine.csv"
    path.write_text(HEADER + "Jo Bloggs,Bloggs|Ms Bloggs,labour,councillor,f,person,\n", encoding="utf-8")
    reg = load_registry(path)
    assert reg.actor("Bloggs").camp == "labour" and reg.actor("Lansley") is None


@pytest.mark.parametrize("rows, line, words", [
    ("Jo Bloggs,Bloggs,labor,,,,\n", 2, "expected camp"),
    ("Jo Bloggs,,labour,,,,\n,,labour,,,,\n", 3, "expected a name"),
    ("Jo Bloggs,Jo,labour,,,,\nJo Smith,Jo,labour,,,,\n", 3, "'Jo' already names"),
    ("Jo Bloggs,,labour,,x,,\n", 2, "expected gender"),
    ("Jo Bloggs,,labour,,,robot,\n", 2, "expected type"),
    ("Jo Bloggs,,labour\n", 2, "expected 7 fields"),
])
def test_malformed_registry_names_file_and_line(tmp_path, rows, line, words):
    path = tmp_path / "bad.csv"
    path.write_text(HEADER + rows, encoding="utf-8")
    with pytest.raises(ActorRegistryError, match=re.escape(f"{path}:{line}: ")) as err:
        load_registry(path)
    assert words in str(err.value) and isinstance(err.value, InputError) and err.value.line == line


def test_registry_without_required_columns_fails_on_line_1(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("name,camp\nJo,labour\n", encoding="utf-8")
    with pytest.raises(ActorRegistryError, match=r"bad.csv:1: .*missing aliases, role"):
        load_registry(path)


def test_missing_registry_file_is_an_input_error(tmp_path):
    with pytest.raises(ActorRegistryError, match=r"nope.csv:0: expected a readable"):
        load_registry(tmp_path / "nope.csv")


def test_no_speaker_name_from_the_seeds_is_written_in_python_code():
    seeds = " ".join(p.read_text(encoding="utf-8") for p in (PACKAGE.parent / "seeds").glob("*.txt"))
    names = set()
    for row in csv.DictReader((PACKAGE / "debates" / "health_bill" / "actors.csv").open(encoding="utf-8")):
        names |= {n for n in [row["name"], *row["aliases"].split("|")] if len(n) > 2 and n[0].isupper()}
    institutions = {"Labour", "Government", "Downing Street", "Department of Health", "Number 10", "No.10",
                    "No 10", "BMA", "Burns", "Carter", "Harris", "Milton", "Warwick"}  # also common words
    in_seeds = {n for n in names - institutions if re.search(rf"(?<!\w){re.escape(n)}(?!\w)", seeds)}
    assert in_seeds, "the check must look at real names"
    for source in PACKAGE.glob("*.py"):
        code = source.read_text(encoding="utf-8")
        leaked = sorted(n for n in in_seeds if re.search(rf"(?<!\w){re.escape(n)}(?!\w)", code))
        assert not leaked, f"{source.name} names {leaked}"


def test_a_name_with_a_plural_possessive_is_one_actor(tmp_path):
    # "Workers' Union": the apostrophe after the s does not break the name, and the capitalised
    # "The ..." form of an alias written with a curly apostrophe finds the same actor.
    path = tmp_path / "mine.csv"
    path.write_text(HEADER + "Nurses' Union,the Nurses’ Union,other,union,,body,\n", encoding="utf-8")
    reg = load_registry(path)
    found = [m for m in reg.mentions("The Nurses' Union warned that pay would fall.") if m.kind == "actor"]
    assert [(m.start, m.end, m.actor.name) for m in found] == [(0, 17, "Nurses' Union")]
    assert reg.actor("the Nurses' Union").name == "Nurses' Union"
