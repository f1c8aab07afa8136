"""Debate packs: the packaged default, a pack of your own, and malformed packs named by file and line."""
import re
import shutil
from pathlib import Path

import pytest

import newslib as nl
from newslib.__main__ import main
from newslib.actors import ActorRegistryError, VocabularyError
from newslib.debate import DebateFormatError, hand_coding, load_debate, load_registry, load_stance_lexicon
from newslib.errors import InputError
from newslib.stance_lexicon import StanceLexiconError, read_cues

ROOT = Path(__file__).resolve().parent.parent
WATER = ROOT / "examples" / "water_bill"
CAMPS_HEADER = "camp,label,colour,order\n"
ACTORS_HEADER = "name,aliases,camp,role,gender,type,note\n"


@pytest.fixture
def pack(tmp_path):
    """A small valid pack in a temporary folder, with a camp the Health Bill pack does not have."""
    folder = tmp_path / "pack"
    folder.mkdir()
    files = {
        "camps.csv": CAMPS_HEADER + "ministers,Ministers,#0072B2,1\nunions,Unions,#CC79A7,2\nother,Other,#999999,3\n",
        "actors.csv": ACTORS_HEADER + "Jo Bloggs,Bloggs,unions,general secretary,f,person,\n"
                                      "Sam Reed,Reed,ministers,water minister,m,person,\n",
        "descriptors.csv": "priority,phrase,kind,camp,body,gender,number,note\n1,minister,camp,ministers,,,,\n",
        "stance_targets.csv": "term,note\nbill,\nlevy,\n",
    }
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_packaged_pack_holds_the_health_bill_camps_in_order():
    debate = load_debate()
    assert debate.camp_names == ("government", "labour", "health_professionals", "other")
    assert debate.labels["health_professionals"] == "Health professionals"
    assert nl.plotting.CAMP_COLOURS == debate.colours and nl.plotting.CAMPS == debate.camp_names
    assert load_registry() is debate.registry()
    assert {a.camp for a in debate.actors} <= set(debate.camp_names)


def test_unknown_camp_is_drawn_like_other():
    debate = load_debate()
    assert debate.colour("unheard_of") == debate.colours["other"] == nl.plotting.camp_colour("unheard_of")
    assert debate.label("unheard_of") == "unheard_of"


def test_own_pack_places_a_union_speaker_in_its_camp(pack, write):
    path = write("07/02/2031 12:37 GMT\n\nT\n\nJo Bloggs said the levy would cost jobs.\n")
    found = nl.statements(nl.load_corpus(path), debate=pack)
    assert found[["speaker", "camp", "kind"]].values.tolist() == [["Jo Bloggs", "unions", "reported"]]
    assert nl.stance.stance_by_camp(found.assign(stance="none"), debate=pack)["camp"].unique().tolist() == \
        ["ministers", "unions", "other"]


def test_own_pack_targets_point_stance_at_its_policy(pack):
    sentence = "We will scrap the levy."
    assert nl.classify_stance(sentence).stance == "none"                  # the Health Bill has no levy
    assert nl.classify_stance(sentence, debate=pack).stance == "against"
    assert load_stance_lexicon(debate=pack).targets[1].term == "levy"


def test_pack_cues_are_added_to_the_general_ones(pack):
    (pack / "stance_lexicon.csv").write_text("phrase,stance,target,weight,source,note\n"
                                             "charter for polluters,against,self,2,general,\n", encoding="utf-8")
    lexicon = load_debate(pack).stance_lexicon()
    assert lexicon.cues[-1].phrase == "charter for polluters"
    assert len(lexicon.cues) == len(read_cues()) + 1
    assert nl.classify_stance("It is a charter for polluters.", debate=pack).stance == "against"


def test_registry_row_with_a_camp_outside_the_pack_is_refused(tmp_path, pack):
    mine = tmp_path / "mine.csv"
    mine.write_text(ACTORS_HEADER + "Jo Bloggs,,unions,,,,\n", encoding="utf-8")
    with pytest.raises(ActorRegistryError, match=re.escape(f"{mine}:2: expected camp to be one of government, "
                                                           "labour, health_professionals, other")):
        load_registry(mine)
    assert load_registry(mine, pack).actor("Jo Bloggs").camp == "unions"


def _break(pack: Path, name: str, text: str) -> Path:
    (pack / name).write_text(text, encoding="utf-8")
    return pack / name


@pytest.mark.parametrize("name, text, error, line, words", [
    ("camps.csv", "camp,label,colour\nother,Other,#999999\n", DebateFormatError, 1, "missing order"),
    ("camps.csv", CAMPS_HEADER + "unions,Unions,#CC79A7,1\nother,Other,grey,2\n", DebateFormatError, 3,
     "expected a colour as #RRGGBB, found 'grey'"),
    ("camps.csv", CAMPS_HEADER + "unions,Unions,#CC79A7,1\nunions,Unions again,#CC79A7,2\nother,Other,#999999,3\n",
     DebateFormatError, 3, "expected each camp once; 'unions' is also on line 2"),
    ("camps.csv", CAMPS_HEADER + "Trade Unions,Unions,#CC79A7,1\nother,Other,#999999,2\n", DebateFormatError, 2,
     "expected a camp name of lower-case letters"),
    ("camps.csv", CAMPS_HEADER + "unions,Unions,#CC79A7,first\nother,Other,#999999,2\n", DebateFormatError, 2,
     "expected order to be a whole number"),
    ("camps.csv", CAMPS_HEADER + "unions,,#CC79A7,1\nother,Other,#999999,2\n", DebateFormatError, 2,
     "expected a label"),
    ("camps.csv", CAMPS_HEADER + "unions,Unions,#CC79A7,1\n", DebateFormatError, 1, "camp 'other'"),
    ("actors.csv", ACTORS_HEADER + "Jo Bloggs,,unions,,,,\nSam Reed,,labour,,,,\n", ActorRegistryError, 3,
     "expected camp to be one of ministers, unions, other"),
    ("descriptors.csv", "priority,phrase,kind,camp,body\n1,shadow,camp,labour,\n", VocabularyError, 2,
     "expected camp among ministers, unions, other"),
    ("stance_targets.csv", "term,note\nbill,\nbill,\n", StanceLexiconError, 3, "each term once"),
    ("stance_lexicon.csv", "phrase,stance,target\nscrap*,against,near\n", DebateFormatError, 2,
     "cues that the general lexicon does not have"),
])
def test_malformed_pack_names_file_and_line(pack, name, text, error, line, words):
    path = _break(pack, name, text)
    with pytest.raises(error) as caught:
        load_debate(pack)
    assert isinstance(caught.value, InputError)
    assert (caught.value.source, caught.value.line) == (str(path), line)
    assert words in caught.value.expected


def test_missing_pack_file_and_missing_folder(pack, tmp_path):
    (pack / "stance_targets.csv").unlink()
    with pytest.raises(DebateFormatError, match=re.escape(f"{pack / 'stance_targets.csv'}:0: expected the "
                                                          "debate pack file stance_targets.csv")):
        load_debate(pack)
    with pytest.raises(DebateFormatError, match="expected a debate pack: a folder"):
        load_debate(tmp_path / "nowhere")


def test_malformed_pack_is_one_error_line_and_exit_2(pack, capsys):
    path = _break(pack, "camps.csv", CAMPS_HEADER + "unions,Unions,#CC79A7,1\nother,Other,grey,2\n")
    for jobs in ("1", "2"):
        assert main(["statements", "--debate", str(pack), "--jobs", jobs]) == 2
        err = capsys.readouterr().err
        assert err == f"error: {path}:3: expected a colour as #RRGGBB, found 'grey'\n"


def test_statements_command_takes_a_pack_with_any_number_of_jobs(capsys):
    args = ["statements", str(WATER / "articles"), "--debate", str(WATER / "pack"), "--format", "csv"]
    assert main(args) == 0
    one = capsys.readouterr().out
    assert main(args + ["--jobs", "2"]) == 0
    assert capsys.readouterr().out == one
    camps = {line.split(",")[4] for line in one.splitlines()[1:]}
    assert {"ministers", "opposition", "unions", "industry", "engineers"} <= camps
    assert not camps & {"government", "labour", "health_professionals"}


def test_actors_shortcut_keeps_the_pack_camps(tmp_path, capsys):
    mine = tmp_path / "mine.csv"
    shutil.copy(WATER / "pack" / "actors.csv", mine)
    args = ["statements", str(WATER / "articles"), "--debate", str(WATER / "pack"), "--format", "csv"]
    assert main(args) == 0
    expected = capsys.readouterr().out
    assert main(args + ["--actors", str(mine)]) == 0
    assert capsys.readouterr().out == expected


def test_hand_coding_is_found_beside_the_corpus_or_in_the_pack(pack, tmp_path):
    assert hand_coding(nl.paths.SEEDS) == nl.paths.SEEDS / "statements_gold.csv"
    assert hand_coding(WATER / "articles", WATER / "pack") == WATER / "articles" / "statements_gold.csv"
    corpus = tmp_path / "mine"
    corpus.mkdir()
    assert hand_coding(corpus, pack) is None
    (pack / "statements_gold.csv").write_text("article_id\n", encoding="utf-8")
    assert hand_coding(corpus, pack) == pack / "statements_gold.csv"


def test_highlight_explorer_and_comparisons_take_camps_from_the_pack():
    from newslib import compare, explore, highlight

    pack = load_debate(WATER / "pack")
    corpus = nl.load_corpus(WATER / "articles")
    found = nl.statements(corpus, debate=pack)
    article = corpus["article"].iloc[0]
    html = str(highlight.highlight_article(article, found, paragraphs=[5], debate=pack))
    assert pack.colours["unions"] in html and "| Unions | reported" in html
    assert str(highlight.legend(debate=pack)).count("<mark") == len(pack.camps)
    docs = compare.documents(corpus, found, unit="camp", debate=pack)
    assert docs["camp"].tolist() == [c for c in pack.camp_names if c in set(found["camp"])]
    table = explore.explorer_table(corpus, found, debate=pack)
    page = explore.view(corpus, table, camp="engineers", debate=pack)
    assert f"border-left:6px solid {pack.colours['engineers']}" in page.html
    widget = explore.explorer(corpus, table, debate=pack)
    assert list(widget.children[0].children[1].options) == [explore.ALL, *pack.camp_names]


def test_a_pack_is_read_again_only_when_a_file_changes(pack):
    first = load_debate(pack)
    assert load_debate(pack) is first
    _break(pack, "stance_targets.csv", "term,note\nbill,\nlevy,\nsewage charge,\n")
    assert [t.term for t in load_debate(pack).targets] == ["bill", "levy", "sewage charge"]
