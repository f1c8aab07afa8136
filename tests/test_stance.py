"""The stance rules: a table of sentences written for these tests, in many reporting styles.

None of the sentences is taken from the seeds; speakers are invented.
"""

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newslib import paths
from datetime import datetime, timezone

from newslib.articles import Article, load_corpus
from newslib.errors import InputError
from newslib.stance import add_stance, classify_stance, explain_stance, stance_by_camp, stance_records
from newslib.debate import load_stance_lexicon
from newslib.stance_lexicon import StanceLexiconError
from newslib.statements import statements

CASES = [
    # direct calls against the Bill
    ("We should drop the bill.", "against"),
    ("Scrap this bill before it does more harm.", "against"),
    ("The government must withdraw the Health and Social Care Bill.", "against"),
    ("Ministers should ditch these reforms now.", "against"),
    ("It is time to kill the bill.", "against"),
    ("Peers will vote against the bill next week.", "against"),
    ("The legislation will damage patient care for a generation.", "against"),
    ("These reforms amount to the privatisation of the NHS by the back door.", "against"),
    ("This is the dismantling of the NHS, piece by piece.", "against"),
    ("Join us to save the NHS.", "against"),
    ("The planned changes are unworkable.", "against"),
    ("There are serious flaws in the reforms.", "against"),
    ("The shake-up is a costly mess.", "against"),
    ("We remain opposed to the bill.", "against"),
    ("Doctors fear the changes will create more bureaucracy, not less.", "against"),
    # reported speech, wire and trade-press style
    ("the college wrote to the Prime Minister calling for the bill to be dropped", "against"),
    ("unions urged ministers to abandon the plans", "against"),
    ("GPs warned that the commissioning board would undermine clinical commissioning groups", "against"),
    # for the Bill
    ("The Prime Minister backs the reforms.", "favor"),
    ("We support the bill because it will put doctors in charge.", "favor"),
    ("These reforms will deliver a better NHS for patients.", "favor"),
    ("The changes will cut bureaucracy and free GPs to treat patients.", "favor"),
    ("We have to modernise the NHS.", "favor"),
    ("The minister defended the reforms in the Commons.", "favor"),
    ("Ministers will press ahead with the bill.", "favor"),
    ("The claims about the bill are scaremongering.", "favor"),
    ("The reforms are the right thing for patients.", "favor"),
    ("It is the right thing for patients.", "none"),      # "it" with no Bill named before it
    ("Putting power in the hands of GPs is the way forward.", "favor"),
    # negation
    ("The government will not drop the bill.", "favor"),
    ("There is no need to scrap the reforms.", "favor"),
    ("Ministers refused to withdraw the bill.", "favor"),
    ("The bill is not right for patients.", "against"),
    ("We do not support these reforms.", "against"),
    ("The reforms won't improve anything.", "against"),
    ("Labour is playing down its campaign against the bill.", "none"),
    # person, briefing, procedure: none
    ("The Prime Minister has full support for his health secretary.", "none"),
    ("The health secretary should be sacked.", "none"),
    ("Will you investigate the briefing against the minister?", "none"),
    ("The bill returns to the Lords on Wednesday.", "none"),
    ("Amendments were tabled last week.", "none"),
    ("The bill could be defeated, he said.", "none"),
    ("As far as we are concerned, the timetable is a matter for Parliament.", "none"),
    ("She backed her colleague in the row.", "none"),
    ("The weather was cold in Westminster.", "none"),
    ("Labour will drop its leaflet campaign.", "none"),
    # verdicts of fault or harm, and the same verdict on an opposing course of action (round nine)
    ("The reforms will be detrimental to patient care.", "against"),
    ("This is an irresponsible Bill.", "against"),
    ("Scrapping the reforms now would be irresponsible.", "favor"),
    ("Dropping the plans would be the worst thing the government could do.", "favor"),
    # a condition of the plans' fate, then a forecast: going ahead with harm is against, defeat with harm is
    # for, "unless" reverses the condition; a condition about something else is no course (round nine)
    ("If the reforms go ahead, the outlook for patients looks bleak.", "against"),
    ("If the Bill is scrapped, patients will suffer.", "favor"),
    ("Unless the Bill is dropped, patients will suffer.", "against"),
    ("If the Bill goes ahead, patients will benefit.", "favor"),
    ("Patients will suffer under these reforms.", "against"),
    # necessity and outcomes said in more words (round nine)
    ("Ministers insist the changes are unavoidable.", "favor"),
    ("This is a long overdue reform.", "favor"),
    ("These reforms will bring much better health outcomes for patients.", "favor"),
    # the break-up of the service, destruction, a bad deal, and cost cut with words between (round nine)
    ("If MPs nod this through, they will own the break-up of the NHS.", "against"),
    ("Ministers will rip these plans' critics to pieces, but the plans will rip the service to pieces too.",
     "against"),
    ("The plans remain a bad deal for patients.", "against"),
    ("The reforms will cut the cost of NHS bureaucracy.", "favor"),
    # the opposing course of action may open a that-clause (round nine)
    ("The former GP warns that scrapping the Bill would be damaging.", "favor"),
    ("Ministers argue that delaying the reforms now would harm patients.", "favor"),
    # demanding or recommending changes to the Bill is against it (codebook N6); saying it will be changed,
    # or tabling amendments, is not (round ten)
    ("The college called for sweeping changes to the Bill.", "against"),
    ("The panel recommends three changes to the reforms.", "against"),
    ("The legislation must be amended to protect the duty to provide care.", "against"),
    ("The Bill will be amended in the Lords next week.", "none"),
    ("Peers tabled further amendments to the Bill on Monday.", "none"),
    # how a change will work is a question, not a verdict that it works (round ten)
    ("Doctors are baffled about the way the reforms will work.", "none"),
    ("Nobody yet knows how the new commissioning groups would work.", "none"),
    ("The reforms will work, the minister insisted.", "favor"),
    # the white paper that proposed the changes is a name of them; the public health white paper is not
    ("The college will oppose key elements of the NHS white paper.", "against"),
    ("Councils welcomed the public health white paper.", "none"),
    # a phrase whose anchor lies words further on is found with or without an apostrophe in the text (the
    # scanner tests the anchor by one set test when there is none)
    ("The reforms will take power away from doctors.", "against"),
    ("The reforms will take power away from doctors, the union's leader said.", "against"),
    ("The reforms will take power from doctors and give it away.", "none"),
]


#: Support and attack in the ways real coverage says them (issue 15), written for the tests.
BEYOND_THE_SEEDS = [
    ("The minister is determined to see the changes through.", "favor"),
    ("The reforms must now go ahead.", "favor"),
    ("It would be absurd to abandon the plans at this stage.", "favor"),
    ("Those who opposed the reforms from day one have nothing to add.", "favor"),
    ("No one gave them a mandate for this.", "against"),
    ("Billions wasted on a reorganisation nobody asked for.", "against"),
    ("It is a broken promise.", "against"),
    ("The union urged ministers to pull the plug on the reforms.", "against"),
    ("Patients would be better without this Bill.", "against"),
    ("The college demanded the withdrawal of the Health and Social Care Bill.", "against"),
    ("Those opposed to the reforms held a rally.", "none"),
    ("It is not too late to scrap the bill.", "against"),
    ("The answer to a bad bill is to junk it.", "against"),
    ("The reforms will hand power to patients.", "favor"),
    ("The plans were driven by dogma.", "against"),
    ("The plans must not be reversed.", "favor"),
    ("We should not put the reforms off any longer.", "favor"),
    ("The Bill must be changed radically before it can pass.", "against"),
    ("The minister lost the confidence of nurses, and the Bill returns next week.", "none"),
    ("It is essential that nurses sit on the boards the reforms create.", "none"),
    ("I took the job because the review of the Bill isn't just a cosmetic exercise.", "none"),
    ("It doesn't get any worse than this Bill.", "against"),
]


@pytest.mark.parametrize("text, expected", BEYOND_THE_SEEDS)
def test_support_and_attack_as_real_coverage_says_them(text, expected):
    assert classify_stance(text).stance == expected


def test_a_quoted_fragment_takes_the_stance_of_the_clause_that_carries_it():
    paragraph = "The college called for the Bill to be scrapped, branding it 'reckless'."
    assert classify_stance("reckless", paragraph).stance == "against"
    aside = ("A spokeswoman said the minister kept the PM's 'full support', despite weeks of mounting "
             "criticism from doctors over the planned reforms.")
    assert classify_stance("full support", aside).stance == "none"


def test_an_evaluative_cue_counts_when_the_paragraph_names_the_bill_further_away():
    paragraph = ("The Bill returns to the Lords today, and peers will be asked to approve several amendments "
                 "on competition. It is chaos, said one peer.")
    assert classify_stance("It is chaos", paragraph).stance == "against"
    assert classify_stance("It is chaos").stance == "none"


def test_a_multi_word_name_of_the_target_is_one_mention():
    result = classify_stance("They want the withdrawal of the Health and Social Care Bill.")
    assert result.stance == "against" and "Health and Social Care Bill" in result.describe()


@pytest.mark.parametrize("text, expected", CASES)
def test_stance_of_sentences_written_for_the_tests(text, expected):
    assert classify_stance(text).stance == expected


@pytest.mark.xfail(reason="sarcasm is read literally: a known limit of the rules", strict=True)
def test_sarcasm_is_a_known_limit():
    assert classify_stance("Oh yes, a wonderful bill: just what the NHS needed, another reorganisation.").stance \
        == "against"


def test_partial_quotation_finds_its_target_in_the_paragraph():
    paragraph = 'Peers are worried about the "unworkable" sections in the bill, sources said.'
    assert classify_stance("unworkable", paragraph).stance == "against"
    assert classify_stance("unworkable").stance == "none"


def test_support_for_a_person_is_not_support_for_the_bill_even_with_the_bill_nearby():
    paragraph = ('The minister enjoys the "full support" of the Prime Minister, despite mounting anger '
                 'over his planned NHS reforms.')
    assert classify_stance("full support", paragraph).stance == "none"


def test_pronoun_stands_for_the_bill_named_earlier_in_the_paragraph():
    paragraph = "The Health and Social Care Bill is in trouble: doctors want it to be scrapped."
    assert classify_stance("it to be scrapped", paragraph).stance == "against"
    assert classify_stance("it to be scrapped", "Doctors want it to be scrapped.").stance == "none"


def test_pronoun_stands_for_the_bill_named_in_the_previous_paragraph():
    text = "They will harm patients."
    assert classify_stance(text, text, 0, previous="The reforms are back in the Lords.").stance == "against"
    assert classify_stance(text, text, 0, previous="The weather is cold.").stance == "none"


def test_denial_before_reported_content_flips_it():
    paragraph = "The spokesman denied that the reforms would damage the NHS."
    text = "the reforms would damage the NHS"
    result = classify_stance(text, paragraph)
    assert result.stance == "favor"
    assert result.evidence[0].negator == "denied"


@pytest.mark.parametrize("paragraph, text, expected", [
    ("The spokeswoman dismissed claims that the minister would quit and insisted the reforms would go ahead.",
     "claims that the minister would quit and insisted the reforms would go ahead", "favor"),
    ("The union rejected suggestions that it had softened and said the Bill must be scrapped.",
     "suggestions that it had softened and said the Bill must be scrapped", "against"),
    ("The minister denied that the reforms would be dropped and also argued they would save money.",
     "that the reforms would be dropped and also argued they would save money", "favor"),
])
def test_a_denial_does_not_reach_the_words_of_a_second_verb_of_saying(paragraph, text, expected):
    # "dismissed X and insisted Y": the denial covers X; Y is said, not denied
    assert classify_stance(text, paragraph).stance == expected


def test_not_wanting_to_do_something_is_not_refusing_the_bill():
    paragraph = "The minister said the government did not want to do anything that would close wards. The Bill is law."
    assert classify_stance("the government did not want to do anything that would close wards", paragraph
                           ).stance == "none"
    assert classify_stance("Frankly, most GPs do not want this Bill.").stance == "against"
    assert classify_stance("This is a reorganisation nobody wants.").stance == "against"


@pytest.mark.xfail(reason="the 'not' of 'do not want' is inside the cue, so it does not reverse the verb after "
                          "it; the refusal and the call both count against", strict=True)
def test_not_wanting_to_scrap_the_bill_defends_it():
    assert classify_stance("We do not want to scrap the Bill.").stance == "favor"


def test_a_quotation_after_a_colon_is_no_fragment_of_the_sentence_before():
    # the words of another speaker's claim earlier in the sentence do not frame a quotation of one's own
    paragraph = "Responding to claims from Labour that the profession is against the reforms, the minister said: 'We are listening.'"
    text = "We are listening."
    assert classify_stance(text, paragraph, paragraph.index(text)).stance == "none"
    fragment = "Labour said the Bill was 'reckless' and should be scrapped."
    assert classify_stance("reckless", fragment, fragment.index("reckless")).stance == "against"


def test_tie_is_decided_by_the_position_the_statement_ends_on():
    assert classify_stance("The bill has flaws, but we support the bill.").stance == "favor"
    assert classify_stance("We support the bill, but it has flaws.").stance == "against"


def test_evidence_names_cue_target_and_negation():
    table = explain_stance("The government will not drop the bill.")
    row = table.iloc[0]
    assert (row["matched"], row["cue_stance"], row["negator"], row["effect"], row["target"], row["stance"]) \
        == ("drop", "against", "not", "flip", "bill", "favor")
    assert table.attrs["stance"] == "favor"


def test_cue_without_target_is_listed_but_not_counted():
    table = explain_stance("We support our colleagues.")
    assert list(table["counted"]) == [False]
    assert table.attrs["describe"] == "none: cue 'support' without a target"


def test_same_words_same_stance_whatever_the_speaker_or_camp():
    words = ["We should drop the bill.", "The reforms will deliver a better NHS.", "A busy day."]
    rows = [{"article_id": "a", "paragraph": 1, "speaker": speaker, "role": role, "camp": camp, "text": t}
            for t in words
            for speaker, role, camp in [("Alex Morgan", "minister", "government"),
                                        ("Sam Okafor", "shadow minister", "labour"),
                                        ("Royal College of Somewhere", "", "health_professionals"),
                                        ("", "", "other")]]
    table = add_stance(pd.DataFrame(rows))
    per_text = table.groupby("text")["stance"].nunique()
    assert (per_text == 1).all()
    assert table.groupby("text")["stance"].first().to_dict() == {
        "We should drop the bill.": "against", "The reforms will deliver a better NHS.": "favor",
        "A busy day.": "none"}


def test_stance_ignores_speaker_and_camp_columns_entirely():
    base = pd.DataFrame({"text": ["Back the reforms.", "Scrap the plans."]})
    with_camp = base.assign(speaker=["X", "Y"], camp=["labour", "government"])
    assert add_stance(base)["stance"].tolist() == add_stance(with_camp)["stance"].tolist() == ["favor", "against"]


def test_add_stance_on_the_seeds_agrees_with_the_gold_stance():
    from sklearn.metrics import cohen_kappa_score

    corpus = load_corpus(paths.SEEDS)
    gold = pd.read_csv(paths.SEEDS / "statements_gold.csv")
    rules = add_stance(gold.drop(columns=["stance"]), corpus)
    assert cohen_kappa_score(gold["stance"], rules["stance"]) >= 0.7
    general = add_stance(gold.drop(columns=["stance"]), corpus, load_stance_lexicon(sources=["general"]))
    assert cohen_kappa_score(gold["stance"], general["stance"]) >= 0.7


def test_add_stance_one_article_as_a_list_of_articles():
    corpus = load_corpus(paths.SEEDS)
    found = statements(corpus)
    whole = add_stance(found, corpus)
    for article in corpus["article"]:
        one = found[found["article_id"] == article.article_id]
        alone = add_stance(one, [article])
        assert alone["stance"].tolist() == whole.loc[one.index, "stance"].tolist()
    assert {"stance", "stance_evidence"} <= set(whole.columns)
    assert whole["stance_evidence"].str.len().gt(0).all()


def test_stance_by_camp_counts_and_shares():
    table = pd.DataFrame({"article_id": ["a", "a", "b"], "camp": ["labour", "labour", "government"],
                          "text": ["drop the bill now", "no", "back the reforms"],
                          "stance": ["against", "none", "favor"]})
    out = stance_by_camp(table, camps=("government", "labour"))
    overall = out[out["article_id"] == "all"].set_index(["camp", "stance"])
    assert overall.loc[("labour", "against"), "n"] == 1
    assert overall.loc[("labour", "against"), "share_words"] == pytest.approx(4 / 5)
    assert overall.loc[("government", "against"), "n"] == 0
    assert set(out["article_id"]) == {"a", "b", "all"}
    assert len(out) == 3 * 2 * 3


def test_stance_by_camp_rejects_unknown_labels():
    with pytest.raises(ValueError, match="stance must be one of"):
        stance_by_camp(pd.DataFrame({"article_id": ["a"], "camp": ["x"], "text": ["t"], "stance": ["maybe"]}))


LEXICON_HEADER = "phrase,stance,target,weight,source,note\n"


@pytest.mark.parametrize("body, line, message", [
    ("drop,against,near,2,general,\nscrap,against,sideways,1,general,\n", 3, "target to be one of"),
    ("drop,against,near,2,general,\ndrop,favor,near,1,general,\n", 3, "each phrase once"),
    ("drop,maybe,near,1,general,\n", 2, "stance to be one of"),
    ("drop,against,near,-1,general,\n", 2, "positive weight"),
    ("drop,against,near,heavy,general,\n", 2, "positive weight"),
    (",against,near,1,general,\n", 2, "empty field"),
    ("... drop,against,near,1,general,\n", 2, "lexicon syntax"),
])
def test_bad_lexicon_rows_name_file_and_line(write, body, line, message):
    path = write(LEXICON_HEADER + body, "my_lexicon.csv")
    with pytest.raises(StanceLexiconError, match=message) as caught:
        load_stance_lexicon(cues=path)
    assert isinstance(caught.value, InputError)
    assert caught.value.line == line and caught.value.source == str(path)


def test_missing_column_is_reported_on_line_one(write):
    path = write("phrase,stance\ndrop,against\n", "my_lexicon.csv")
    with pytest.raises(StanceLexiconError, match="missing target") as caught:
        load_stance_lexicon(cues=path)
    assert caught.value.line == 1


def test_own_lexicon_is_used(write):
    path = write(LEXICON_HEADER + "bin,against,after,1,mine,\n", "my_lexicon.csv")
    mine = load_stance_lexicon(cues=path)
    assert classify_stance("Bin the bill.", lexicon=mine).stance == "against"
    assert classify_stance("Scrap the bill.", lexicon=mine).stance == "none"


def test_general_rows_only_leaves_out_seed_rows():
    every, general = load_stance_lexicon(), load_stance_lexicon(sources=["general"])
    assert {c.source for c in general.cues} == {"general"}
    assert len(general.cues) < len(every.cues)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_any_text_gets_a_label_and_evidence(text):
    result = classify_stance(text)
    assert result.stance in ("favor", "against", "none")
    assert isinstance(result.describe(), str)


def _without_anchors(scanner):
    """The same scanner, trying every phrase at every word where it can start (no next-word test)."""
    import copy

    plain = copy.copy(scanner)
    strip = lambda entries: [(*e[:4], None) for e in entries]
    plain.exact = {k: strip(v) for k, v in scanner.exact.items()}
    plain.prefix = {k: strip(v) for k, v in scanner.prefix.items()}
    plain.suffix = {k: strip(v) for k, v in scanner.suffix.items()}
    plain.anywhere, plain._by_word = strip(scanner.anywhere), {}
    return plain


_SCAN_WORDS = ["the", "The", "right", "reforms", "changes", "changes'", "plans", "Bill's", "bill", "in",
               "favour", "of", "hands", "nhs", "at", "risk", "as", "far", "we", "are", "concerned", "not",
               "drop", "don't", "have", "to", "reform", "'", "-", "--", '"', ",", ".", "ſ", "K", "İn", "\n\n"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_SCAN_WORDS), max_size=30), st.lists(st.sampled_from([" ", "", "'", '" ']),
                                                                      max_size=30))
def test_scan_finds_the_same_phrases_with_and_without_the_next_word_test(words, gaps):
    # The next-word test only saves regular-expression matches: it must never drop a phrase.
    text = "".join(w + (gaps[k] if k < len(gaps) else " ") for k, w in enumerate(words))
    scanner = load_stance_lexicon().scanner
    assert scanner.scan(text) == _without_anchors(scanner).scan(text)


@pytest.mark.parametrize("text", ["the planned NHS changes", "Their costly \"top-down\" changes' effects",
                                  "in the hands of local GPs", "as far as we're concerned"])
def test_scan_finds_phrases_whose_next_words_are_far_apart(text):
    scanner = load_stance_lexicon().scanner
    found = scanner.scan(text)
    assert found == _without_anchors(scanner).scan(text)
    assert found["targets"] or found["cues"]


@pytest.mark.parametrize("paragraphs, quote_paragraph, expected", [
    # "the ... changes" running over a paragraph break, in a quotation opened in the first paragraph
    (("Peers debated the", "planned changes through the night.", "They will harm patients."), 1, "against"),
    (("Peers debated the", "planned menus through the night.", "They will harm patients."), 1, "none"),
    # over two breaks, the middle paragraph one word long
    (("Peers debated the", "planned", "changes through the night.", "They will harm patients."), 1, "against"),
    (("Peers debated the", "planned", "menus through the night.", "They will harm patients."), 1, "none"),
])
def test_target_running_over_paragraph_breaks_counts_as_named_earlier(paragraphs, quote_paragraph, expected):
    corpus = pd.DataFrame({"article_id": ["a1"], "paragraphs": [paragraphs]})
    quote = {"article_id": "a1", "paragraph": quote_paragraph, "start": 0, "quote_id": "q1",
             "text": paragraphs[quote_paragraph - 1]}
    statement = {"article_id": "a1", "paragraph": len(paragraphs), "start": 0, "quote_id": "q1",
                 "text": "They will harm patients."}
    assert stance_records([quote, statement], corpus)[-1].stance == expected


def _turn_articles(*paragraphs):
    from newslib.statements import article_statements

    a = Article("t", datetime(2012, 2, 7, tzinfo=timezone.utc), None, "T", paragraphs)
    table = pd.DataFrame([s.__dict__ for s in article_statements(a)])
    return add_stance(table, [a])


def test_quoted_words_with_no_position_take_their_turns_position():
    table = _turn_articles('Jo Reed, a GP in Hull, said: "The Bill must be scrapped.',
                           '"We will keep saying so every day until the summer."')
    assert table["turn"].nunique() == 1
    assert table["stance"].tolist() == ["against", "against"]
    assert table["stance_evidence"].iloc[1].startswith("against: none in its own words; carries its turn's stance"
                                                      " (paragraph 1")


def test_a_defence_does_not_carry_to_quoted_words_with_no_position():
    # a turn that argues for the Bill runs on into thanks, procedure and acknowledgement: those are none
    table = _turn_articles('Jo Reed, the health minister, said: "The reforms will give patients more choice.',
                           '"We will keep talking to everyone who has a view until the summer."')
    assert table["turn"].nunique() == 1
    assert table["stance"].tolist() == ["favor", "none"]
    assert table["stance_evidence"].iloc[1] == "none: no cue"


def test_a_position_carries_one_paragraph_on_not_further():
    table = _turn_articles('Jo Reed, a GP in Hull, said: "The Bill must be scrapped.',
                           '"We will keep saying so every day until the summer.',
                           '"The weather in Hull has been lovely all week."')
    assert table["turn"].nunique() == 1
    assert table["stance"].tolist() == ["against", "against", "none"]


def test_a_turn_ends_with_another_speaker_and_reported_clauses_keep_their_own_reading():
    # another speaker between: the quotation is a new turn, read alone
    table = _turn_articles('Jo Reed, a GP in Hull, said: "The Bill must be scrapped."',
                           'Andrew Lansley said the debate would go on.',
                           'Jo Reed added: "We will keep saying so every day until the summer."')
    assert table["turn"].nunique() == 3
    assert table["stance"].tolist() == ["against", "none", "none"]
    # a reported clause in the same turn is the reporter's summary of a point of its own
    table = _turn_articles('Jo Reed, a GP in Hull, said the Bill must be scrapped.',
                           'She said the debate would go on until the summer.')
    assert table["turn"].nunique() == 1
    assert table["stance"].tolist() == ["against", "none"]


def test_turn_context_does_not_read_the_speaker_or_camp_columns():
    table = _turn_articles('Jo Reed, a GP in Hull, said: "The Bill must be scrapped.',
                           '"We will keep saying so every day until the summer."')
    shuffled = table.drop(columns=["stance", "stance_evidence"]).assign(
        speaker=["A", "B"], camp=["government", "labour"], role=["minister", ""])
    assert add_stance(shuffled, [Article("t", datetime(2012, 2, 7, tzinfo=timezone.utc), None, "T", (
        'Jo Reed, a GP in Hull, said: "The Bill must be scrapped.',
        '"We will keep saying so every day until the summer."'))])["stance"].tolist() == table["stance"].tolist()


#: How the sides argue, in sentences written for the tests (issue 15): general cues, not one article's.
RHETORIC = [
    # the government pausing is an event; a call to pause is a call
    ("none", "They have pledged to pause and listen to the critics of the Bill."),
    ("none", "This is a pause in the bill."),
    ("against", "We call on the government to pause the Bill."),
    # the opposition's questions demand what they ask about; listening to someone is not a reply to the call after it
    ("against", "Why won't he drop the Bill?"),
    ("against", "Why doesn't the Prime Minister listen to the doctors and withdraw this Bill?"),
    ("none", "We are willing to listen to and consider the concerns about the Bill."),
    ("favor", "He won't drop the Bill."),
    # the balance of costs and benefits, doubted claims, unclear plans, calls to pause
    ("against", "The costs of the reorganisation outweigh any benefits."),
    ("favor", "The benefits of the reforms outweigh the risks."),
    ("against", "There is no evidence that competition improves care, as the Bill assumes."),
    ("against", "There is no evidence that the reforms will improve care."),
    ("against", "The Bill lacks clarity on who is accountable."),
    ("against", "This Bill is a leap in the dark."),
    ("against", "The Bill should be paused."),
    # a minister acknowledging the other side's worry, or dismissing what the critics say, is no attack
    ("none", "I understand the concerns that doctors have raised about the Bill."),
    ("none", "We have taken on board the concerns about the Bill."),
    ("against", "We have serious concerns about the Bill."),
    ("against", "The minister has not listened to the concerns about the Bill."),
    ("favor", "Critics say the Bill is a mess, but they are wrong."),
    ("against", "Critics say the Bill is a mess."),
    # demands that the Bill say something it does not (codebook N6), and the look-alikes that take no side
    ("against", "The college wants the duty of candour to be written into the Bill."),
    ("against", "The Bill should include a clause requiring councils to be consulted."),
    ("none", "The minister said the duty of candour will be written into the Bill."),
    ("none", "The duty of candour has been written into the Bill."),
    # care run for profit or by wealth, and breaking the service apart
    ("against", "Under the Bill, clinics will be run by profit-led firms."),
    ("against", "The reforms mean faster care for those who can afford to pay."),
    ("against", "The Bill will tear the whole service apart."),
    ("against", "The reforms will take money away from patients."),
    ("against", "Because of the Bill, the service is under threat."),
    ("against", "Handing the boards such powers under the Bill would be undemocratic."),
    ("against", "The reforms amount to floating the NHS on the stock market."),
    ("against", "The Bill will open the door to private companies cherry-picking the most profitable services."),
    ("against", "This is the end of the NHS as we know it."),
    ("against", "Pressing ahead with the Bill would be a grave mistake."),
    ("against", "We have grave reservations about the Bill."),
    ("favor", "He would rather quit than abandon the reforms."),
    ("against", "The Bill will open up the NHS to private companies."),
    ("against", "The Bill gives the board draconian powers that will stifle local doctors."),
    ("favor", "Rather than scrap the Bill, peers should amend it."),
    ("against", "If this Bill passes, make no mistake, the NHS will never be the same again."),
    ("favor", "The reforms will save the NHS more than 5 billion by 2015."),
    ("against", "The Bill will turn the health service into a free-for-all."),
    ("against", "The government is breaking its pledges on the NHS with this Bill."),
    ("against", "The Bill will burden GPs with extra red tape."),
    ("favor", "The reforms will reduce the burden on GPs."),
    ("against", "The reforms will hand the NHS to private firms."),
    ("against", "The reorganisation could cost billions."),
    ("favor", "The reforms will save money and secure the future of the NHS."),
    ("favor", "Labour's opposition to the Bill is pure opportunism."),
    ("against", "The reforms will not save money."),
    ("against", "The reorganisation is misguided and divisive."),
    ("against", "These reforms are an attack on the NHS."),
    ("favor", "The changes to the Bill are a welcome step in the right direction."),
    ("favor", "These reforms of the health service are long overdue."),
    ("against", "Patients will pay the price for this reorganisation."),
    ("against", "Nobody voted for these changes."),
    ("against", "The reforms are a recipe for chaos."),
    ("against", "The Bill is beyond repair."),
    ("against", "We cannot support the Bill in its current form."),
    ("against", "We urge peers to throw out the Bill."),
    ("against", "The changes will lead to longer waiting lists."),
    ("against", "The Bill puts profits before patients."),
    ("against", "Ministers have failed to make the case for the Bill."),
    ("against", "Our members have no confidence in the reforms."),
    ("favor", "The Bill will put patients first."),
    ("favor", "We are determined to see the changes through."),
    ("favor", "It would be absurd to abandon the plans at this stage."),
    ("favor", "Doing nothing is not an option for the NHS."),
    ("favor", "The critics are scaremongering about privatisation."),
    ("favor", "The Bill will cut waste and bureaucracy."),
    ("favor", "The reforms are good for patients and good for the NHS."),
    ("none", "The Bill returns to the Lords next week."),
    ("none", "We will study the amendments carefully."),
    # the voices of think tanks, campaigners, patients' groups and backbenchers
    ("against", "The King's Fund warned that the reorganisation was a distraction from the financial challenge."),
    ("against", "The Nuffield Trust said the changes had created uncertainty across the NHS."),
    ("against", "Campaigners say the Bill will lead to an American-style health system."),
    ("against", "The reforms will create a postcode lottery."),
    ("against", "The changes were pushed through without proper scrutiny."),
    ("against", "The government is forcing the Bill through Parliament."),
    ("against", "Peers should send the Bill back to the Commons."),
    ("against", "The plans are deeply unpopular with the public."),
    ("favor", "The think tank said the reforms could work if properly implemented."),
    ("favor", "The reforms will give patients a real say over their care."),
    ("favor", "Clinicians, not bureaucrats, will make the decisions under the reforms."),
    ("none", "The King's Fund will publish its analysis next month."),
    # the government answering its critics
    # listening and describing changes take no side (codebook rule 2, N6); answering a worry does
    ("none", "We have listened to the concerns and made substantial changes to the Bill."),
    ("none", "Ministers are willing to listen to and consider the concerns about the Bill."),
    ("against", "Doctors urged the prime minister to consider pulling the plug on the reforms."),
    # criticism of a person is about the person (codebook rule 1), criticism of the Bill is against it
    ("none", "She was stung by criticism of her appointment to the panel that reviews the Bill."),
    ("against", "Doctors have voiced criticism of the Bill."),
    ("favor", "The amendments address the concerns raised by doctors about the reforms."),
    ("favor", "Those fears about the Bill are unfounded."),
    ("favor", "The government remains committed to the Bill."),
    ("favor", "There will be no privatisation of the NHS under these reforms."),
    # what an opposing course of action would bring: its harm argues for the plans, its good against them
    ("favor", "Delaying the reforms would be damaging for patients."),
    ("favor", "To scrap the Bill now would cause chaos."),
    ("against", "Scrapping the Bill would improve morale."),
    ("against", "The Bill would damage the NHS."),
    # two reversals keep the cue: a worry not answered is still a worry
    ("against", "The government has not listened to the concerns about the Bill."),
    ("against", "Ministers failed to address the fears about the reforms."),
    # the government's case in its own words: benefits, commitment, and its critics dismissed (stop 16)
    ("favor", "Stopping the reforms now would throw the health service into chaos."),
    ("favor", "'Abandoning the reforms at this late stage would be a serious mistake,' she said."),
    ("favor", "There is no question of the reforms selling off hospitals."),
    ("favor", "Nobody should be frightened by these reforms."),
    ("favor", "The minister insisted nobody was proposing to charge patients under the reforms."),
    ("favor", "The reforms already have the support of thousands of GPs."),
    ("favor", "He urged peers to give the Bill their support."),
    ("favor", "The Bill will free the NHS from political interference, the minister said."),
    ("favor", "We have listened, we have changed the Bill, and now it is time to get on with it."),
    ("favor", "The legislation enshrines the founding principles of the NHS in law."),
    ("favor", "Ministers say the reforms will make the NHS more accountable to patients."),
    ("favor", "The changes will mean less red tape for family doctors."),
    ("favor", "The reforms will save £4.5bn that will be reinvested in patient care."),
    ("favor", "The plans will drive up standards across the country, according to the department."),
    ("favor", "We will not back down on the reforms."),
    ("favor", "Labour's opponents of reform offer nothing but the status quo."),
    ("favor", "The Bill will hand control of budgets to the doctors who treat patients."),
    ("against", "The government must back down and drop the Bill."),
    ("against", "Patients will end up having to pay for treatment under these reforms."),
    ("against", "Ministers should admit the reforms have failed and stop now."),
    # a claim about the plans, dismissed: what it says is reversed (codebook rule 6)
    ("favor", "Claims that the reforms will destroy the NHS are nonsense."),
    ("favor", "Those who say the Bill means privatisation are simply wrong."),
    ("favor", "It is simply untrue that the Bill will lead to privatisation."),
    ("favor", "The minister said it was nonsense to suggest the changes would damage patient care."),
    ("favor", "We will never privatise the NHS, and anyone who says otherwise is scaremongering."),
    ("against", "Claims that the reforms will improve care are wide of the mark."),
    # more of the same classes, found on batch-3 tune articles and written here in other words
    ("favor", "Ministers are pushing forward with the changes despite the protests."),
    ("favor", "She will not let the plans be derailed by the unions."),
    ("favor", "We will not allow the health service to be privatised."),
    ("favor", "Suggestions that the Bill will cost lives amount to little more than scaremongering."),
    ("favor", "There is no point in saying the reforms should be dropped now."),
    ("against", "Doctors are not convinced that the reforms will improve patient care."),
    ("favor", "The new rules in the Bill will prevent private firms cherry-picking profitable services."),
    ("favor", "There is no going back on the reforms now."),
    ("favor", "The changes will go ahead as planned next April, a spokesman said."),
    ("against", "Despite the minister's assurances, the Bill remains deeply flawed."),
    ("none", "Councils need more money for care and support, the reforms aside."),
    ("against", "The protesters hope to derail the Bill in the Lords."),
    # rejecting a motion reverses the call it carries: two reversals far apart
    ("favor", "The minister urged MPs to reject the motion calling on the government to ditch the Bill."),
    ("favor", "Peers voted down the motion calling for the Bill to be withdrawn."),
    ("against", "Labour tabled a motion calling for the Bill to be dropped."),
    # forecasts, courtesies, additions, formulas (round six)
    ("none", "Insiders say the Bill is unlikely to be dropped before the summer."),
    ("none", "Whips believe the reforms are certain to be passed by the Commons next week."),
    ("against", "Whatever the whips believe, the reforms ought to be dropped."),
    ("against", "If peers only make the Bill a little less bad, I'm afraid that will not be good enough."),
    ("against", "Nurses in the town are afraid of what the reforms will do to their hospital."),
    ("against", "The reforms will bring not only fragmentation of services but higher costs."),
    ("against", "None of us voted for this reorganisation of the NHS."),
    ("none", "Ministers will table any necessary amendment to the Bill in the Lords."),
    ("favor", "Ministers insist the changes in the Bill are necessary."),
    ("favor", "It would be a far bigger gamble not to reform the health service."),
    ("favor", "The minister said it would be wrong not to press on with the reforms."),
    ("against", "Critics said the reforms were a gamble with patients' lives."),
    # how the defenders speak of the plans
    ("favor", "The secretary of state is serious about real reform of the NHS."),
    ("favor", "We believe in these changes and we are proud of them."),
    ("favor", "Our reforms will cut waiting times and raise standards in every hospital."),
    ("favor", "The Bill will make the health service more efficient."),
    ("against", "The Bill will not make the NHS more efficient."),
    ("against", "Campaigners have no faith in the reforms."),
    # how the critics speak of the plans
    ("against", "She said the changes were a departure from the founding principles of the health service."),
    ("against", "The Bill takes away the duty to provide a comprehensive service, he warned."),
    ("against", "We simply do not need this legislation."),
    ("against", "The new arrangements in the Bill will widen health inequalities across the region."),
    ("against", "Rural patients would lose out under the reforms, the charity claimed."),
    ("against", "The Bill is a solution in search of a problem."),
    ("against", "The NHS is not broken; why try to fix it?"),
    ("against", "Many nurses feel the reforms have gone too far."),
    ("against", "The legislation is overly complex and will cost more than it saves."),
    ("against", "They called the Bill a charter for private health firms."),
    ("against", "The college has serious doubts about the Bill."),
    ("favor", "Ministers say there is no doubt the reforms will work."),
    ("against", "These plans are not in the interests of patients."),
    ("favor", "The changes are in the best interests of patients, the minister said."),
    ("against", "The Bill must be stopped before it reaches the Lords."),
    ("against", "Frankly, most GPs do not want this Bill."),
    ("against", "The union wants the Bill torn up and started again."),
    # the pause as an event, and pressing on
    ("none", "The minister called the pause in the legislation an unusual step."),
    ("none", "Aides say he was the driving force behind the policy rethink of the reforms."),
    ("against", "Doctors called for a pause in the Bill."),
    ("favor", "Managers were urged to regain the momentum on the reforms."),
    # more of the critics' words
    ("against", "The government is sinking deeper into a high-cost, high-risk reorganisation."),
    ("against", "Nurses fear the creeping commercialisation of the health service."),
    ("against", "Opening the NHS to a market-based system under this Bill is unacceptable."),
    ("against", "The reforms will erode the principle of equal care."),
    ("against", "Campaigners vowed to keep fighting the Bill."),
    ("none", "Ministers will fight the critics of the Bill in the Lords."),
    ("against", "The changes threatened to alter the character of the service, the GP said of the Bill."),
    ("against", "Doctors said the reforms would lead to greater inequality."),
]


@pytest.mark.parametrize("expected, text", RHETORIC, ids=[t[:40] for _, t in RHETORIC])
def test_how_the_sides_argue(expected, text):
    assert classify_stance(text).stance == expected


@pytest.mark.xfail(strict=True, reason="known gaps: a demand with no target in its sentence; a negated "
                                       "negative verb ('not be deflected from': two reversals of one cue)")
@pytest.mark.parametrize("expected, text", [
    ("against", "The government should listen to the professionals and think again."),
    ("favor", "We will not be deflected from modernising the NHS."),
])
def test_how_the_sides_argue_known_gaps(expected, text):
    assert classify_stance(text).stance == expected


@pytest.mark.parametrize("expected, text", [
    ("against", "We welcomed the principles behind the Bill, however, the proposals will not deliver on them."),
    ("favor", "The Bill has its flaws, but it will deliver better care for patients."),
    ("against", "The aims of the reforms are sensible, yet the Bill itself is a disaster."),
])
def test_the_point_after_a_contrast_outweighs_what_it_concedes(expected, text):
    result = classify_stance(text)
    assert result.stance == expected
    assert {e.stance for e in result.evidence if e.counted} == {"favor", "against"}   # both sides were read


def test_an_idiom_is_not_an_evaluation():
    assert classify_stance("Make no mistake, the vote on the Bill is on Tuesday.").stance == "none"


def test_a_fragment_does_not_take_the_stance_of_an_aside_in_its_frame():
    para = ("A Department of Health spokesperson said the college's stance – which follows the union's call for "
            "the health bill to be withdrawn – was 'regrettable'.")
    result = classify_stance("regrettable", para, para.index("regrettable"))
    assert not any(e.matched == "withdrawn" for e in result.evidence)
    # without the dashes the call is part of the frame
    plain = para.replace(" – which", ", which").replace("withdrawn –", "withdrawn,")
    assert any(e.matched == "withdrawn" for e in classify_stance("regrettable", plain, plain.index("regrettable")).evidence)


def test_a_claim_is_reversed_only_when_dismissed_in_its_sentence():
    # the claim without a dismissal is the claim: the speaker reports a worry
    assert classify_stance("Claims that the reforms will destroy the NHS are growing.").stance == "against"
    # a dismissal in the next sentence does not reach back over the full stop
    assert classify_stance("There are claims that the Bill will damage the NHS. Those are nonsense.").stance == "against"
    # a dismissal with no claim before it reverses nothing: the Bill itself is wrong
    assert classify_stance("The Bill is simply wrong.").stance == "against"


def test_a_dismissal_names_both_ends_in_its_evidence():
    result = classify_stance("Claims that the reforms will destroy the NHS are nonsense.")
    [cue] = [e for e in result.evidence if e.counted]
    assert (cue.matched, cue.effect, cue.stance) == ("destroy", "flip", "favor")
    assert cue.negator == "Claims that ... nonsense"


def test_a_negated_cue_inside_a_dismissed_claim_is_reversed_twice():
    # "the reforms will not improve care" is an attack; dismissing it defends the plans
    result = classify_stance("Claims that the reforms will not improve care are nonsense.")
    assert result.stance == "favor"
    assert [e.effect for e in result.evidence if e.counted] == ["keep"]


@pytest.mark.parametrize("scope", ["claim", "dismissal", "rest"])
def test_claim_and_dismissal_negators_must_flip(write, scope):
    path = write("phrase,effect,scope,source,note\nclaims that,cancel," + scope + ",general,\n", "neg.csv")
    with pytest.raises(StanceLexiconError, match="expected effect flip") as caught:
        load_stance_lexicon(negators=path)
    assert caught.value.line == 2


def test_a_reversal_counts_from_the_statements_own_words_on():
    para = "The minister urged MPs to reject Labour's motion calling on the government to ditch the Bill."
    call = "the government to ditch the Bill"
    # the motion's own call, reported after the words that reject it, is still a call to ditch the Bill
    assert classify_stance(call, para, para.index(call)).stance == "against"
    # the minister's words, which hold the rejection, are for it
    urged = "MPs to reject Labour's motion calling on the government to ditch the Bill"
    assert classify_stance(urged, para, para.index(urged)).stance == "favor"


@pytest.mark.parametrize("expected, text", [
    # a change still to come that acts on the Bill says it is to be changed: no side (codebook rule 2, N6)
    ("none", "The panel will look for solutions which might help improve the Bill."),
    ("none", "We were asked how the bill, as it stands, can be improved."),
    ("none", "Peers said the Bill needs to be strengthened."),
    ("none", "The listening exercise is about improving the reforms."),
    # ... a change said to be made is a claim about the Bill, and the Bill acting on something argues for it
    ("favor", "We have paused, we have listened and we have improved the Bill."),
    ("favor", "The Bill has been strengthened by the amendments."),
    ("favor", "The reforms will improve care for patients."),
    ("favor", "The proposals will strengthen the Bill."),
    ("against", "The plans will not improve care."),
])
def test_an_agent_cue_takes_a_side_only_when_the_bill_acts(expected, text):
    result = classify_stance(text)
    assert result.stance == expected, result.describe()


def test_an_agent_cue_acting_on_the_bill_says_so_in_its_evidence():
    result = classify_stance("Ministers want to improve the Bill.")
    assert result.describe() == "none: 'improve' acts on its target 'Bill' (it is to be changed)"
    assert [e.effect for e in result.evidence] == ["object"]


@pytest.mark.parametrize("expected, text", [
    # the speed and size of the changes as a worry (codebook rule 7)
    ("against", "The college has long warned about the pace and scale of these reforms."),
    ("against", "The think tank said the reforms went too far, too fast."),
    ("none", "The pace of change in the canal trade has been slow for years."),
])
def test_the_pace_and_scale_of_the_changes_as_a_worry(expected, text):
    result = classify_stance(text)
    assert result.stance == expected, result.describe()


def test_the_name_prefilter_never_refuses_a_run_the_full_pattern_finds():
    """The capitalised run before a target (``_NAME_RUN``, a search that tries every position) is looked for
    only when ``_NAME_BEFORE`` matches the text reversed: a necessary condition, checked on random text."""
    import random
    from newslib.stance import _NAME_BEFORE, _NAME_RUN

    rng = random.Random(15)
    words = ["Health", "and", "Social", "Care", "of", "for", "&", "the", "O'Brien", "(NHS", "x-Ray", "Bill", "  ",
             "\n", "ab", "Q", "é", "É", "'s", "Lords'"]
    for _ in range(20000):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(0, 12))) + " "
        a = len(text)
        if _NAME_RUN.search(text, max(0, a - 80), a):
            assert _NAME_BEFORE.match(text[max(0, a - 80):a][::-1]), text
