"""Speakers for the cues of an article: anchors, names, roles, pronouns and definite descriptions.

The second stage of :mod:`newslib.statements`. A :class:`_Resolver` walks an article's cues in order and
gives each a speaker: the nearest mention before the cue in its clause (skipping objects), the mention
after it for "according to X" and inverted cues, a name the registry does not know (kept as written and
placed in a camp by the descriptor rules), or, for pronouns and definite descriptions, the most recent
compatible speaker. It keeps the discourse history of one article and nothing else.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from operator import attrgetter
from typing import Iterable, Iterator

from .actors import _FORMER, Actor, Mention, Registry
from .segmentation import (_BOUNDARY, _DETERMINERS, _FILLER, _INDEFINITE, _NOT_NAMES, _NP_STOP, _Speaker,
                           _OBJECT_WORDS, _OFFICE_WORDS, _OPENER, _SPEAKER_LINKS, _WORD, _Cue, _Paragraph, _clause_stop,
                           _follows_comma)

# "a source close to X", "an aide to X": X is described, not the speaker (X gives the camp).
_CLOSE_TO = re.compile(r"\s+(?:close to|near to|to|close)\s")
#: "Jo Bloggs of the Patients Association", "Jo Bloggs from Unison": a name, then the body she is of
_MEMBER_OF = re.compile(r"\s(?:of|from)\s+(?:the\s+)?$")
# Words that may stand between an object word and its mention ("against the former health secretary").
_BEFORE_OBJECT = _DETERMINERS | {"pro-reform", "former", "senior"}
#: Lower-case particles inside a person's name ("Nick de Bois", "Sam van Dijk"): a fact of names, not of a debate.
_PARTICLES = frozenset({"de", "van", "von", "der", "den", "da", "di", "du", "le", "la", "del", "della", "bin", "ter",
                        "ten", "dos", "das"})
_PARTICLE = rf"(?:{'|'.join(sorted(_PARTICLES, key=lambda w: (-len(w), w)))})\s+"
#: capitalised words opening a clause, then a lower-case word: a name that may be the clause's subject
_LEADING_NAME = re.compile(rf"\s*((?:[A-Z][\w'’.-]*\s+(?:{_PARTICLE})?){{1,4}}?[A-Z][\w'’.-]*)\s+(?!{_PARTICLE}[A-Z])[a-z]")
#: words of number that may stand between a preposition and its object ("with more than 100 GPs")
_QUANTIFIERS = {"nearly", "almost", "around", "roughly", "some", "more", "than", "over", "hundreds", "thousands",
                "dozens", "many", "several"}
_NOT_ROLE_START = _NOT_NAMES - _OFFICE_WORDS     # words dropped from the front of a role
#: words that end a clause before a description ("This is what the spokesman said"): a role starts after them
_CLAUSE_WORDS = {"is", "was", "are", "were", "what", "which", "that", "who"}
_NP_WINDOW = 80     # characters read back for a noun phrase before reading back to the clause start
_END = attrgetter("end")
_IN_WORD = "’'.-"       # characters a word token may hold besides letters and digits (segmentation._WORD)
_COMMAS = re.compile(r"[ ,]*")



#: An aside between spaced dashes just before a cue ("Jo Reed - a GP in Leeds - said", with a time word
#: after it: "- yesterday warned").
_DASH_ASIDE = re.compile(r"\s[-–—]\s+(?P<inside>[^-–—]+?)\s+[-–—](?:\s+(?:today|yesterday|tonight|last night|"
                         r"this week|last week|this morning|also|then|later|earlier|now|has|have|had))*\s*$", re.I)

#: A preposition after a head noun that makes the body after it what the speaker acts on, not whom the
#: speaker belongs to ("a doctor campaigning against the Government's plan", not "a doctor at the trust").
_NOT_AFFILIATION = re.compile(r"\b(?:against|about|over|towards|than|into|versus|critical of|opposed to|hostile to|"
                              r"sceptical of|skeptical of|supportive of|loyal to)\b", re.I)

#: Titles of peers, whose "of" belongs to the name ("Lord Hunt of Kings Heath"); other titles' "of" begins
#: the person's body ("Professor Jo Bloggs of Hull University"). A fact of British names, not of a debate.
_PEERAGE = {"Lord", "Baroness", "Lady", "Earl", "Viscount", "Countess", "Duke", "Bishop"}
#: Small words inside an organisation's name ("Institute of Water Engineers", "Department for Environment").
_NAME_JOINERS = ("of", "for")
#: "a spokesman for the Royal Society of Water Chemists": the body a spokesperson speaks for.
_ORG_AFTER = re.compile(r"\s+(?:for|of|at)\s+(?:the\s+)?(?P<name>[A-Z][\w'&-]*(?:\s+(?:(?:of|for|the|and|&)\s+)*"
                        r"[A-Z][\w'&-]*)*)")


#: Cues whose object is the one spoken to ("told Metro", "tells MPs"): never inverted ("..., said Jo").
_TAKES_ADDRESSEE = re.compile(r"(?:told|tells|telling|tell)\b", re.I)
#: Cues whose next noun can be a person spoken to or about ("warned ministers", "urged MPs"); after any
#: other cue ("claims", "said", "reports") a name is the subject of the words ("claims Jo Bloggs has warned")
_TAKES_OBJECT = re.compile(r"(?:told|tell|warn|urg|ask|accus|charg|call\w* on|remind|assur|inform|brief|attack|"
                           r"criticis|criticiz|prais|thank|congratulat|challeng|beg|press|implor|advis|quot|cit)",
                           re.I)
#: A preposition just before a mention: the mention is its object ("in a speech to UNISON").
_AFTER_PREPOSITION = re.compile(r"\b(?:to|in|at|for|with|from|of|on|by|before|after)\s+(?:the\s+)?$", re.I)
#: A determiner and up to three words before a speaker noun: "the minister", "a senior Tory" (a person),
#: where "Tory funds" is not one.
_DETERMINED = re.compile(r"\b(?:the|a|an|one|another|this|that)\s+(?:[\w'’-]+\s+){0,3}$", re.I)
#: A finite verb of the commonest kinds: a clause of its own, not the rest of a noun phrase.
_FINITE = re.compile(r"\b(?:will|would|is|are|was|were|has|have|had|can|could|should|must|may|might|does|do|did|"
                     r"won't|wouldn't|isn't|aren't|can't|couldn't)\b")
#: A name's initials in brackets after it: "(BMA)", "(NHSCB)", "(RCGPs)".
_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,7}s?")
#: Nothing but a name's initials in brackets: " (RCN)", " (RCN), ".
_INITIALS_AFTER = re.compile(rf"\s*\({_ACRONYM.pattern}\)[\s,]*")
#: Where a clause opens, just before a noun phrase: a comma or a joining word (the sentence's start is tested
#: apart).
_CLAUSE_OPENING = re.compile(r"(?:[,;:–—]|\b(?:but|and|while|as|because|though|although|since|so|yet))\s*$", re.I)
#: What follows a capitalised participle that opens a phrase ("Responding to", "Speaking on").
_PARTICIPLE_AFTER = re.compile(r"\s+(?:to|on|at|in|for|with|about|after|before|from|against|over)\b")
#: An indefinite article and up to three lower-case words before a noun: "a leading", "an independent".
#: "The letter says", "the doctors' letter", "their report": a definite noun of saying as a subject
_DEFINITE_DOCUMENT = re.compile(r"[\s\"“‘']*((?:the|this|that|their|its)\s+(?:[a-z][\w'’-]*\s+){0,2})",
                                re.I)
#: "the public sector union": a definite description with a few lower-case words before its noun
_DEFINITE_NP = re.compile(r"(?<![\w'’-])(?:the|The)\s+(?:[a-z][\w'’-]*\s+){1,3}$")
_INDEFINITE_NP = re.compile(r"(?<![\w'’-])(?:a|an|one|another)\s+(?:[a-z][\w'’-]*\s+){0,3}$", re.I)
#: A time or a circumstance between a name and its cue: "on Monday", "this week", "in a statement".
_ADJUNCT_BEFORE_CUE = re.compile(r"\s+(?:(?:on|last|this|next)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                                 r"Sunday|week|month|year|night|morning|afternoon|evening|weekend)|"
                                 r"in\s+(?:a|an|his|her|its|their)\s+(?:[a-z-]+\s+)?(?:statement|speech|letter|interview|"
                                 r"article|blog|column|report|submission|response|address|briefing))"
                                 r"(?:\s+(?:has|have|had|also|then|later|again))*\s*$")
#: Generic nouns that can name any body ("the group said"); "the union" or "the trust" needs its word in the name.
_ANY_BODY = {"group", "body", "organisation", "organization", "charity", "campaign"}
#: A possessive ending right after a mention: "Bloggs's", "Bloggs’s", "the Workers' ".
_POSSESSIVE = re.compile(r"['’]s\b|['’](?=\s)")
_CLAUSE_COMMA = re.compile(r",(?!\d)")                # not the comma of 50,000


def _in_relative_clause(text: str, lo: int, at: int, hi: int) -> bool:
    """Whether offset ``at`` lies in a relative clause between commas that ends just before ``hi`` (the
    cue): "The union, which represents 50,000 workers, said": the workers are not the subject."""
    if text.find(", wh", lo, at) < 0:           # the usual case, answered without a pattern
        return False
    commas = [c.start() for c in _CLAUSE_COMMA.finditer(text, lo, hi)]
    before = [c for c in commas if c < at]
    after = [c for c in commas if c >= at]
    return bool(before) and _RELATIVE.match(text, before[-1]) is not None and len(after) == 1 and \
        not text[after[0] + 1:hi].strip()


#: A quantifier standing for a group of people as the whole subject of a cue, where it opens a clause ("Many
#: believe", "; others fear", "while some argue", "as others believe", "He has, some say, lost"), but not
#: inside an object ("listened to doctors and others and said"). Grammar, not knowledge of a debate: the
#: closed class of English quantifiers that stand alone. Asked of the words just before a cue, so these
#: common words cost nothing elsewhere (a descriptor row for each cost a hundredth of the stage).
#: The quantifier is in lower case or capitalised. Before the pattern, three substring tests ("any ", "ome ",
#: "thers "; a few that pass, such as "company ", fail the pattern) rule out most cues at a tenth of its cost.
_QUANTIFIER_SUBJECT = re.compile(r"(?:^|[.!?,;:(–—\"“‘']|\b(?:while|whilst|but|whereas|though|although|yet|as|"
                                 r"because|since|when|with))\s*(?P<q>(?-i:[Mm]any|[Ss]ome|[Oo]thers))\s+"
                                 r"(?:(?:have|has|had|also|still|now|would|will|may|might|could)\s+){0,2}$", re.I)
#: An infinitive or a participle after a head noun: its postmodifier is a clause ("GPs in line to gain ...").
_CLAUSE_IN_NP = re.compile(r"\b(?:to|[a-z]+ing)\b")
#: Patterns of a capitalised name ending in a generic noun ("the Lords Constitution Committee"), made once a noun.
_NAME_ENDING_IN: dict[str, re.Pattern] = {}
#: A determiner or possessive pronoun opening a name found in running text, left out of the name.
_DETERMINER = re.compile(r"^(?:the|The|a|A|an|An|its|Its|their|Their)\s+")
#: Up to three lower-case role words and a capitalised name after a party or body ("Labour MP Jo Reed", "the
#: Canal Trust's chief executive Sam Okafor" less its possessive), then a lower-case word.
_ROLE_THEN_NAME = re.compile(r"(?:\s+[a-z][\w'’-]*){0,3}" + _LEADING_NAME.pattern)
#: A verb joined by "and" to the verb before it, with no subject of its own: "... and said", ", and then warned".
_COORDINATED = re.compile(r"\band\s+(?:(?:then|also|later|again|yesterday|today|has|have|had)\s+)?$")
#: What may stand between a noun of saying and its participle: a dash or comma, a short phrase after a
#: preposition ("on the Health Bill", "signed by 170,000 people"), no verb of its own.
_MOTION_GAP = re.compile(r"[\s,–—-]*(?:(?:signed |backed |supported |put )?(?:by|on|to|of|from|at|before|in|for)"
                         r"\s[^.;:!?\"“”]{0,90}?)?[\s,–—-]*")
#: "an amendment to Labour's motion": the second noun is inside the first one's phrase.
_MOTION_LINK = re.compile(r"\s+(?:to|on|of)\s+[^.;:,!?]{0,60}?\s*")
#: The only words that may stand between a verb that gives a motion and the motion ("tabled a motion").
_GIVEN_DETERMINERS = {"a", "an", "the", "its", "their", "his", "her", "our"}
#: "a proposal from Lord Jones to ...": the mover after the noun.
_FROM = re.compile(r"\s+from\s+")


def _motion_np_start(text: str, i: int, lo: int) -> int:
    """Where the noun phrase of the noun of saying at ``i`` starts: back over at most five words, to a
    determiner (kept), and never past a verb ("tabled", "debated", "calling") or punctuation."""
    start = i
    for word in reversed(list(_WORD.finditer(text, max(lo, i - 80), i))[-5:]):
        if text[word.end():start].strip(" "):
            break                                # punctuation between: the phrase starts after it
        w = word.group().lower()
        if w.endswith(("ed", "ing")) and not w[:1].isupper() and word.group()[:1].islower():
            break
        start = word.start()
        if w in _DETERMINERS or w in ("its", "their", "his", "her", "our", "this", "that"):
            break
    return start


def _is_word_at(text: str, hit) -> bool:
    """Whether a phrase hit stands as a whole word ("motion", not "promotion")."""
    return (hit.begin == 0 or not text[hit.begin - 1].isalnum()) and \
        (hit.finish >= len(text) or not text[hit.finish].isalnum())


#: ", who will announce ...,": a relative clause between a name and its cue.
_RELATIVE = re.compile(r",\s+(?:who|whose|which)\s")
#: ", who [will / has / also ...]" right before a cue: the cue's subject is the name before the comma
_WHO_BEFORE = re.compile(r",\s+who(?:\s+(?:will|would|has|have|had|also|is|was|already|later|then|previously|"
                         r"recently|repeatedly|once|yesterday|today|tonight|earlier|last\s+\w+|this\s+\w+))*\s+$")
#: ", Unison's head of health," after a name: the description between commas.
_APPOSITION = re.compile(r",\s*([^,.;:\"“”]{1,80}),")
#: Capitalised words opening a sentence, then a comma (an apposition) or a lower-case word: "Jo Bloggs, a
#: nurse, tabled ...", "Lord Bloggs moved ..."
_OPENING_NAME = re.compile(rf"((?:[A-Z][\w'’.-]*\s+(?:{_PARTICLE})?){{0,4}}?[A-Z][\w'’.-]*)"
                           rf"(?=,|\s+(?:\([^()]{{1,40}}\)\s+)?(?!{_PARTICLE}[A-Z])[a-z])")
#: What may stand before a pronoun that opens its sentence: quotation marks, a bracket, "And", "But".
_PRONOUN_OPENS = re.compile(r"[\s\"“‘'(]*(?:(?:And|But|Yet|So|Then)\s+)?")
#: A comma (and a closing mark) just before a pronoun: the words come first and the pronoun says them.
_AFTER_THE_WORDS = re.compile(r",[\"”’']?\s+$")


def _joins_name(tokens: list, k: int) -> bool:
    """Whether the lower-case word at ``k`` sits inside a capitalised name: "of" or "for" (with an optional
    "the" after it) between two capitalised words."""
    word = tokens[k].group()
    if word in _PARTICLES and k > 0 and tokens[k - 1].group()[:1].isupper() and k + 1 < len(tokens) and \
            tokens[k + 1].group()[:1].isupper():
        return True                              # "Nick de Bois": a particle between two capitalised words
    if word == "the" and k > 0 and tokens[k - 1].group() in _NAME_JOINERS:
        return k > 1 and tokens[k - 2].group()[:1].isupper()
    return word in _NAME_JOINERS and k > 0 and tokens[k - 1].group()[:1].isupper()

@dataclass
class _Discourse:
    """What an article has said so far: speakers and mentions, most recent last."""

    speakers: list[_Speaker] = field(default_factory=list)
    mentioned: list[tuple[Actor, str]] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)         # earlier paragraphs, for full names
    by_surname: dict[str, _Speaker] = field(default_factory=dict)      # the last full-name speaker
    by_first_name: dict[str, _Speaker] = field(default_factory=dict)   # ... and by the first word of it
    by_gender: dict[str, tuple[int, _Speaker]] = field(default_factory=dict)   # the last of each gender
    last_body: _Speaker | None = None                      # the last speaker that is a body in the registry
    indexed: int = 0                                       # speakers indexed so far (_Resolver._index)
    earlier_actors: dict[tuple, Actor | None] = field(default_factory=dict)   # see _Resolver._recent_actor
    earlier_names: dict[str, _Speaker | None] = field(default_factory=dict)   # found in texts, per surname
    camps: dict[str, str] = field(default_factory=dict)    # a person's camp, once a description placed them
    last_paragraph: "_Paragraph | None" = None              # the paragraph before (_previous_subject)
    documents: dict[str, _Speaker] = field(default_factory=dict)   # the giver of the last letter, report ...


#: Words that may follow the head noun of a subject before its verb ("GPs in Leeds said", "doctors who ...").
_AFTER_SUBJECT = _NP_STOP | _FILLER | _SPEAKER_LINKS | {"who", "which", "whose", "themselves", "himself",
                                                         "herself", "all", "both", "alike", "too", "not", "never"}
_NEXT_WORD = re.compile(r"\s+([a-z][\w'’-]*)")


def _modifies(text: str, end: int, hi: int) -> bool:
    """Whether a head noun ending at ``end`` modifies the lower-case noun after it ("GP involvement",
    "nurse training") rather than heading a subject: the next word, before ``hi``, is lower case, is none of
    the words that follow a subject, and does not end like a verb, a participle or a plural (-ed, -s, -ing)."""
    m = _NEXT_WORD.match(text, end, hi)
    if m is None or m.end() >= hi:
        return False
    word = m.group(1).lower()
    return word not in _AFTER_SUBJECT and word not in _POSTMODIFIERS and not word.endswith(("ed", "s", "ing"))


#: Adjectives that follow the noun they describe ("doctors critical of the plans", "MPs loyal to him").
_POSTMODIFIERS = {"critical", "hostile", "sceptical", "skeptical", "supportive", "loyal", "sympathetic", "unhappy",
                  "close", "keen", "angry", "opposed", "friendly", "favourable", "favorable"}


def _read_back(tokens: list, i: int) -> tuple[int, bool]:
    """Where a noun phrase ending at i starts, reading tokens back; and whether a stop word ended it."""
    j = i
    for k in range(len(tokens) - 1, -1, -1):
        m = tokens[k]
        token = m.group()
        if not (token[0].isalnum() or token in "’'") or token.lower() in _NP_STOP:
            if token in ",%" and k > 0 and tokens[k - 1].group().isdigit() and tokens[k - 1].end() == m.start() \
                    and (token == "%" or (k + 1 < len(tokens) and tokens[k + 1].start() == m.end()
                                          and tokens[k + 1].group().isdigit())):
                continue                         # "120,000 people", "98% of GPs": one number
            return j, True
        j = m.start()
    return j, False


def _gender_of(actor: Actor) -> str:
    return actor.gender or ("body" if actor.type in ("body", "party") else "")


def _speaker_of(actor: Actor, role: str = "", title_gender: str = "") -> _Speaker:
    return _Speaker(actor.name, actor.camp, role, _gender_of(actor) or title_gender)


def _joint(people: list[_Speaker], role: str) -> _Speaker:
    if len(people) == 1:
        return _Speaker(people[0].name, people[0].camp, role or people[0].role, people[0].gender)
    camps = {p.camp for p in people}
    names = list(dict.fromkeys(p.name for p in people))     # a name given twice is one speaker
    if len(names) == 1:
        return _Speaker(names[0], people[0].camp, role or people[0].role, people[0].gender)
    return _Speaker("; ".join(names), camps.pop() if len(camps) == 1 else "other", role, "plural")


class _Resolver:
    """Gives each cue of an article a speaker, keeping the discourse history."""

    def __init__(self, registry: Registry):
        self.registry = registry
        self.seen = _Discourse()

    # ---- finding the anchor mention -------------------------------------------------------------
    def _is_object(self, p: _Paragraph, m: Mention, cues: list[_Cue], k: int) -> bool:
        """Whether a mention is an object ("to X", "against the minister"), not a subject; ``cues[:k]``
        are the cues before the one being resolved (in order, so their ends are in order too)."""
        before = p.text[max(0, m.start - 60):m.start].split()
        while before and (before[-1].lower() in _BEFORE_OBJECT or before[-1].lower() in _QUANTIFIERS or
                          before[-1].replace(",", "").isdigit() or
                          (before[-1][:1].isupper() and before[-1][-1:].isalnum())):
            before.pop()                         # "with nearly 100 GP leaders": the number and names are the object's
        if before and before[-1].lower() in _OBJECT_WORDS:
            return True
        if len(before) > 1 and before[-1] == "of" and self.registry.descriptor("relation", before[-2]):
            return True                          # "critics of the minister say"
        if not k:
            return False
        gap_start = m.start - 12
        for i in range(bisect_left(cues, gap_start, 0, k, key=_END), k):
            c = cues[i]
            if c.end > m.start:
                break
            if not p.text[c.end:m.start].strip(" ").lower().removeprefix("the").strip():
                return bool(_TAKES_OBJECT.match(c.phrase)) or not c.content
        return False

    def _anchor(self, p: _Paragraph, lo: int, hi: int, cues: list[_Cue], k: int) -> Mention | None:
        """The last mention in [lo, hi) that can be the subject of a cue (read backwards: usually the last
        one is, and a long sentence is not read again for every cue). A possessor ("Despite the Minister's
        offer, Dr Reed said") is not the subject; the noun it owns is ("the BMA's chairman said": "chairman"
        is a mention of its own)."""
        for m in p.between_reversed(lo, hi):
            if m.kind == "head" and _modifies(p.text, m.end, hi):
                continue                         # "greater GP involvement in commissioning": no subject
            if m.kind != "actor" and _in_relative_clause(p.text, lo, m.start, hi):
                continue                         # "The union, which represents 50,000 workers, said"
            if m.kind == "actor" and p.text[m.start - 2:m.start] == " (" and p.text[m.end:m.end + 1] == ")" and \
                    m.start - 2 > lo:
                continue                         # "the Canal Trust (CT) said": the initials after the name
            if m.end <= hi and not self._is_object(p, m, cues, k) and \
                    not (m.kind == "actor" and _POSSESSIVE.match(p.text, m.end)) and \
                    (m.kind != "generic" or p.text[max(0, m.start - 5):m.start].split()[-1:] in (["the"], ["The"])
                     or _DEFINITE_NP.search(p.text, max(lo, m.start - 40), m.start) is not None
                     or _INDEFINITE_NP.search(p.text, max(lo, m.start - 40), m.start) is not None):
                return m
        return None

    # ---- turning a mention into a speaker -------------------------------------------------------
    def _np_start(self, p: _Paragraph, i: int, floor: int) -> int:
        # A noun phrase is a few words long: read back through a short window first, and from floor only
        # if the phrase runs back past the window (whose first token may be cut in two, so is not trusted).
        # Tokenising each paragraph once and bisecting costs more than these short windows (measured, issue 9).
        k = i
        while k > floor and p.text[k - 1] == " ":
            k -= 1
        if k == floor or (not p.text[k - 1].isalnum() and p.text[k - 1] not in _IN_WORD and
                          not p.text[k - 1].isspace() and p.text[k - 1] != "_"):
            return i                             # a clause starts here ("...; Jo Bloggs said")
        lo = max(floor, i - _NP_WINDOW)
        if lo > floor:
            j, stopped = _read_back(list(_WORD.finditer(p.text, lo, i))[1:], i)
            if stopped:
                return j
        return _read_back(list(_WORD.finditer(p.text, floor, i)), i)[0]

    def _role(self, p: _Paragraph, lo: int, hi: int) -> str:
        # the same descriptions ("Labour MP", "a spokeswoman for the college") recur across a corpus
        phrase = p.text[lo:hi]
        key = ("role", phrase)
        memo = self.registry._memo
        if key not in memo:
            if len(memo) > 50_000:
                memo.clear()
            memo[key] = self._role_of(phrase)
        return memo[key]

    def _role_of(self, phrase: str) -> str:
        words = phrase.split()
        cut = [i for i, w in enumerate(words) if w.lower() in _CLAUSE_WORDS]
        if cut:                                  # "This is what the PM's spokesman said": the role follows
            words = words[cut[-1] + 1:]
        while words and (words[0].lower() in _DETERMINERS or words[0] in _NOT_ROLE_START):
            words.pop(0)
        while words and words[-1].lower() in _FILLER:
            words.pop()
        role = " ".join(words).strip(" ,\"“”‘’'")
        if role and (self.registry.place(role) or self.registry.find("actor", role)
                     or self.registry.find("head", role)):
            return role
        return ""

    def _spoken_body(self, noun: str) -> _Speaker | None:
        """The most recent of the last few speakers that is a body outside the registry and that ``noun``
        ("trust", "group") can name: its name holds the noun, or the noun names any body."""
        noun = noun.lower()
        for s in reversed(self.seen.speakers[-8:]):
            if s.none or s.gender not in ("body", "") or ";" in s.name or not s.name or \
                    self.registry.actor(s.name) is not None:
                continue
            last = s.name.split()[-1]
            body = s.gender == "body" or self.registry.descriptor("organisation", last) is not None or \
                self.registry.descriptor("generic", last.lower()) is not None
            if body and (noun in s.name.lower() or noun in _ANY_BODY):
                return s
        return None

    def _named_body(self, noun: str, p: _Paragraph, i: int) -> _Speaker | None:
        """The body outside the registry whose capitalised name ends in ``noun`` and was named last, before
        offset i of this paragraph or in the few before it, whether or not it spoke ("The House Constitution
        Committee published a report. The committee recommends ..."); None if none was."""
        pattern = _NAME_ENDING_IN.get(noun)
        if pattern is None:
            word = re.escape(noun.lower())
            pattern = _NAME_ENDING_IN[noun] = re.compile(
                rf"\b((?:[A-Z][\w'’&.-]*\s+(?:(?:of|for|and|on|in|the)\s+)*){{1,6}}(?i:{word}))\b")
        for text, end in [(p.text, i)] + [(t, len(t)) for t in reversed(self.seen.texts[-6:])]:
            names = [m.group(1) for m in pattern.finditer(text, 0, end)]
            for name in reversed(names):
                name = _DETERMINER.sub("", name)
                if name[:1].isupper() and name.lower() != noun.lower() and name.split()[-1][:1].isupper():
                    actor = self.registry.actor(name)
                    if actor is not None:
                        return _speaker_of(actor)
                    placed = self.registry.place(name)
                    return _Speaker(name, placed.camp if placed is not None and placed.camp else "other", "",
                                    "body")
        return None

    def _resolve_generic(self, noun: str, p: _Paragraph, i: int) -> Actor | None:
        """The most recent actor before offset i whose name, role or type holds the noun ("the party")."""
        noun = noun.lower()
        return self._recent_actor(p, i, ("generic", noun),
                                  lambda actor: noun in f"{actor.name} {actor.role} {actor.type}".lower())

    def _recent_actor(self, p: _Paragraph, i: int, key: tuple, test) -> Actor | None:
        """The most recent actor mentioned before offset i (in this paragraph, then earlier ones) that
        passes ``test``; ``key`` names the test. The matching mentions of a paragraph are listed once per
        test and found by bisection, so many cues in one paragraph do not read it again each."""
        for n, x in enumerate(p.between_reversed(0, i)):     # usually one of the last few mentions
            if n == 16:
                break
            if x.kind == "actor" and x.end <= i and test(x.actor):
                return x.actor
        else:
            return self._earlier_actor(key, test)
        cache = p.__dict__.setdefault("_recent_actors", {})
        if key not in cache:
            # actor mentions do not overlap, so their ends are in order
            hits = [x for x in p.mentions if x.kind == "actor" and test(x.actor)]
            cache[key] = ([x.end for x in hits], [x.actor for x in hits])
        ends, actors = cache[key]
        k = bisect_right(ends, i) - 1
        return actors[k] if k >= 0 else self._earlier_actor(key, test)

    def _earlier_actor(self, key: tuple, test) -> Actor | None:
        """The most recent actor of the earlier paragraphs that passes ``test`` (once per paragraph)."""
        earlier = self.seen.earlier_actors
        if key not in earlier:
            earlier[key] = next((actor for actor, _ in reversed(self.seen.mentioned) if test(actor)), None)
        return earlier[key]

    def _pronoun(self, p: _Paragraph, m: Mention, floor: int) -> _Speaker | None:
        word = p.text[m.start:m.end].lower()
        d = m.descriptor
        if word == "who":
            prior = [x for x in p.between(floor, m.start) if x.kind != "pronoun"]
            return self._from_mention(p, prior[-1], floor) if prior else None
        want = {"m": ("m",), "f": ("f",), "plural": ("plural", "body"), "body": ("body", "plural")}.get(
            d.gender or d.number, ())
        person = want in (("m",), ("f",))
        # "he"/"she": the most recent speaker who can be that person, a name of unknown gender included
        # (a name not in the registry: "Dr Jo Reed said ... He added"), rather than an older speaker
        # whose gender is known.
        if person:
            # "Jo Bloggs spoke for many when he pointed out": a person named earlier in the sentence, as a
            # subject (not after a preposition, not a possessor), is nearer than any earlier speaker
            s_lo = max(p.sentence_of(m.start)[0], m.start - 160)    # a short look back: linear in cues
            for x in p.between_reversed(s_lo, m.start):
                if x.kind == "actor" and x.actor.type == "person" and _gender_of(x.actor) in want and \
                        not _POSSESSIVE.match(p.text, x.end) and not _AFTER_PREPOSITION.search(p.text, s_lo, x.start):
                    return _speaker_of(x.actor)
            # "Jo Bloggs, a nurse, tabled an amendment. She said ...": a sentence opened by "he"/"she"
            # continues the person who opened the sentence before, even one who has not spoken yet
            previous = self._previous_subject(p, m, want)
            if previous is not None:
                return previous
            # "... drew a reply from Labour's Jo Bloggs. He said ...": the one person the sentence before
            # names, though only as an object, rather than an older speaker
            sole = self._sole_person(p, m, want)
            if sole is not None:
                return sole
        if not person and want:
            # "Ministers say ..., but doctors are so worried they have urged ...": a group or body opening the
            # clause the plural pronoun is in, rather than the last speaker
            s_lo = max(p.sentence_of(m.start)[0], m.start - 160)
            for x in p.between_reversed(s_lo, m.start):
                if x.kind == "pronoun" or _POSSESSIVE.match(p.text, x.end):
                    continue
                plural = (x.kind == "actor" and _gender_of(x.actor) in want) or \
                    (x.kind in ("head", "generic") and x.descriptor is not None and
                     (x.descriptor.number or x.descriptor.gender) in want)
                if not plural:
                    continue
                np = self._np_start(p, x.start, s_lo)
                opens = not p.text[s_lo:np].strip(" \"“‘'(") or _CLAUSE_OPENING.search(p.text, s_lo, np) is not None
                if opens and not re.search(r"[,;:.]", p.text[x.end:m.start]):
                    found = self._from_mention(p, x, s_lo, x.end)
                    if found is not None and not found.none:
                        return found
                break
        last = self._index().by_gender           # the most recent speaker of each gender, with its turn
        latest = max([last[g] for g in want if g in last] + ([last[""]] if person and "" in last else []),
                     default=None)
        if latest is not None:
            s = latest[1]
            return _Speaker(s.name, s.camp, "", s.gender)
        actor = self._recent_actor(p, m.start, ("gender", want), lambda actor: _gender_of(actor) in want)
        return _speaker_of(actor) if actor is not None else None

    def _sentence_before(self, p: _Paragraph, m: Mention) -> tuple[_Paragraph, int, int] | None:
        """The sentence before the one that a pronoun opens as its subject (in this paragraph, or the last
        sentence of the paragraph before): its paragraph and bounds; None for any other pronoun."""
        s_lo, _ = p.sentence_of(m.start)
        if _PRONOUN_OPENS.fullmatch(p.text, s_lo, m.start) is None and \
                _AFTER_THE_WORDS.search(p.text, max(s_lo, m.start - 4), m.start) is None:
            return None                          # only a pronoun that is its sentence's subject, before or
            #                                      after the words it says ("Budgets will fall, he said")
        k = bisect_left(p._sentence_starts, s_lo)
        if k > 0:
            return (p, *p.sentences[k - 1])
        if self.seen.last_paragraph is not None and self.seen.last_paragraph.sentences:
            return (self.seen.last_paragraph, *self.seen.last_paragraph.sentences[-1])
        return None

    def _sole_person(self, p: _Paragraph, m: Mention, want: tuple[str, ...]) -> _Speaker | None:
        """The one person of the registry that the sentence before names, when a pronoun opening its own
        sentence can be no one else there: no other person, speaker noun or pronoun of that gender in it, and
        not a possessor ("Jo Bloggs's plan"). None otherwise, and the pronoun goes to the last speaker."""
        before = self._sentence_before(p, m)
        if before is None:
            return None
        q, lo, hi = before
        found = None
        for x in q.between(lo, hi):
            if x.kind == "actor":
                if x.actor.type != "person" or _gender_of(x.actor) not in want + ("",):
                    continue
                if _POSSESSIVE.match(q.text, x.end):
                    continue                     # "Jo Bloggs's plan": not the one who acts
                if found is not None and found.actor != x.actor:
                    return None
                found = x
            elif x.kind in ("head", "pronoun") and x.descriptor is not None and \
                    (x.descriptor.gender or x.descriptor.number or "") in want + ("",) and \
                    (x.kind == "pronoun" or _DETERMINED.search(q.text, max(lo, x.start - 40), x.start)):
                return None                      # "the minister", "he": another who may be meant
        return _speaker_of(found.actor) if found is not None else None

    def _previous_subject(self, p: _Paragraph, m: Mention, want: tuple[str, ...]) -> _Speaker | None:
        """The person who opens the sentence before the one that a pronoun opens (in this paragraph, or the
        last sentence of the paragraph before), when that person can be the pronoun; else None."""
        before = self._sentence_before(p, m)
        if before is None:
            return None
        q, lo, hi = before
        while lo < hi and q.text[lo] in " \"“‘'(":
            lo += 1
        run = _OPENING_NAME.match(q.text, lo, hi)
        if run is None or run.group(1).endswith(("'s", "’s")):
            return None                          # "Jo Bloggs's plan ...": the possessor is not the subject
        first = [x for x in q.between(lo, run.end(1)) if x.kind == "actor"]
        subject = (self._name_after_body(q, first[0], lo, hi) or self._from_mention(q, first[0], lo, run.end(1))) \
            if first else self._unknown_name(q, lo, run.end(1), after=False)
        if subject is None or subject.none or subject.gender not in want + ("",) or \
                subject.name.endswith(("'s", "’s")) or \
                (not subject.gender and len(subject.name.split()) < 2):
            return None                          # a body, a possessor, or one word that may be no person
        if subject.camp in ("", "other"):
            apposition = _APPOSITION.match(q.text, run.end(1))     # "Jo Bloggs, a nurse in Leeds, ..."
            placed = self.registry.place(apposition.group(1)) if apposition else None
            if placed is not None and placed.camp:
                subject = subject._replace(camp=placed.camp)
        return subject

    def _from_mention(self, p: _Paragraph, m: Mention, floor: int, hi: int | None = None) -> _Speaker | None:
        hi = m.end if hi is None else hi
        if m.kind == "none":
            return _Speaker("", "", none=True)
        if m.kind == "pronoun":
            return self._pronoun(p, m, floor)
        if m.kind == "actor":
            chain = [m]
            for prev in (x for x in p.between_reversed(floor, m.start) if x.kind == "actor"):
                gap = p.text[prev.end:chain[0].start].strip()
                if gap.lower() not in ("", ",", "and", ", and", "and the", ", the", ",the") or \
                        (prev.actor.type == "person") != (m.actor.type == "person"):
                    break
                chain.insert(0, prev)
            start = chain[0].start
            role = self._role(p, self._np_start(p, start, floor), start)
            people = [_speaker_of(x.actor, "", self._title_gender(x.title)) for x in chain]
            return _joint(people, role)
        np_start = self._np_start(p, m.start, floor)
        role = self._role(p, np_start, m.end)
        np_end = max(hi, m.end)
        contrary = _NOT_AFFILIATION.search(p.text, m.end, np_end) if np_end > m.end else None
        if contrary is not None:                 # "a doctor campaigning against the Government's plan"
            np_end = contrary.start()
        elif np_end > m.end and ("'" in p.text[m.end:np_end] or "’" in p.text[m.end:np_end]):
            # "GPs in line to gain powers under the government's reforms": a body owning a thing inside a
            # clause after the head (an infinitive or a participle) is not the speaker's ("the chair of the
            # BMA's council" is)
            owner = next((x for x in p.between(m.end, np_end) if x.kind == "actor" and
                          _POSSESSIVE.match(p.text, x.end) and _CLAUSE_IN_NP.search(p.text, m.end, x.start)), None)
            np_end = owner.start if owner is not None else np_end
        text_np = p.text[np_start:np_end]
        d = m.descriptor
        gender = d.gender or ("plural" if d.number == "group" else d.number)
        related = self._related(p, m, np_start, hi)
        if related is not None:
            return related
        if m.kind == "head" and np_start < m.start and p.text[np_start:m.start].split()[0].lower() == "the" \
                and not self.registry.find("actor", text_np):
            for s in reversed(self.seen.speakers):      # the spokeswoman: a definite description
                if d.phrase.lower() in s.role.lower():
                    return _Speaker(s.name, s.camp, role, s.gender)
        bodies = [x for x in p.between(np_start, max(hi, m.end)) if x.kind == "actor"
                  and x.end <= max(hi, m.end) and x.actor.type in ("body", "party")
                  and not (x.start >= m.end and _NOT_AFFILIATION.search(p.text, m.end, x.start))
                  and x.start < np_end           # (np_end is cut before a body owning a thing in a clause)
                  and not (x.actor.type == "body" and x.start < m.start and
                           _FORMER.search(p.text, max(np_start, x.start - 60), x.start))]   # "the former RCGP chair"
        if bodies:
            return _Speaker(bodies[0].actor.name, bodies[0].actor.camp, role, gender or "body")
        generic = [x for x in p.between(np_start, max(hi, m.end)) if x.kind == "generic"
                   and x.end <= max(hi, m.end)]
        for g in generic or ([m] if m.kind == "generic" else []):
            actor = self._resolve_generic(g.descriptor.phrase, p, g.start)
            if actor is not None:
                return _Speaker(actor.name, actor.camp, role, gender or _gender_of(actor))
        indefinite = _INDEFINITE_NP.search(p.text, max(floor, m.start - 40), m.start) if m.kind == "generic" else None
        if indefinite is not None:
            # "a leading charity has warned": a body described, not named; the description speaks
            words = p.text[indefinite.start():m.end].split(None, 1)
            placed = self.registry.place(text_np)
            return _Speaker(words[1] if len(words) > 1 else words[0],
                            placed.camp if placed and placed.camp else "other", role, "body")
        if m.kind == "generic" and p.text[max(0, m.start - 4):m.start].lower() == "the ":
            # "The Canal Trust said ... The group said": a body not in the registry that spoke last, whose
            # name holds the noun or that the noun can name
            spoken = self._spoken_body(m.descriptor.phrase) or self._named_body(m.descriptor.phrase, p, m.start)
            if spoken is not None:
                return spoken._replace(role=role)
        placed = self.registry.place(text_np)
        if placed is not None:
            body = self.registry.actor(placed.body) if placed.body else None
            if body is not None:
                return _Speaker(body.name, body.camp, role, gender or "body")
            name = placed.body or (role or p.text[m.start:m.end])
            return _Speaker(name, placed.camp, role, gender)
        if m.kind == "head":
            body = _ORG_AFTER.match(p.text, m.end, hi if hi > m.end else len(p.text))
            if body:                                 # "a spokesman for the Department for Environment"
                name = body.group("name")
                placed = self.registry.place(name)
                return _Speaker(name, placed.camp if placed else "other", role, gender or "body")
        if m.kind == "head" and d.number == "group":
            # "more than 100,000 people", "local residents": a group of the public keeps its words; it is
            # never the spokesperson of the last body named
            return _Speaker(role or p.text[m.start:m.end], "other", role, gender)
        if m.kind == "head":                         # "another source": the body of the last body speaker
            close = [x.actor for x in p.between(m.end, max(hi, m.end)) if x.kind == "actor"]
            if close and _CLOSE_TO.match(p.text, m.end):     # "a source close to Jo Bloggs": Bloggs's camp
                return _Speaker(role or p.text[m.start:m.end], close[0].camp, role, gender)
            s = self._index().last_body
            if s is not None and not _FORMER.search(p.text, max(np_start, m.start - 60), m.start):
                return _Speaker(s.name, s.camp, role, gender)
            # "a former BMA chairman": a former office holder speaks for no body now (codebook N4)
            return _Speaker(role or p.text[m.start:m.end], "other", role, gender)
        return None

    def _related(self, p: _Paragraph, m: Mention, np_start: int, hi: int) -> _Speaker | None:
        """"The minister's critics say", "allies of the minister say": the possessor does not speak. The
        noun is the speaker, with its own camp (critics: other) or else the possessor's (allies)."""
        relation = self.registry.descriptor("relation", p.text[m.start:m.end])
        if relation is None:
            return None
        owner = p.text[np_start:m.start].rstrip()
        if not owner.endswith(("'s", "’s", "s'", "s’")):
            owner = p.text[m.end:hi] if p.text.startswith(" of ", m.end) else ""
        if not owner:
            return None
        people = [x.actor for x in p.between(np_start, max(hi, m.end)) if x.kind == "actor"]
        placed = self.registry.place(owner)
        camp = m.descriptor.camp or (people[0].camp if people else placed.camp if placed else "other")
        return _Speaker(relation.phrase, camp, self._role(p, np_start, max(hi, m.end)), "plural")

    def _surname(self, p: _Paragraph, word: str, i: int, after: bool) -> bool:
        """Whether a lone capitalised word at ``i`` names a person ("Shah told ..."): one said in full
        earlier, or any word but a grammar word and, at the start of a sentence, a plural ("Analysts").
        Before a cue it must open its noun phrase ("quoted in the Times saying" is no subject)."""
        before = p.text[max(0, i - 30):i].split()
        if len(word) < 2 or word in _NOT_NAMES or word.lower() in _INDEFINITE or word.isupper() or \
                self.registry.descriptor("title", word) is not None or \
                self.registry.descriptor("addressee", word) is not None or \
                self.registry.descriptor("organisation", word) is not None or \
                (not after and before and before[-1].isalpha() and before[-1].islower()):
            return False
        if self._full_name(p, word, i) is not None:
            return True
        at_start = not p.text[p.sentence_of(i)[0]:i].strip(" \"“‘'(")
        return not (at_start and word.endswith("s"))

    def _full_name(self, p: _Paragraph, surname: str, i: int) -> _Speaker | None:
        """The earlier speaker or name of the article with this surname ("Priya Shah" for "Ms Shah")."""
        by_surname = self._index().by_surname
        if surname in by_surname:
            return by_surname[surname]
        # Each text is searched once per surname (the current paragraph up to i by bisection), so a long
        # paragraph of cues is not read again for each of them.
        cache = p.__dict__.setdefault("_full_names", {})
        if surname not in cache:
            cache[surname] = self._names_in(p.text, surname)
        ends, found = cache[surname]
        k = bisect_right(ends, i) - 1
        if k >= 0:
            return self._full(p.text, found[k], surname)
        if surname not in self.seen.earlier_names:
            named = None
            for text in reversed(self.seen.texts):
                matches = self._names_in(text, surname)[1]
                if matches:
                    named = self._full(text, matches[-1], surname)
                    break
            self.seen.earlier_names[surname] = named
        return self.seen.earlier_names[surname]

    def _names_in(self, text: str, surname: str) -> tuple[list[int], list[re.Match]]:
        """Every "First Surname" in a text that can be a full name: (their ends, the matches), in order."""
        pattern = re.compile(r"([A-Z][\w'’-]*) " + re.escape(surname) + r"(?![\w'’-])")
        ends, found = [], []
        for m in pattern.finditer(text):
            first = m.group(1)
            if first in _NOT_NAMES or self.registry.descriptor("title", first.rstrip(".")) is not None or \
                    self.registry.place(first) or first.lower() in _INDEFINITE:
                continue
            ends.append(m.end())
            found.append(m)
        return ends, found

    def _full(self, text: str, m: re.Match, surname: str) -> _Speaker:
        """The speaker a full name found by :meth:`_names_in` gives, placed by the words around it."""
        clause = text[max(0, m.start() - 50):m.start()]
        clause = clause[max(clause.rfind(c) for c in ".!?;:") + 1:]
        apposition = text[m.end():m.end() + 60].split(",")   # "Jo Bloggs, the care minister,"
        if len(apposition) > 2 and not apposition[0].strip() and len(apposition[1].split()) <= 6:
            clause += " " + apposition[1]
        placed = self.registry.place(clause)
        return _Speaker(f"{m.group(1)} {surname}", placed.camp if placed else "other")

    def _index(self) -> _Discourse:
        """The history, with the speakers heard since the last call indexed (by gender, surname and as
        the last body), so a look-up costs the same after ten thousand speakers as after ten."""
        seen = self.seen
        for turn in range(seen.indexed, len(seen.speakers)):
            speaker = seen.speakers[turn]
            seen.by_gender[speaker.gender] = (turn, speaker)
            if speaker.gender in ("body", "plural") and self.registry.actor(speaker.name) is not None:
                seen.last_body = speaker
            words = speaker.name.split()
            if len(words) >= 2 and ";" not in speaker.name and \
                    self.registry.descriptor("title", words[0].rstrip(".")) is None:
                seen.by_surname[words[-1]] = speaker
                if speaker.gender not in ("body", "plural"):
                    seen.by_first_name[words[0]] = speaker
        seen.indexed = len(seen.speakers)
        return seen

    def _linked(self, p: _Paragraph, speaker: _Speaker, i: int) -> _Speaker:
        """'Priya Shah said ... Ms Shah added': a lone surname, with or without a title, is the full name
        said earlier in the article (names in the registry are linked by their aliases instead)."""
        words = speaker.name.split()
        if not words or len(words) > 2 or not words[-1][:1].isupper() or words[-1].isupper() or \
                self.registry.actor(speaker.name) is not None or \
                (len(words) == 2 and self.registry.descriptor("title", words[0].rstrip(".")) is None):
            return speaker
        index = self._index()
        first_name = len(words) == 1 and words[0] not in index.by_surname
        if first_name and words[0] in index.by_first_name:
            # "Jo Bloggs said ... And Jo added": a lone first name of a person who has spoken (press releases
            # and blogs call ministers by their first names)
            full = index.by_first_name[words[0]]
        elif first_name and (known := self._recent_actor(p, i, ("first name", words[0]),
                                                          lambda a, w=words[0]: a.type == "person" and
                                                          a.name.split()[0] == w)) is not None:
            full = _speaker_of(known)            # ... or a person of the registry named earlier
        else:
            full = self._full_name(p, words[-1], i)
        if full is None:
            return speaker
        camp = speaker.camp if speaker.camp != "other" else full.camp
        return _Speaker(full.name, camp, speaker.role, speaker.gender or full.gender)

    def _title_gender(self, title: str) -> str:
        d = self.registry.descriptor("title", title) if title else None
        return d.gender if d else ""

    def _unknown_name(self, p: _Paragraph, lo: int, hi: int, after: bool) -> _Speaker | None:
        window = p.text[lo:hi]
        if not window.strip() or window.islower():
            return None                          # not a capital letter in sight: no name to find
        if not after:
            when = _ADJUNCT_BEFORE_CUE.search(p.text, max(lo, hi - 40), hi)
            if when is not None and when.start() > lo:
                hi = when.start()                # "Jo Bloggs on Monday said", "Jo Bloggs in a statement said"
        tokens = list(_WORD.finditer(p.text, lo, hi))
        if after:
            run = []
            for i, t in enumerate(tokens):
                if t.group()[0].isupper() or (run and t.group() in ("'s",)) or \
                        (run and t.group() in _PARTICLES and i + 1 < len(tokens) and tokens[i + 1].group()[:1].isupper()):
                    run.append(t)
                elif run or t.group().lower() not in _DETERMINERS:
                    break
        else:
            while tokens and tokens[-1].group().lower() in _FILLER:
                tokens.pop()
            if len(tokens) > 3 and tokens[-1].group() == ")" and tokens[-3].group() == "(" and \
                    _ACRONYM.fullmatch(tokens[-2].group()):
                del tokens[-3:]                  # "the Canal Trust (CT) has argued": the initials of the name
            run = []
            for k in range(len(tokens) - 1, -1, -1):
                t = tokens[k]
                if t.group()[0].isupper() and t.group() not in _NOT_NAMES and \
                        not (t.group().endswith("ing") and _PARTICIPLE_AFTER.match(p.text, t.end()) and
                             (k == 0 or not tokens[k - 1].group()[0].isupper())):
                    # "Responding to ...", "Speaking on ...": a participle opening a phrase, no name
                    run.insert(0, t)
                elif run and _joins_name(tokens, k):
                    run.insert(0, t)             # "Institute of Water Engineers": one name, "of" inside
                else:
                    break
        while len(run) > 2 and run[-1].group().isupper() and len(run[-1].group()) <= 4 and \
                not self.registry.actor(run[-1].group()):
            run.pop()                            # "John Bloggs MP", "Jo Bloggs QC": letters after a name
        if run:
            whole = self.registry.actor(p.text[run[0].start():run[-1].end()])
            if whole is not None:                # "a spokesman for the Royal Society of Canal Surveyors said"
                return _speaker_of(whole, self._role(p, self._np_start(p, run[0].start(), lo), run[0].start()))
        possessor = next((k for k in range(len(run) - 3, -1, -1) if run[k].group().endswith(("'s", "’s"))), -1)
        if possessor >= 0:
            run = run[possessor + 1:]            # "The Canal Trust's Jo Bloggs": the body owns the name
        while run and (run[0].group().isupper() or self.registry.place(run[0].group())):
            run.pop(0)                           # "Labour MP Jo Bloggs": MP describes, it is not a name
        if len(run) > 1 and self.registry.descriptor("organisation", run[-1].group()) is None:
            # "Health Secretary Jo Bloggs": an office is no name (but "Northern Medical Society" is one)
            a = max(lo, run[0].start() - 30)
            cut = max((a + h.end() for kind in ("camp", "head") for h in self.registry.find(
                kind, p.text[a:run[-1].end()])), default=-1)
            run = [t for t in run if t.start() >= cut] if cut < run[-1].start() else run
        titled = bool(run) and self.registry.descriptor("title", run[0].group().rstrip(".")) is not None
        if titled and run[0].group().rstrip(".") not in _PEERAGE:
            # "Professor Jo Bloggs of Hull University": the person, whose body follows (but "Lord Bloggs of
            # Hull" is a peer's whole name)
            cut = next((k for k, t in enumerate(run) if k > 1 and t.group() in _NAME_JOINERS), len(run))
            run = run[:cut]
        if not run or (len(run) == 1 and not self._surname(p, run[0].group(), run[0].start(), after)):
            return None
        # a title stays with a lone surname ("Lord Pryce", "Baroness Lowe"), it goes before a full name
        peer = titled and run[0].group().rstrip(".") in _PEERAGE and any(t.group() in _NAME_JOINERS for t in run)
        name_start = run[1].start() if titled and len(run) > 2 and not peer else run[0].start()
        name = p.text[name_start:run[-1].end()]
        role_lo = self._np_start(p, run[0].start(), lo)
        role = self._role(p, role_lo, run[0].start())
        known = self.registry.actor(name)
        if known is not None:                    # a registry name reached this way ("with Jo Bloggs calling")
            return _speaker_of(known, role)
        description = p.text[max(lo, role_lo - 60):hi]
        placed = self.registry.place(description)
        gender = self._title_gender(run[0].group().rstrip(".")) if titled else ""
        camp = placed.camp if placed and placed.camp not in ("", "other") else ""
        if not camp:
            # a body in the description before the name, or between commas after it
            apposition = _APPOSITION.match(p.text, run[-1].end())
            words = " ".join([role, description, apposition.group(1) if apposition else ""])
            camp = self._body_camp(words, name)
        # a title that places its bearer in the debate's pack ("Dr" in a health debate) is the weakest
        # evidence of a camp: kept aside, and asked only when nothing else has placed the speaker (_finish)
        title_camp = self.registry.descriptor("title", run[0].group().rstrip(".")).camp if titled else ""
        return _Speaker(name, camp, role, gender, title_camp=title_camp)

    def _body_camp(self, description: str, name: str) -> str:
        """The camp of a body named in a person's description ("Former RCGP chairman", "Unison's head of
        health"): a member or officer of a body speaks from its camp. "other" when none is named."""
        for hit in self.registry.find("actor", description.replace("\u2019", "'")):
            actor = self.registry.actor(hit.text)
            if actor is not None and actor.type in ("body", "party") and actor.name not in name:
                return actor.camp
        return "other"

    # ---- one cue ---------------------------------------------------------------------------------
    def resolve(self, p: _Paragraph, cue: _Cue, sentence: tuple[int, int], cues: list[_Cue], k: int) -> None:
        """Give ``cue`` (which is ``cues[k]``, the cues of its sentence in order) its speaker."""
        s_lo, s_hi = sentence
        if cue.possessor >= 0:
            # "the BMA's call for ...", "ministers' claims that ...": the possessor gives the noun of saying
            owner = [m for m in p.between(max(s_lo, cue.possessor - 80), cue.possessor)
                     if m.kind in ("actor", "head") and m.end <= cue.possessor and
                     not p.text[m.end:cue.possessor].strip(" '’s")]
            lo = max(s_lo, cue.possessor - 80)
            cue.speaker = self._from_mention(p, owner[-1], owner[-1].start, cue.possessor) if owner else \
                self._unknown_name(p, lo, cue.possessor - 2, after=False)
            cue.subject_start, cue.motion = cue.start, True     # the call ends where the sentence's verb comes
            self._finish(p, cue)
            return
        last_close = p.last_close_before(cue.start, s_lo)
        participle = cue.phrase.split()[0].lower().endswith("ing")     # "..., saying": never inverted
        inverted = not cue.after and not participle and last_close > s_lo and cue.start > s_lo and \
            _COMMAS.fullmatch(p.text, last_close, cue.start) is not None
        previous = cues[k - 1] if k else None
        after: _Speaker | None = None
        if cue.after or inverted:
            cue.speaker = self._after(p, cue, s_hi)
            cue.subject_start = cue.end
            cue.words_before = cue.after and _follows_comma(p.text, s_lo, cue.start)
        elif cue.start > s_lo and _follows_comma(p.text, s_lo, cue.start) and not _TAKES_ADDRESSEE.match(cue.phrase) \
                and not participle \
                and self._speaker_ends_clause(p, cue, s_hi) and (after := self._after(p, cue, s_hi)) is not None:
            cue.speaker = after                         # "The plan will fail, said Jo Bloggs."
            cue.subject_start, cue.words_before = cue.end, True
        elif (who := _WHO_BEFORE.search(p.text, max(s_lo, cue.start - 60), cue.start)) is not None and \
                (found := self._name_before_who(p, s_lo, last_close, who.start(), cues, k))[0] is not None:
            # "Jo Bloggs, who will announce that ..., said": the relative pronoun's cue is the name's
            cue.speaker, cue.subject_start, cue.relative = found[0], cue.start, True
        else:
            # cues do not overlap, so the previous one ends last
            lo = max(s_lo, last_close, p.last_boundary_end(s_lo, cue.start))
            opener = _OPENER.match(p.text, s_lo, cue.start)
            if opener is not None and opener.end() > lo:
                lo = opener.end()
            if previous is not None and previous.end > lo:
                lo = previous.end
            if participle:
                giver = self._giver(p, cue, max(s_lo, last_close), cues, k)
                if giver is not None:    # "a motion calling for ...": the motion's mover speaks (or no one)
                    cue.speaker, cue.subject_start, cue.motion = giver, cue.start, True
                    self._finish(p, cue)
                    return
            before = p.text[s_lo:cue.start].rstrip()
            # an aside that may place the name before it: "Jo Bloggs (Canal Trust) said", or between spaced
            # dashes, "Jo Reed - a GP in Leeds - said", "The Canal Trust - which represents boatmen - said"
            aside_at, inside, dashes = -1, "", None
            if before.endswith(")") and "(" in before and previous is None:
                aside_at = s_lo + before.rindex("(")
                inside = p.text[aside_at + 1:s_lo + len(before) - 1]
            elif previous is None and last_close <= s_lo and (dashes := _DASH_ASIDE.search(before)) is not None:
                aside_at, inside = s_lo + dashes.start(), dashes.group("inside")
            if aside_at >= 0:
                speaker, head = self._subject_before(p, s_lo, last_close, aside_at, cues, k)
                comma = p.text.rfind(",", max(s_lo, last_close), aside_at)
                if speaker is None and comma >= 0:
                    # "The plan will fail, the Canal Trust (CT) has argued.": the subject after the last comma
                    speaker, head = self._subject_before(p, s_lo, comma + 1, aside_at, cues, k)
                if speaker is not None and (speaker.name or dashes is None):
                    camp = speaker.camp if speaker.camp != "other" else self._body_camp(inside, speaker.name)
                    placed = self.registry.place(inside) if camp == "other" else None
                    cue.speaker = speaker._replace(camp=placed.camp if placed and placed.camp else camp)
                    cue.subject_start = head
                    self._finish(p, cue)
                    return
            aside = _RELATIVE.search(p.text, s_lo, cue.start)
            if aside is not None and (previous is None or previous.start > aside.start()) and \
                    p.text[s_lo:cue.start].rstrip().endswith(",") and last_close <= aside.start():
                # "Jo Bloggs, who will announce that ... have signed up, said": the relative clause is an aside,
                # and the name before it is the subject
                speaker, head = self._subject_before(p, s_lo, last_close, aside.start(), cues, k)
                if speaker is not None:
                    clause = p.text[aside.end():cue.start]
                    # "Jo Bloggs, who is a GP, said": a short description places; a clause of words does not
                    placed = self.registry.place(clause) if speaker.camp == "other" and \
                        len(clause.split()) <= 8 and " that " not in clause else None
                    cue.speaker = speaker._replace(camp=placed.camp) if placed else speaker
                    cue.subject_start = head
                    self._finish(p, cue)
                    return
            document = self._document_subject(p, lo, cue.start)
            if document is not None:             # "The letter says ...": the giver of the letter named before
                cue.speaker, cue.subject_start = document
                self._finish(p, cue)
                return
            near = p.text[max(0, s_lo - 2, cue.start - 40):cue.start]
            quantified = _QUANTIFIER_SUBJECT.search(near) \
                if "any " in near or "ome " in near or "thers " in near else None
            if quantified is not None:           # "Many believe ...", "as others fear ...": a group of people
                word = quantified.group("q")
                cue.speaker = _Speaker(word, "other", word, "plural")
                cue.subject_start = cue.start - len(near) + quantified.start("q")
                self._finish(p, cue)
                return
            before_cue = p.text[max(s_lo, cue.start - 30):cue.start]
            if not participle and "and " in before_cue and _COORDINATED.search(before_cue) and \
                    not any(c.speaker is not None and not c.speaker.none for c in cues[:k]):
                # "Dr Jo Reed visited the ward and said ...", "In a long interview, Jo Reed derided the plans,
                # and vowed ...": a verb joined by "and" to the first verb of the sentence, no cue with a
                # speaker before it, shares that verb's subject, a name opening the sentence or its words
                # after a first comma (what stands between is the first verb's object: "The BMA met
                # ministers and said")
                head = max(s_lo, last_close)
                comma = p.text.find(",", head, cue.start)
                for at in (head, comma + 1) if comma >= 0 else (head,):
                    subject = self._opening_subject(p, at, cue.start)
                    if subject is not None and not subject.none:
                        cue.speaker, cue.subject_start = subject, cue.start
                        self._finish(p, cue)
                        return
            anchor = self._anchor(p, lo, cue.start, cues, k)
            comma = p.text.rfind(",", anchor.end, cue.start) if anchor is not None and not participle else -1
            if comma >= 0 and (anchor.kind == "pronoun" or _POSSESSIVE.match(p.text, anchor.end) or
                               _FINITE.search(p.text, anchor.end, comma)):
                # "It will cut costs, Jo Bloggs said.", "The minister's plan will fail, Jo Bloggs said.": a
                # pronoun, a possessor or a subject with its own verb, before a comma, is not the subject of
                # the cue when a new name stands between the last comma and the cue
                named = self._unknown_name(p, comma + 1, cue.start, after=False)
                if named is not None and named.name:
                    cue.speaker = named
                    at = p.text.rfind(named.name.split()[0], comma, cue.start)
                    cue.subject_start = self._np_start(p, at, comma + 1) if at > comma else comma + 1
                    self._finish(p, cue)
                    return
            # the anchor's speaker, kept: the last resort below asks for it again with the same arguments
            from_anchor = self._from_mention(p, anchor, lo, cue.start) if anchor is not None else None
            if from_anchor is None:
                anchor = None
            # a participle goes with the clause's own subject, not with a motion named inside the clause
            # ("X urged MPs to reject Labour's motion calling for ..., insisting ...": X insists)
            j = k - 1
            while j > 0 and cues[j].motion:
                j -= 1
            giver = cues[j] if j >= 0 else None
            if participle and giver is not None and giver is not cue and giver.speaker is not None and \
                    not giver.speaker.none and _follows_comma(p.text, s_lo, cue.start):
                # "He told the BBC he would never join the Conservatives, adding: ...": a participle right after
                # a comma goes with the subject of the cue before it, not with the last name in between
                anchor = from_anchor = None
            elif participle and giver is None and _follows_comma(p.text, s_lo, cue.start) and \
                    (subject := self._opening_subject(p, s_lo, cue.start)) is not None:
                # "Jo Bloggs met the Canal Trust, insisting ...": with no cue before it, the opening name
                cue.speaker, cue.subject_start = subject, cue.start
                self._finish(p, cue)
                return
            # "We urge peers to reject the Bill, Jo Bloggs said.": a new name after a comma is the subject
            comma = p.text.rfind(",", lo, cue.start)
            named = self._unknown_name(p, comma + 1, cue.start, after=False) \
                if anchor is None and giver is not None and comma >= 0 and not participle else None
            if anchor is None and giver is not None and giver.speaker is not None and named is None:
                cue.speaker, cue.inherited = giver.speaker, True
                cue.subject_start = cue.start
            elif named is not None:
                cue.speaker = named
                at = p.text.rfind(named.name.split()[0], comma, cue.start)
                cue.subject_start = self._np_start(p, at, comma + 1) if at > comma else comma + 1
            else:
                if anchor is None:
                    anchor = self._anchor(p, s_lo, cue.start, cues, k)
                    from_anchor = None
                if anchor is not None:
                    appositive = self._apposition(p, anchor, lo, cue)
                    cue.speaker = appositive or self._member_of(p, anchor, lo, cue) or \
                        self._name_before_cue(p, anchor, cue.start, lo) or \
                        self._name_after_body(p, anchor, lo, cue.start) or \
                        (from_anchor if anchor.start >= lo and from_anchor is not None else
                         self._from_mention(p, anchor, lo if anchor.start >= lo else s_lo, cue.start))
                    cue.subject_start = self._np_start(p, anchor.start, s_lo)
                    at = p.text.rfind(appositive.name.split()[0], s_lo, anchor.start) \
                        if appositive is not None and appositive.name else -1
                    if at >= s_lo:               # "..., Jo Bloggs, a GP in Leeds, said": the subject is the name
                        cue.subject_start = min(cue.subject_start, self._np_start(p, at, s_lo))
                else:
                    cue.speaker = self._apposition(p, None, lo, cue) or \
                        self._unknown_name(p, lo, cue.start, after=False)
                    if cue.speaker is None and participle:
                        # "Jo Bloggs has held a meeting with GP leaders, telling them ...": the participle goes
                        # with its clause's subject, a name at the clause's start
                        run = _LEADING_NAME.match(p.text, lo, cue.start)
                        if run is not None:
                            cue.speaker = self._unknown_name(p, lo, run.end(1), after=False)
                    cue.subject_start = lo
                    if cue.speaker is not None and cue.speaker.name:
                        # "The Bill is a mess, Dr Jo Bloggs said.": the subject starts at the name's phrase,
                        # not at the sentence, so the words before it can be the statement; so too after a
                        # boundary, when a comma parts the name from it ("It will fail if ..., Jo Bloggs said")
                        at = p.text.rfind(cue.speaker.name.split()[0], lo, cue.start)
                        if at > lo and (lo == s_lo or p.text.rfind(",", lo, at) >= 0):
                            cue.subject_start = self._np_start(p, at, lo)
        self._finish(p, cue)

    def _document_subject(self, p: _Paragraph, lo: int, hi: int) -> tuple[_Speaker, int] | None:
        """A definite noun of saying as the whole subject of a cue ("The letter says", "the report
        concludes"): the giver of the last such noun the article named with its giver ("200 doctors signed
        a letter calling for ..."), and where the subject starts; None otherwise."""
        if not self.seen.documents:
            return None
        nouns = self._motion_nouns(p, lo, hi)
        if not nouns or p.text[nouns[-1].finish:hi].strip():
            return None
        noun = nouns[-1]
        opening = _DEFINITE_DOCUMENT.fullmatch(p.text, lo, noun.begin)
        giver = self.seen.documents.get(noun.text.lower())
        if opening is None or giver is None:
            return None
        return giver, opening.start(1)

    def _opening_subject(self, p: _Paragraph, s_lo: int, hi: int) -> _Speaker | None:
        """The person or body named by the capitalised words opening a sentence ("Jo Bloggs met ...", "The
        Canal Trust wrote ..."), or None."""
        run = _LEADING_NAME.match(p.text, s_lo, hi)
        if run is None:
            return None
        first = [m for m in p.between(s_lo, run.end(1)) if m.kind == "actor"]
        if first:
            return self._name_after_body(p, first[0], s_lo, hi) or self._from_mention(p, first[0], s_lo, run.end(1))
        return self._unknown_name(p, s_lo, run.end(1), after=False)

    def _giver(self, p: _Paragraph, cue: _Cue, lo: int, cues: list[_Cue], k: int) -> _Speaker | None:
        """The speaker of a participle cue that follows a noun of saying (codebook N1, N9), or None when
        no such noun comes just before it.

        "Labour's motion calling for ...", "a Lib Dem amendment - calling for ...", "a proposal from X
        urging ...", "X tabled an amendment to the motion calling for ...": the mover named in the noun
        phrase, after "from", or as the subject of the verb that gives it. A motion whose mover is not named
        has no speaker (a ``none`` speaker: no statement).
        """
        found = self._giver_of(p, cue, lo, cues, k)
        if found is not None and found[1] is not None and not found[1].none:
            self.seen.documents[found[0]] = found[1]     # "the letter says ...", later, is the same giver
        return found[1] if found is not None else None

    def _giver_of(self, p: _Paragraph, cue: _Cue, lo: int, cues: list[_Cue], k: int
                  ) -> tuple[str, _Speaker | None] | None:
        """:meth:`_giver`'s work: the noun of saying (lower case, singular as written) and its giver."""
        a = max(lo, cue.start - 160)
        nouns = self._motion_nouns(p, a, cue.start)
        if not nouns:
            return None
        noun = nouns[-1]
        gap = p.text[noun.finish:cue.start]
        if not _MOTION_GAP.fullmatch(gap) or any(noun.begin <= c.start < cue.start for c in cues[:k]):
            return None
        for outer in reversed(nouns[:-1]):       # "an amendment to Labour's motion calling": the amendment
            if _MOTION_LINK.fullmatch(p.text, outer.finish, noun.begin):
                noun = outer
        key = noun.text.lower()
        named = self._named_giver(p, noun, lo, min(len(p.text), noun.finish + 80), None)
        if named is not None:
            return key, named
        start = _motion_np_start(p.text, noun.begin, lo)
        placed = self.registry.place(p.text[start:noun.begin])
        if placed is not None and placed.camp:  # "a rebel Lib Dem amendment": the party, as a body
            return key, _Speaker(placed.body or placed.phrase, placed.camp, "", "body")
        verbs = [h for h in self.registry.find("moves", p.text, max(lo, start - 40), start)
                 if not set(p.text[h.finish:start].lower().split()) - _GIVEN_DETERMINERS]
        if verbs:
            subject = self._anchor(p, lo, verbs[-1].begin, cues, k)
            if subject is not None and subject.kind == "head" and subject.descriptor.number == "group" and \
                    noun.text.lower().endswith("petition"):
                return key, _Speaker("", "", none=True)   # "100,000 people signed a petition": its signers are
                #                                      not its organiser (codebook N1), so no one speaks
            if subject is not None:
                return key, self._from_mention(p, subject, lo, verbs[-1].begin)
            named = self._unknown_name(p, lo, verbs[-1].begin, after=False)
            if named is not None:
                return key, named
            placed = self.registry.place(p.text[lo:verbs[-1].begin])    # "Lib Dem activists are tabling"
            if placed is not None and placed.camp and placed.body:
                return key, _Speaker(placed.body, placed.camp, "", "body")
        return key, _Speaker("", "", none=True)

    def _name_before_who(self, p: _Paragraph, s_lo: int, last_close: int, stop: int, cues: list[_Cue], k: int
                         ) -> tuple[_Speaker | None, int]:
        """The antecedent of ", who": a name standing just before the comma ("He praised the actor Jo Bloggs,
        who urged ..."), else the subject of the clause (:meth:`_subject_before`)."""
        last = list(_WORD.finditer(p.text, max(s_lo, stop - 40), stop))[-1:]
        if last and last[0].group()[:1].isupper() and not any(m.end == last[0].end() for m in p.between(
                max(s_lo, stop - 40), stop)):
            named = self._unknown_name(p, max(s_lo, last_close, stop - 60), stop, after=False)
            if named is not None and named.name:
                return named, stop
        return self._subject_before(p, s_lo, last_close, stop, cues, k)

    def _subject_before(self, p: _Paragraph, s_lo: int, last_close: int, stop: int, cues: list[_Cue], k: int
                        ) -> tuple[_Speaker | None, int]:
        """The subject of a sentence that an aside (a relative clause, brackets) parts from its cue: the mention
        or unknown name before ``stop``, read from the start of the clause; with that start."""
        head = max([s_lo, last_close] + [m.end() for m in [_OPENER.match(p.text, s_lo, stop)] if m])
        subject = self._anchor(p, head, stop, cues, k)
        speaker = self._from_mention(p, subject, head, stop) if subject is not None else \
            self._unknown_name(p, head, stop, after=False)
        return speaker, head

    def transcript(self, p: _Paragraph, lo: int, hi: int) -> _Speaker | None:
        """The speaker of a transcript line ("Bloggs: Why won't he drop it?"): a person of the registry
        named by ``text[lo:hi]`` as a whole, or a titled name ("Dr Bloggs"); None for anything else (a time,
        a heading, a body)."""
        whole = [m for m in p.between(lo, hi) if m.kind == "actor" and m.start == lo and m.end == hi]
        if whole:
            return _speaker_of(whole[0].actor, "", self._title_gender(whole[0].title)) \
                if whole[0].actor.type == "person" else None
        words = p.text[lo:hi].split()
        if not 2 <= len(words) <= 4 or self.registry.descriptor("title", words[0].rstrip(".")) is None or \
                not all(w[:1].isupper() for w in words):
            return None
        return self._unknown_name(p, lo, hi, after=False)

    def source_of(self, p: _Paragraph, lo: int, hi: int) -> tuple[_Speaker, str] | None:
        """Who gives the noun of saying in ``text[lo:hi]`` ("the full statement from the BMA", "Labour's
        letter"), with the noun: the mention after "from", or the possessor before the noun; None when none
        is named."""
        nouns = self._motion_nouns(p, lo, hi)
        if not nouns:
            return None
        giver = self._named_giver(p, nouns[-1], lo, hi, hi)
        return (giver, nouns[-1].text) if giver is not None else None

    def _motion_nouns(self, p: _Paragraph, lo: int, hi: int) -> list:
        """The nouns of saying ("motion", "statement", "letter") standing as whole words in text[lo:hi]."""
        return [h for h in self.registry.find("motion", p.text, lo, hi) if _is_word_at(p.text, h)]

    def _named_giver(self, p: _Paragraph, noun, lo: int, hi: int, described: int | None) -> _Speaker | None:
        """Who gives a noun of saying, named beside it: the mention just after "from" (before ``hi``; a
        head noun takes its description up to ``described``), else an actor in the noun's own phrase
        ("Labour's motion", "a BMA letter"); None when neither names one."""
        found = _FROM.match(p.text, noun.finish, hi)
        if found:
            for m in p.between(found.end(), hi):
                if m.start == found.end() and m.kind in ("actor", "head"):
                    return self._from_mention(p, m, found.end(), described)
        for m in p.between_reversed(_motion_np_start(p.text, noun.begin, lo), noun.begin):
            if m.kind == "actor":
                return _speaker_of(m.actor)
        return None

    def _finish(self, p: _Paragraph, cue: _Cue) -> None:
        if cue.speaker is not None and not cue.speaker.none:
            speaker = self._linked(p, cue.speaker, cue.start)
            if speaker.camp == "other" and cue.speaker.title_camp and not speaker.role:
                speaker = speaker._replace(camp=cue.speaker.title_camp)
            cue.speaker = self._remembered(speaker)
            self.seen.speakers.append(cue.speaker)

    def _remembered(self, speaker: _Speaker) -> _Speaker:
        """A person placed in a camp once keeps it: "Dr Jo Reed, a GP, said ..." and later "Reed said" or
        a quotation of hers are health_professionals too, though the later words name no camp."""
        if ";" in speaker.name or speaker.gender in ("body", "plural"):
            return speaker
        if speaker.camp == "other":
            known = self.seen.camps.get(speaker.name)
            return speaker._replace(camp=known) if known else speaker
        self.seen.camps.setdefault(speaker.name, speaker.camp)
        return speaker

    def _apposition(self, p: _Paragraph, anchor: Mention | None, lo: int, cue: _Cue) -> _Speaker | None:
        # "Jo Bloggs, a nurse in Leeds, said": the name before the appositive speaks
        window = p.text[lo:cue.start].rstrip()
        if not window.endswith(",") and window.count(",") >= 2:
            # "Jo Bloggs, the party's health spokesman, today in a speech dismissed ...": lower-case words of
            # time and place after the apposition leave it where it was
            tail = window[window.rindex(",") + 1:].strip()
            if tail[:1].islower() and not any(
                    m.kind in ("actor", "head") and not _AFTER_PREPOSITION.search(p.text, lo, m.start)
                    for m in p.between(lo + window.rindex(","), cue.start)):
                window = window[:window.rindex(",") + 1]
        if not window.endswith(",") or "," not in window[:-1]:
            return None
        first = lo + window.index(",")
        if anchor is not None and anchor.start < first:
            described = self._described_name(p, lo, lo + window.rindex(",", 0, len(window) - 1),
                                             lo + len(window) - 1)
            if described is not None or anchor.kind == "actor":
                return described
            # "Leeds MP Jo Bloggs, one of the Lib Dem rebels, said": an office before a name is no speaker;
            # the name before the first comma is, as below
        people = [m for m in p.between(lo, first) if m.end == first and m.kind == "actor"
                  and m.actor.type == "person"]
        if people:
            return self._from_mention(p, people[-1], lo)
        named = None if self._close_to(p, lo, first) else self._unknown_name(p, lo, first, after=False)
        if named is not None:
            placed = self.registry.place(p.text[first:cue.start])
            return _Speaker(named.name, placed.camp if placed else named.camp, named.role, named.gender)
        if window.count(",") >= 3:
            # "The Bill is a mess, Jo Bloggs, a GP in Leeds, said": the words come first, and the name and
            # its appositive are the last two stretches between commas
            start = window.rindex(",", 0, window.rindex(",", 0, len(window) - 1)) + 1
            while start < len(window) and window[start] == " ":
                start += 1
            later = self._apposition(p, None, lo + start, cue) \
                if window[start:start + 1].isupper() and not any(d in window for d in "–—()") else None
            if later is not None:
                return later
        return self._described_name(p, lo, lo + window.rindex(",", 0, len(window) - 1), lo + len(window) - 1)

    def _described_name(self, p: _Paragraph, lo: int, a: int, b: int) -> _Speaker | None:
        """"The college's chair, Dr Jo Bloggs, said": the name between two commas, placed by what precedes."""
        seg = p.text[a + 1:b].split()
        if a <= lo or not seg or len(seg) > 5:
            return None
        people = [m for m in p.between(a + 1, b) if m.kind == "actor" and m.actor.type == "person"
                  and not p.text[m.end:b].strip()]
        if people:
            named = self._from_mention(p, people[-1], a + 1)
        elif all(w[0].isupper() for w in seg):
            named = self._unknown_name(p, a + 1, b, after=True)
        else:
            return None
        if named is None:
            return None
        role = self._role(p, lo, a)
        if self.registry.actor(named.name) is None:
            placed = self.registry.place(p.text[lo:a])
            bodies = [m.actor for m in p.between(lo, a) if m.kind == "actor" and m.actor.type in ("body", "party")]
            camp = placed.camp if placed else bodies[-1].camp if bodies else named.camp
            return _Speaker(named.name, camp, role or named.role, named.gender)
        return _Speaker(named.name, named.camp, role or named.role, named.gender)

    def _name_before_cue(self, p: _Paragraph, anchor: Mention, end: int, lo: int) -> _Speaker | None:
        # "Labour MP Jo Bloggs said": an unknown name between the last mention and the cue (at end) speaks
        if anchor.kind == "actor" and anchor.actor.type == "person":
            return None
        if self._close_to(p, lo, anchor.end):
            return None                          # "a source close to Jo Bloggs said": Bloggs does not speak
        named = self._unknown_name(p, anchor.end, end, after=False)
        if named is None:
            return None
        known = self.registry.actor(named.name)
        if known is not None and known.type == "person":
            return _speaker_of(known, named.role)    # a registry person keeps its camp, whatever stands before
        if not named.role and anchor.kind == "head" and not p.text[anchor.end:end].lstrip().startswith(","):
            named = named._replace(role=self._role(p, self._np_start(p, anchor.start, lo), anchor.end))
        placed = self.registry.place(p.text[self._np_start(p, anchor.start, lo):end])
        if placed is not None and placed.camp in ("", "other"):
            placed = None                        # "RCP president Jo Bloggs": the body places her, not "president"
        if anchor.kind == "actor" and not placed:
            return _Speaker(named.name, anchor.actor.camp, named.role, named.gender)
        camp = placed.camp if placed else named.camp
        if camp == "other":
            camp = self._body_camp(p.text[self._np_start(p, anchor.start, lo):end], named.name)
        return _Speaker(named.name, camp, named.role, named.gender)

    def _name_after_body(self, p: _Paragraph, anchor: Mention, lo: int, hi: int) -> _Speaker | None:
        """ "Labour MP Jo Reed visited the ward and said": a name outside the registry right after a party or
        body and its role words, opening the subject, is the speaker, placed as :meth:`_name_before_cue`
        places one just before the cue; None when no such name follows the party or body."""
        if anchor.kind != "actor" or anchor.actor.type == "person":
            return None
        run = _ROLE_THEN_NAME.match(p.text, anchor.end, hi)
        return self._name_before_cue(p, anchor, run.end(1), lo) if run is not None else None

    def _member_of(self, p: _Paragraph, anchor: Mention, lo: int, cue: _Cue) -> _Speaker | None:
        """ "Jo Bloggs of the Patients Association said": an unknown name just before "of" or "from" and a
        body, with nothing but the body between it and the cue, speaks, in the body's camp."""
        gap = p.text[anchor.end:cue.start]
        if anchor.kind != "actor" or anchor.actor.type not in ("body", "party") or anchor.start <= lo or \
                (gap.strip(" ,") and not _INITIALS_AFTER.fullmatch(gap)):
            return None
        joint = _MEMBER_OF.search(p.text, max(lo, anchor.start - 12), anchor.start)
        if joint is None:
            return None
        named = self._unknown_name(p, lo, joint.start(), after=False)
        if named is None or p.text[lo:joint.start()].rstrip().endswith(","):
            return None
        return named._replace(camp=anchor.actor.camp or named.camp)

    def _close_to(self, p: _Paragraph, lo: int, hi: int) -> bool:
        """Whether a speaker noun in [lo, hi) is followed by "close to" or "to" ("an aide to the minister")."""
        return any(m.kind == "head" and _CLOSE_TO.match(p.text, m.end) for m in p.between(lo, hi))

    def _speaker_ends_clause(self, p: _Paragraph, cue: _Cue, s_hi: int) -> bool:
        """Whether only a speaker follows the cue in its clause ("said one senior GP." but not "said the
        Bill was dead"): every lower-case word is a determiner, a filler, or part of a mention or descriptor."""
        stop = _clause_stop(p.text, cue.end, s_hi)
        covered = [(m.start, m.end) for m in p.between(cue.end, stop)] + \
            p.describing[bisect_left(p.describing, (cue.end,)):bisect_left(p.describing, (stop,))]
        words = list(_WORD.finditer(p.text, cue.end, stop))
        if not words or len(words) > 10:
            return False
        for w in words:
            token = w.group()
            if token[0].isupper() or token.lower() in _DETERMINERS | _FILLER | _SPEAKER_LINKS or \
                    any(a <= w.start() < b for a, b in covered):
                continue
            return False
        return True

    def _after(self, p: _Paragraph, cue: _Cue, s_hi: int) -> _Speaker | None:
        stop = s_hi
        for ch in ",;:.(":
            k = p.text.find(ch, cue.end, s_hi)
            if k >= 0:
                stop = min(stop, k)
        chain: list[Mention] = []
        for m in p.between(cue.end, stop):
            if True:
                gap = p.text[(chain[-1].end if chain else cue.end):m.start].split()
                if len(gap) > (2 if chain else 3):
                    break
                chain.append(m)
        if not chain or all(m.kind == "generic" and p.text[m.start].isupper() for m in chain):
            # no mention, or only a generic noun inside a name outside the registry ("the Canal Trust")
            named = self._unknown_name(p, cue.end, stop, after=True)
            if named is not None or not chain:
                return self._described_after(p, named, stop, s_hi) if named is not None else None
        people = [m for m in chain if m.kind == "actor" and m.actor.type == "person"]
        named = None if people or chain[-1].kind != "head" or \
            {"to", "of", "for", "from", "close"} & set(p.text[cue.end:chain[-1].start].lower().split()) \
            else self._unknown_name(p, chain[-1].end, stop, after=True)
        if named is None and not people and chain[-1].kind == "actor" and chain[-1].actor.type != "person" and \
                p.text[chain[-1].end:stop].strip()[:1].islower():
            # "said RCGP chair Dr Jo Bloggs": the officer named after the body's office speaks, in its camp
            officer = self._unknown_name(p, chain[-1].end, stop, after=False)
            if officer is not None and self.registry.actor(officer.name) is None:
                at = p.text.rfind(officer.name, cue.end, stop)
                words = p.text[cue.end:at].split()
                if words and self.registry.descriptor("title", words[-1].rstrip(".")) is not None:
                    words.pop()                  # "Dr" goes with the name, not the office
                return _Speaker(officer.name, chain[-1].actor.camp, " ".join(words), officer.gender)
        if named is not None:                    # "said care minister Jo Bloggs": the name, not the office
            placed = self.registry.place(p.text[cue.end:stop])
            bodies = [m.actor.camp for m in chain if m.kind == "actor" and m.actor.type != "person"]
            camp = placed.camp if placed else bodies[0] if bodies else named.camp
            return self._described_after(p, _Speaker(named.name, camp,
                                                     self._role(p, cue.end, chain[-1].end), named.gender),
                                         stop, s_hi)
        if people and chain[0].kind == "head" and _CLOSE_TO.match(p.text, chain[0].end):
            people = []                          # "said a source close to Jo Bloggs": the source speaks
            chain = chain[:1]
        pick = people[-1] if people else chain[-1] if chain[0].kind != "none" else chain[0]
        # a head noun takes its whole description ("a source close to the health minister")
        speaker = self._from_mention(p, pick, cue.end, stop if pick.kind == "head" else chain[-1].end)
        if speaker is not None and pick.kind == "actor" and pick is not chain[0]:
            role = self._role(p, cue.end, pick.start)
            speaker = _Speaker(speaker.name, speaker.camp, role, speaker.gender)
        if speaker is not None and not speaker.none:
            speaker = self._described_after(p, speaker, stop, s_hi)
        return speaker

    def _described_after(self, p: _Paragraph, speaker: _Speaker, stop: int, s_hi: int) -> _Speaker:
        """'said Jo Bloggs, a nurse from Leeds.': a description after an unplaced name gives its camp."""
        if speaker.camp != "other" or self.registry.actor(speaker.name) is not None or \
                not p.text.startswith(",", stop):
            return speaker
        end = _clause_stop(p.text, stop + 1, s_hi)
        end = stop + 1 + len(p.text[stop + 1:end].rstrip(" .!?\"”’'"))
        placed = self.registry.place(p.text[stop + 1:end])
        if placed is None:
            return speaker
        return _Speaker(speaker.name, placed.camp, speaker.role or self._role(p, stop + 1, end), speaker.gender)

    def remember(self, p: _Paragraph) -> None:
        self.seen.mentioned.extend((m.actor, "") for m in p.mentions if m.kind == "actor")
        self.seen.texts.append(p.text)
        self.seen.last_paragraph = p
        self.seen.earlier_names.clear()
        self.seen.earlier_actors.clear()
