"""Segmenting a paragraph for statement attribution: quotations, sentences, cues and mentions.

The first stage of :mod:`newslib.statements`. A :class:`_Paragraph` pairs nothing itself (that is
:mod:`newslib.quotes`); it masks the quotations that are statements, splits the rest into sentences, and
finds the reporting cues and the mentions of speakers outside quotations, with bisection helpers so each
later look-up costs only its own window. The grammar words that shape clauses live here, in code; the
vocabulary of the debate lives in ``newslib/data``.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Iterator, NamedTuple

from .actors import Mention, Registry
from .quotes import Quotation

# Grammar words, not vocabulary about the debate: they shape clauses, so they stay in code.
# (The lookahead of first letters changes no match; it lets the regular expression engine skip, at C speed,
# every position where no alternative can start: about a quarter less time per paragraph, measured.)
_BOUNDARY = re.compile(r"(?=[tTwWaAbBdDiIsS;—–,])(?:(?<!\w)(?:that|whether|after|because|while|although|though|"
                       r"but|despite|when|as|if|since|before)(?!\w)|[;—–]|, and(?!\w))", re.I)
# A participle opening a sentence ("Writing in the Guardian, Dr X argued"): its clause holds no speaker.
_OPENER = re.compile(r"(?:[A-Z][a-z]+ing|In\s(?:a|an|his|her|its|their|the)\s(?:letter|interview|statement|speech|"
                     r"article|column|blog|post|submission|response|report|memo|email|e-mail|message|briefing)\b)"
                     r"\s?[^,;:]{0,80},")
# ("In a letter to The Times, Dr Jo Bloggs wrote": a phrase of where it was said opens the sentence)
# Grammar words that stand where a name could ("Everyone agrees"), so a lone capital is no surname.
_INDEFINITE = {"everyone", "everybody", "nobody", "no-one", "someone", "somebody", "anyone", "anybody", "many",
               "some", "others", "few", "most", "all", "both", "each", "none", "one", "several", "who", "what",
               "we", "i", "you", "there", "here", "these", "those", "such", "either", "neither"}
_SUBORDINATE = re.compile(r"(?:Although|Though|While|If|When|Because|Since|As|After|Before)\b")
_OBJECT_WORDS = {"to", "against", "about", "with", "on", "over", "into", "than", "at", "behind", "for",
                 "under", "towards", "toward", "upon"}
_NP_STOP = {"by", "from", "to", "with", "a", "an", "that", "and", "on", "in", "at", "against", "about",
            "after", "before", "as", "while", "when", "but"}
_FILLER = {"also", "today", "yesterday", "later", "then", "has", "have", "had", "is", "are", "was", "were",
           "privately", "publicly", "repeatedly", "previously", "now", "still", "again", "has", "will",
           "would", "may", "might", "could", "last", "night", "week", "been", "being", "once", "separately",
           # "Jo Bloggs is due to tell ...", "is expected to say", "is set to warn", "plans to tell"
           "to", "due", "expected", "set", "going", "about", "likely", "poised", "preparing", "planning", "plans",
           "intends", "ready"}
_DETERMINERS = {"a", "an", "the", "another", "one", "some", "two", "three", "several"}
# Words that may sit inside a speaker's description after an inverted cue ("said a source close to ...").
_SPEAKER_LINKS = {"of", "for", "close", "to", "senior", "former", "leading", "from", "at", "in", "on", "its",
                  "his", "her", "their", "statement", "interview", "morning", "afternoon", "evening"}
# After these a cue word is a noun ("the claims were rejected", "his fears"), not a reporting verb.
_NOUN_MARKERS = {"a", "an", "the", "these", "those", "this", "his", "her", "their", "its", "our",
                 "such", "whose", "any", "no", "fresh", "new", "latest", "similar", "repeated",
                 # verbs whose object is a worry or a claim, which is then a noun: "failing to allay fears"
                 "allay", "allayed", "allaying", "ease", "eased", "easing", "calm", "calmed", "spark", "sparked",
                 "sparking", "fuel", "fuelled", "fueled", "fuelling", "stoke", "stoked", "stoking",
                 "addressed", "addressing",    # not "address", a speech: "the minister's address claimed ..."
                 # ... and verbs of causing a worry in others, and "amid": "prompting fears of ...", "amid
                 # claims that ...": no one is said to fear or claim (round nine, sentences written for the tests)
                 "prompt", "prompted", "prompting", "trigger", "triggered",
                 "triggering", "provoke", "provoked", "provoking", "amid", "amidst"}
#: The last word before an offset: a run of [\w’'] holding the last word character, then only other characters
#: (an apostrophe alone is no word while a word comes before it). Searching a window for the pattern tries
#: every position in it; the window reversed is matched once from its start (:func:`_last_word`).
_LAST_WORD = re.compile(r"([\w’']+)\W*$")
_LAST_WORD_REVERSED = re.compile(r"\W*?([’']*\w[\w’']*)")
_NOT_NAMES = {"Bill", "NHS", "Act", "House", "Lords", "Commons", "Parliament", "Today", "Monday", "Tuesday",
              "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "The", "On", "In", "But", "And",
              "Health", "Social", "Care", "Meanwhile", "However", "Last", "This", "That", "It", "He", "She",
              "Yesterday", "Tonight", "Earlier", "Later", "Now", "Then", "Separately", "Instead", "Indeed",
              "Recently", "Previously", "Currently", "Finally", "Similarly", "Likewise", "Elsewhere", "Also"}
_OFFICE_WORDS = {"Health", "Social", "Care", "NHS", "House", "Lords", "Commons"}   # kept in a role
_WORD = re.compile(r"[\w’'.-]+|[^\w\s]")
# a line break ends one too; the lookahead of first characters only speeds the search (as for _BOUNDARY)
_SENTENCE_END = re.compile(r"(?=[.!?\n \t])(?:[.!?]+[\"”’']?\s+(?=[\"“‘'A-Z0-9(])|[ \t]*\n\s*)")
#: The same ends in a paragraph without a line break (most): its second branch cannot match there, and without
#: it the pattern no longer stops at every space.
_SENTENCE_END_ONE_LINE = re.compile(r"[.!?]+[\"”’']?\s+(?=[\"“‘'A-Z0-9(])")
_ABBREVIATION = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|St|No|Prof|Rev|Gen|Col|Capt|Lt|Sgt|vs|etc)|\b[A-Z])$")


class _Speaker(NamedTuple):
    """Who a cue's words belong to. Defined here, beside the cue that carries it, so that imports run one
    way: segmentation <- speakers <- statements."""

    name: str
    camp: str
    role: str = ""
    gender: str = ""        # m, f, plural, body or empty
    none: bool = False      # "reports": the cue names no speaker
    title_camp: str = ""    # the camp of the name's title ("Dr" in a health debate): used only if nothing places it


@dataclass
class _Cue:
    start: int
    end: int
    phrase: str
    after: bool
    content: bool
    speaker: _Speaker | None = None
    subject_start: int = -1     # where the speaker's words begin (for cutting complements)
    inherited: bool = False
    quoted: bool = False
    words_before: bool = False  # "..., according to X." / "..., said X.": the words precede the cue
    motion: bool = False        # "a motion calling for ...": the cue's clause is inside a noun phrase
    possessor: int = -1         # "the BMA's call for ...": where the possessive giver ends (codebook N9)
    relative: bool = False      # "X, who said ..., will ...": the words end with the relative clause


class _Paragraph:
    """The per-paragraph analysis: quotations, sentences, cues, mentions."""

    def __init__(self, text: str, quotes: list[Quotation], registry: Registry):
        self.text, self.registry = text, registry
        self.quotes = quotes
        self.labels = {q.number for q in quotes if self._is_label(q) or self._is_title(q)}
        self.masks = [(q.open_mark, (q.close_mark + 1) if q.close_mark >= 0 else len(text))
                      for q in quotes if q.number not in self.labels]
        self.masks.sort()
        self._ends = [b for _, b in self.masks]
        self.sentences = self._sentences()
        self._sentence_starts = [a for a, _ in self.sentences]
        hits = registry.scan(text)
        self.describing = sorted((h.start(), h.end()) for kind in ("camp", "title") for h in hits.get(kind, ()))
        formulas = [(h.begin, h.finish) for h in hits.get("newsroom", ())]    # "Pulse has been told"
        # a cue word used as a noun is no cue, unless it is a noun of saying with its giver as possessor
        # (possessor >= 0); "a call from X" is a noun by design
        # a verb of naming is a cue before a quotation, or, with no quotation, before a judgement with its
        # article ("called the overhaul a huge gamble"), which is then its content
        self.cues = [_Cue(m.begin, m.finish, c.cue, c.speaker == "after", c.content or named or asked,
                          possessor=owner)
                     for m in hits.get("cue", ()) if not self.masked(m.begin)
                     for noun in [self._is_noun(m.begin) and not m.text.lower().endswith(" from")]
                     for owner in [self._possessed_saying(m.begin, m.finish) if noun else -1]
                     if not noun or owner >= 0
                     if not any(a <= m.begin < b for a, b in formulas)
                     and not _not_a_cue(text, m.begin, m.finish)
                     for c in [registry.cue(m.text)]
                     for quoted in [c.quoted_only and self._quotation_after(m.finish)]
                     for named in [c.naming and not quoted and _NAMING.match(text, m.finish) is not None]
                     for asked in [c.request and _REQUEST.match(text, m.finish) is not None]
                     if not c.quoted_only or quoted or named]
        self.cues = sorted(self.cues + self._punctuation_cues(hits), key=lambda c: c.start)
        organisations = {h.begin for h in hits.get("organisation", ())}       # "the Carter Trust"
        self.mentions = registry.mentions_in(text, hits)
        if self.masks or organisations:          # a paragraph without quotations masks nothing
            self.mentions = [m for m in self.mentions if not self.masked(m.start)
                             and not (m.kind == "actor" and m.actor.type == "person"
                                      and text[m.end:m.end + 1] == " " and m.end + 1 in organisations)]
        self._starts = [m.start for m in self.mentions]
        self._boundaries: tuple[list[int], list[int]] | None = None

    def _quotation_after(self, i: int) -> bool:
        """Whether a quotation (not a label or title) opens after offset i in i's sentence."""
        end = self.sentence_of(i)[1]
        if "_opens" not in self.__dict__:        # the opening marks in order, listed once per paragraph
            self._opens = sorted(q.open_mark for q in self.quotes if q.number not in self.labels)
        k = bisect_left(self._opens, i)
        return k < len(self._opens) and self._opens[k] < end

    def _punctuation_cues(self, hits: dict) -> list[_Cue]:
        """A name and a colon before a quotation ('Mr Jo Bloggs: "..."'), or a dash and a name after one
        ('"..." — Jo Bloggs, GP.'), with no reporting verb: the colon or dash is the cue."""
        found: list[_Cue] = []
        if not self.quotes:
            return found
        text = self.text
        cue_starts: list[int] = []

        def no_cue(lo: int, hi: int) -> bool:
            if not cue_starts:
                cue_starts.extend(h.start() for h in hits.get("cue", ()))
            return bisect_left(cue_starts, lo) == bisect_left(cue_starts, hi)

        for q in self.quotes:
            if q.part or q.number in self.labels:
                continue
            j = q.open_mark
            while j > 0 and text[j - 1].isspace():
                j -= 1
            j -= 1
            if j > 0 and text[j] == ":":
                s_lo = self.sentence_of(j)[0]
                if _name_between(text, s_lo, j) and no_cue(s_lo, j):
                    found.append(_Cue(j, j + 1, ":", False, False))
            if q.close_mark < 0:
                continue
            k = _SPACES.match(text, q.close_mark + 1).end()
            if text[k:k + 1] in ("—", "–"):
                s_hi = self.sentence_of(k)[1]
                comma = text.find(",", k + 1, s_hi)
                if _name_between(text, k + 1, comma if comma >= 0 else s_hi) and no_cue(k, s_hi):
                    found.append(_Cue(k, k + 1, text[k], True, False))
        return found

    def _is_noun(self, i: int) -> bool:
        """Whether the cue word at ``i`` is a noun: after a determiner or a possessive ("Labour's claims")."""
        last = _last_word(self.text, i)
        if last is None or self.text[last[1]:i].strip():
            return False
        word = last[0]
        return word.lower() in _NOUN_MARKERS or word.endswith(("'s", "’s", "s'", "s’"))

    def _possessed_saying(self, i: int, j: int) -> int:
        """Where the possessive giver ends, for a noun of saying with its giver as possessor and its content
        after it ("the BMA's call for the Bill to be withdrawn", "ministers' claims that ..."): a statement
        of the giver (codebook N9); -1 for any other noun."""
        last = _last_word(self.text, i)
        if last is None or not last[0].endswith(("'s", "’s", "s'", "s’")):
            return -1
        content = self.text[i:j].lower().endswith((" for", " on")) or self.text.startswith(" that ", j)
        return last[1] if content else -1

    def masked(self, i: int) -> bool:
        if not self.masks:
            return False
        k = bisect_right(self.masks, (i, len(self.text) + 1)) - 1
        return k >= 0 and self.masks[k][0] <= i < self.masks[k][1]

    def between(self, lo: int, hi: int) -> list[Mention]:
        """Mentions starting in [lo, hi), found by bisection so each cue costs only its own window."""
        return self.mentions[bisect_left(self._starts, lo):bisect_left(self._starts, hi)]

    def between_reversed(self, lo: int, hi: int) -> Iterator[Mention]:
        """Mentions starting in [lo, hi), last first, without copying the window."""
        first = bisect_left(self._starts, lo)
        for k in range(bisect_left(self._starts, hi) - 1, first - 1, -1):
            yield self.mentions[k]

    def last_boundary_end(self, lo: int, hi: int) -> int:
        """The end of the last clause boundary ("that", "because", ";", ", and" ...) inside [lo, hi), or lo.

        In a short paragraph the last 80 characters are read (the usual case); in a long one, or when they
        hold no boundary, the boundaries of the whole paragraph are found, once, so a cue near the end of
        a long paragraph does not read it again. (Matches never overlap, and none spans a cue's start, which follows no word
        character: a window finds exactly the matches of the paragraph that lie inside it.)
        """
        if self._boundaries is None and len(self.text) < 2000:
            m = None
            for m in _BOUNDARY.finditer(self.text, max(lo, hi - 80), hi):
                pass
            if m is not None:
                return m.end()
            if hi - 80 <= lo:
                return lo
        if self._boundaries is None:
            found = [(m.start(), m.end()) for m in _BOUNDARY.finditer(self.text)]
            self._boundaries = ([a for a, _ in found], [b for _, b in found])
        starts, ends = self._boundaries
        k = bisect_right(ends, hi) - 1
        return ends[k] if k >= 0 and starts[k] >= lo else lo

    def _is_label(self, q: Quotation) -> bool:
        # an unnamed "Downing Street source" said ...: the quoted words are the subject of the cue
        if q.close_mark < 0 or q.open_mark == q.start or len(self.text[q.start:q.end].split()) > 5:
            return False                         # (a quotation that lost its opening mark is no label)
        after = self.text[q.close_mark + 1:q.close_mark + 40].lstrip()
        before = self.text[:q.open_mark].rstrip()
        match = self.registry.find("cue", after[:20])
        return bool(match and match[0].start() == 0 and before and before[-1].isalpha())

    def _is_title(self, q: Quotation) -> bool:
        before = self.text[max(0, q.open_mark - 40):q.open_mark]
        words = before.rstrip(" ,").split()
        tail = " ".join(words[-2:])
        return any(m.end() == len(tail) for m in self.registry.find("work", tail))

    def _sentences(self) -> list[tuple[int, int]]:
        bounds, start = [], 0
        for m in (_SENTENCE_END if "\n" in self.text else _SENTENCE_END_ONE_LINE).finditer(self.text):
            if self.masked(m.start()) or _ABBREVIATION.search(self.text, max(0, m.start() - 6), m.start()):
                continue
            bounds.append((start, m.end()))
            start = m.end()
        bounds.append((start, len(self.text)))
        return [(a, b) for a, b in bounds if a < b]

    def sentence_of(self, i: int) -> tuple[int, int]:
        k = bisect_right(self._sentence_starts, i) - 1
        if k >= 0 and i < self.sentences[k][1]:
            return self.sentences[k]
        return self.sentences[-1]

    def last_close_before(self, i: int, floor: int) -> int:
        k = bisect_right(self._ends, i) - 1
        return self._ends[k] if k >= 0 and self._ends[k] >= floor else floor


_SPACES = re.compile(r"\s*")
_TIME_STAMP = re.compile(r"^\d{1,2}[:.]\d{2}\s+")


#: "was heavily criticised", "were rejected", "will be accused": a verb of saying in the passive has the
#: words' target, not their speaker, as its subject ("is said to" and the like are cues of their own).
_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:(?:\w+ly|also|not|never|then|now|already|still|later|since|duly)\s+)?$", re.I)
#: A verb of naming with a judgement and no quotation: "called the overhaul a huge gamble", "calls it an
#: insult to patients" (but not "called the minister a day later", "called them an hour ago").
#: A request's object and infinitive: "asked everyone to contact their MP", "asked peers to reject the Bill"
#: (not "asked to the meeting"): up to four words, then "to" and a verb.
_REQUEST = re.compile(r"\s+(?:[\w'’-]+\s+){1,4}?to\s+(?!(?:the|a|an|his|her|their|its|our|this|that|be)\b)[a-z]+")
_NAMING = re.compile(r"\s+(?:it|them|this|these|the\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+(?:a|an)\s+"
                     r"(?!(?:day|week|month|year|hour|minute|second|few|number|couple|time|little|bit|lot)\b)"
                     r"(?:[\w'’-]+\s+){0,3}?[\w'’-]+")
#: Participles that are adjectives of feeling after "is" ("the union is concerned that ..."): never passive.
_ADJECTIVAL = frozenset({"concerned", "worried", "alarmed", "disappointed", "pleased", "delighted", "convinced",
                         "furious", "angry"})
#: A cue word that is part of a compound noun here ("think tank").
_COMPOUND_AFTER = re.compile(r"[ -]tanks?\b")
#: A verb of saying in the infinitive that another cue asks for: "urged ministers to think again", "asked
#: peers to say no": the words asked for, not a new speaker's cue ("is expected to say" is a cue of its own).
_ASKED_TO = re.compile(r"\b(?:urg\w*|ask\w*|call\w*\s+on|told|tell\w*|press\w*|encourag\w*|invit\w*|"
                       r"implor\w*|beg\w*|challeng\w*)\s+(?:[\w'’-]+\s+){1,5}to\s+$", re.I)


def _last_word(text: str, i: int, reach: int = 30) -> tuple[str, int] | None:
    """The last word in ``text[i - reach:i]`` and the offset where it ends, or None (a word cut by the window's
    start is read from there).

    >>> _last_word("the union's call", 12), _last_word("the unions' call", 12), _last_word("a 'new", 3)
    (("union's", 11), ("unions'", 11), ('a', 1))
    """
    lo = max(0, i - reach)
    m = _LAST_WORD_REVERSED.match(text[lo:i][::-1])
    if m is not None:
        return m.group(1)[::-1], i - m.start(1)
    m = _LAST_WORD.search(text, lo, i)           # no word character at all: the first run of apostrophes
    return None if m is None else (m.group(1), m.end(1))


def _not_a_cue(text: str, start: int, end: int) -> bool:
    """Whether the cue at text[start:end] is a past participle in the passive, part of a compound, or an
    infinitive that another cue asks for."""
    if _COMPOUND_AFTER.match(text, end):
        return True
    if text[max(0, start - 3):start].lower() == "to " and _ASKED_TO.search(text, max(0, start - 70), start):
        return True
    if text[start:end].lower().endswith(" by"):
        return False                             # "urged by the BMA to ...": the passive with its agent
    word = text[start:end].split()[0].lower()
    participle = (word.endswith("ed") and word not in _ADJECTIVAL) or word in ("told", "thought", "written", "set", "spelt")
    # "which was set out in 2000", or the agent after the participle: "the plans outlined by the minister"
    return participle and (bool(_PASSIVE.search(text, max(0, start - 40), start))
                           or text[end:end + 4].lower() == " by ")


def _looks_like_a_name(words: str) -> bool:
    """A short stretch of words ending in a capitalised one ("Health Secretary Jo Bloggs", "Mr Bloggs"),
    after the time stamp of a live page ("14:02 Jo Bloggs")."""
    words = _TIME_STAMP.sub("", words.strip(" .!?"), count=1)
    return 0 < len(words.split()) <= 6 and words.split()[-1][:1].isupper() and words[:1].isupper()


def _name_between(text: str, lo: int, hi: int) -> bool:
    """:func:`_looks_like_a_name` for text[lo:hi], refusing a long stretch from a short look at its end."""
    if hi - lo > 200 and len(text[hi - 200:hi].split(None, 8)) > 8:
        return False                             # nine words or more: no name, however long the rest
    return _looks_like_a_name(text[lo:hi])


def _follows_comma(text: str, s_lo: int, i: int) -> bool:
    """Whether text[s_lo:i] ends with a comma, white space aside (read backwards from i only)."""
    while i > s_lo and text[i - 1].isspace():
        i -= 1
    return i > s_lo and text[i - 1] == ","


_CLAUSE_STOP = re.compile(r"[,;:(—–]")


def _clause_stop(text: str, lo: int, hi: int) -> int:
    """The first comma, semicolon, colon, bracket or dash in text[lo:hi], or hi."""
    m = _CLAUSE_STOP.search(text, lo, hi)
    return m.start() if m else hi
