"""Who says what: statements, their speakers and their camps.

:func:`statements` turns a corpus into a table with one row per statement: each quotation or reported
view, attributed to whoever the article says is speaking. The rules are those of
``seeds/statements_codebook.md``; the vocabulary (names, camps, cues, descriptor words) is data, read by
:mod:`newslib.actors`. One article is processed at a time by :func:`article_statements`, with no state
shared between articles, so articles can be processed in parallel.

How a statement is found, in one pass over each paragraph:

1. quotation marks are paired (:mod:`newslib.quotes`); cues and mentions are found outside quotations;
2. each cue gets a speaker: the nearest mention before it in its clause, skipping objects ("to X",
   "against X"), or the mention after it for "according to X" and inverted "..., said X"; participles
   ("..., saying") inherit the previous cue's speaker; pronouns and definite descriptions ("she", "the
   spokeswoman", "the party") go to the most recent compatible speaker or mention; anonymous people
   ("a No.10 spokeswoman", "party sources") become the body they speak for;
3. each quotation takes the nearest cue before it in its sentence, else the nearest after it, else (a
   quotation standing as its own sentence) the speaker of the sentence before;
4. each cue with content whose speaker has no quotation from it gives a ``reported`` row.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Iterator, NamedTuple

from .actors import Actor, Mention, Registry, load_registry
from .articles import Article
from .quotes import Quotation, find_quotations, is_direct

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["Statement", "STATEMENT_COLUMNS", "article_statements", "statements", "compare_with_gold"]

#: The columns of :func:`statements`, in order.
STATEMENT_COLUMNS = ("article_id", "paragraph", "speaker", "role", "camp", "kind", "cue", "text", "start",
                     "end", "quote_id")

# Grammar words, not vocabulary about the debate: they shape clauses, so they stay in code.
_BOUNDARY = re.compile(r"(?<!\w)(?:that|whether|after|because|while|although|though|but|despite|when|as|if"
                       r"|since|before)(?!\w)|[;—–]|, and(?!\w)", re.I)
_SUBORDINATE = re.compile(r"(?:Although|Though|While|If|When|Because|Since|As|After|Before)\b")
_OBJECT_WORDS = {"to", "against", "about", "with", "on", "over", "into", "than", "at", "behind", "for",
                 "under", "towards", "toward", "upon"}
_NP_STOP = {"by", "from", "to", "with", "a", "an", "that", "and", "on", "in", "at", "against", "about",
            "after", "before", "as", "while", "when", "but"}
_FILLER = {"also", "today", "yesterday", "later", "then", "has", "have", "had", "is", "are", "was", "were",
           "privately", "publicly", "repeatedly", "previously", "now", "still", "again", "has", "will",
           "would", "may", "might", "could", "last", "night", "week", "been", "being", "once", "separately"}
_DETERMINERS = {"a", "an", "the", "another", "one", "some", "two", "three", "several"}
# Words that may sit inside a speaker's description after an inverted cue ("said a source close to ...").
_SPEAKER_LINKS = {"of", "for", "close", "to", "senior", "former", "leading", "from", "at", "in", "on", "its",
                  "his", "her", "their", "statement", "interview", "morning", "afternoon", "evening"}
# After these a cue word is a noun ("the claims were rejected", "his fears"), not a reporting verb.
_NOUN_MARKERS = {"a", "an", "the", "these", "those", "this", "his", "her", "their", "its", "our",
                 "such", "whose", "any", "no", "fresh", "new", "latest", "similar", "repeated"}
_LAST_WORD = re.compile(r"([\w’']+)\W*$")
_NOT_NAMES = {"Bill", "NHS", "Act", "House", "Lords", "Commons", "Parliament", "Today", "Monday", "Tuesday",
              "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "The", "On", "In", "But", "And",
              "Health", "Social", "Care", "Meanwhile", "However", "Last", "This", "That", "It", "He", "She"}
_OFFICE_WORDS = {"Health", "Social", "Care", "NHS", "House", "Lords", "Commons"}   # kept in a role
_WORD = re.compile(r"[\w’'.-]+|[^\w\s]")
_SENTENCE_END = re.compile(r"[.!?]+[\"”’']?\s+(?=[\"“‘'A-Z0-9(])")
_ABBREVIATION = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|St|No|Prof|Rev|Gen|Col|Capt|Lt|Sgt|vs|etc)|\b[A-Z])$")


@dataclass(frozen=True)
class Statement:
    """One statement: a quotation or reported view attributed to a speaker (one row of the table)."""

    article_id: str
    paragraph: int
    speaker: str
    role: str
    camp: str
    kind: str
    cue: str
    text: str
    start: int
    end: int
    quote_id: str


class _Speaker(NamedTuple):
    name: str
    camp: str
    role: str = ""
    gender: str = ""        # m, f, plural, body or empty
    none: bool = False      # "reports": the cue names no speaker


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


@dataclass
class _Discourse:
    """What an article has said so far: speakers and mentions, most recent last."""

    speakers: list[_Speaker] = field(default_factory=list)
    mentioned: list[tuple[Actor, str]] = field(default_factory=list)


def _gender_of(actor: Actor) -> str:
    return actor.gender or ("body" if actor.type in ("body", "party") else "")


def _speaker_of(actor: Actor, role: str = "", title_gender: str = "") -> _Speaker:
    return _Speaker(actor.name, actor.camp, role, _gender_of(actor) or title_gender)


def _joint(people: list[_Speaker], role: str) -> _Speaker:
    if len(people) == 1:
        return _Speaker(people[0].name, people[0].camp, role or people[0].role, people[0].gender)
    camps = {p.camp for p in people}
    return _Speaker("; ".join(p.name for p in people), camps.pop() if len(camps) == 1 else "other", role,
                    "plural")


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
        hits = registry.scan(text)
        self.describing = sorted((h.start(), h.end()) for kind in ("camp", "title") for h in hits.get(kind, ()))
        self.cues = [_Cue(m.start(), m.end(), c.cue, c.speaker == "after", c.content)
                     for m in hits.get("cue", ()) if not self.masked(m.start()) and not self._is_noun(m.start())
                     for c in [registry.cue(m.group())]]
        self.mentions = [m for m in registry.mentions_in(text, hits) if not self.masked(m.start)]
        self._starts = [m.start for m in self.mentions]

    def _is_noun(self, i: int) -> bool:
        """Whether the cue word at ``i`` is a noun: after a determiner or a possessive ("Labour's claims")."""
        m = _LAST_WORD.search(self.text, max(0, i - 30), i)
        if m is None or self.text[m.end(1):i].strip():
            return False
        word = m.group(1)
        return word.lower() in _NOUN_MARKERS or word.endswith(("'s", "’s", "s'", "s’"))

    def masked(self, i: int) -> bool:
        k = bisect_right(self.masks, (i, len(self.text) + 1)) - 1
        return k >= 0 and self.masks[k][0] <= i < self.masks[k][1]

    def between(self, lo: int, hi: int) -> list[Mention]:
        """Mentions starting in [lo, hi), found by bisection so each cue costs only its own window."""
        return self.mentions[bisect_left(self._starts, lo):bisect_left(self._starts, hi)]

    def _is_label(self, q: Quotation) -> bool:
        # an unnamed "Downing Street source" said ...: the quoted words are the subject of the cue
        if q.close_mark < 0 or len(self.text[q.start:q.end].split()) > 5:
            return False
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
        for m in _SENTENCE_END.finditer(self.text):
            if self.masked(m.start()) or _ABBREVIATION.search(self.text, max(0, m.start() - 6), m.start()):
                continue
            bounds.append((start, m.end()))
            start = m.end()
        bounds.append((start, len(self.text)))
        return [(a, b) for a, b in bounds if a < b]

    def sentence_of(self, i: int) -> tuple[int, int]:
        for a, b in self.sentences:
            if a <= i < b:
                return a, b
        return self.sentences[-1]

    def last_close_before(self, i: int, floor: int) -> int:
        k = bisect_right(self._ends, i) - 1
        return self._ends[k] if k >= 0 and self._ends[k] >= floor else floor


class _Resolver:
    """Gives each cue of an article a speaker, keeping the discourse history."""

    def __init__(self, registry: Registry):
        self.registry = registry
        self.seen = _Discourse()

    # ---- finding the anchor mention -------------------------------------------------------------
    def _is_object(self, p: _Paragraph, m: Mention, cues: list[_Cue]) -> bool:
        before = p.text[max(0, m.start - 60):m.start].split()
        while before and before[-1].lower() in _DETERMINERS | {"pro-reform", "former", "senior"}:
            before.pop()
        if before and before[-1].lower() in _OBJECT_WORDS:
            return True
        gap_start = m.start - 12
        return any(gap_start <= c.end <= m.start and not p.text[c.end:m.start].strip(" ").lower()
                   .removeprefix("the").strip() for c in cues)

    def _anchor(self, p: _Paragraph, lo: int, hi: int, cues: list[_Cue]) -> Mention | None:
        found = [m for m in p.between(lo, hi) if m.end <= hi and not self._is_object(p, m, cues)
                 and (m.kind != "generic" or p.text[max(0, m.start - 5):m.start].split()[-1:] in (["the"], ["The"]))]
        return found[-1] if found else None

    # ---- turning a mention into a speaker -------------------------------------------------------
    def _np_start(self, p: _Paragraph, i: int, floor: int) -> int:
        j = i
        for m in reversed(list(_WORD.finditer(p.text, floor, i))):
            token = m.group()
            if not (token[0].isalnum() or token in "’'") or token.lower() in _NP_STOP:
                break
            j = m.start()
        return j

    def _role(self, p: _Paragraph, lo: int, hi: int) -> str:
        words = p.text[lo:hi].split()
        while words and (words[0].lower() in _DETERMINERS or words[0] in _NOT_NAMES - _OFFICE_WORDS):
            words.pop(0)
        while words and words[-1].lower() in _FILLER:
            words.pop()
        role = " ".join(words).strip(" ,\"“”‘’'")
        if role and (self.registry.place(role) or self.registry.find("actor", role)
                     or self.registry.find("head", role)):
            return role
        return ""

    def _resolve_generic(self, noun: str, before: Iterable[Actor]) -> Actor | None:
        noun = noun.lower()
        for actor in before:
            if noun in f"{actor.name} {actor.role} {actor.type}".lower():
                return actor
        return None

    def _recent_actors(self, p: _Paragraph, i: int) -> Iterator[Actor]:
        """Actors mentioned before offset i, most recent first (lazily: the search usually stops early)."""
        for m in reversed(p.between(0, i)):
            if m.kind == "actor" and m.end <= i:
                yield m.actor
        for actor, _ in reversed(self.seen.mentioned):
            yield actor

    def _pronoun(self, p: _Paragraph, m: Mention, floor: int) -> _Speaker | None:
        word = p.text[m.start:m.end].lower()
        d = m.descriptor
        if word == "who":
            prior = [x for x in p.between(floor, m.start) if x.kind != "pronoun"]
            return self._from_mention(p, prior[-1], floor) if prior else None
        want = {"m": ("m",), "f": ("f",), "plural": ("plural", "body"), "body": ("body", "plural")}.get(
            d.gender or d.number, ())
        for s in reversed(self.seen.speakers):
            if s.gender in want:
                return _Speaker(s.name, s.camp, "", s.gender)
        if want in (("m",), ("f",)):             # a person of unknown gender (a name not in the registry)
            for s in reversed(self.seen.speakers):
                if not s.gender:
                    return _Speaker(s.name, s.camp, "", s.gender)
        for actor in self._recent_actors(p, m.start):
            if _gender_of(actor) in want:
                return _speaker_of(actor)
        return None

    def _from_mention(self, p: _Paragraph, m: Mention, floor: int, hi: int | None = None) -> _Speaker | None:
        hi = m.end if hi is None else hi
        if m.kind == "none":
            return _Speaker("", "", none=True)
        if m.kind == "pronoun":
            return self._pronoun(p, m, floor)
        if m.kind == "actor":
            chain = [m]
            for prev in reversed([x for x in p.between(floor, m.start) if x.kind == "actor"]):
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
        text_np = p.text[np_start:max(hi, m.end)]
        d = m.descriptor
        gender = d.gender or d.number
        if m.kind == "head" and np_start < m.start and p.text[np_start:m.start].split()[0].lower() == "the" \
                and not self.registry.find("actor", text_np):
            for s in reversed(self.seen.speakers):      # the spokeswoman: a definite description
                if d.phrase.lower() in s.role.lower():
                    return _Speaker(s.name, s.camp, role, s.gender)
        bodies = [x for x in p.between(np_start, max(hi, m.end)) if x.kind == "actor"
                  and x.end <= max(hi, m.end) and x.actor.type in ("body", "party")]
        if bodies:
            return _Speaker(bodies[0].actor.name, bodies[0].actor.camp, role, gender or "body")
        generic = [x for x in p.between(np_start, max(hi, m.end)) if x.kind == "generic"
                   and x.end <= max(hi, m.end)]
        for g in generic or ([m] if m.kind == "generic" else []):
            actor = self._resolve_generic(g.descriptor.phrase, self._recent_actors(p, g.start))
            if actor is not None:
                return _Speaker(actor.name, actor.camp, role, gender or _gender_of(actor))
        placed = self.registry.place(text_np)
        if placed is not None:
            body = self.registry.actor(placed.body) if placed.body else None
            if body is not None:
                return _Speaker(body.name, body.camp, role, gender or "body")
            name = placed.body or (role or p.text[m.start:m.end])
            return _Speaker(name, placed.camp, role, gender)
        if m.kind == "head":                         # "another source": the body of the last body speaker
            for s in reversed(self.seen.speakers):
                if s.gender in ("body", "plural") and self.registry.actor(s.name) is not None:
                    return _Speaker(s.name, s.camp, role, gender)
            return _Speaker(role or p.text[m.start:m.end], "other", role, gender)
        return None

    def _title_gender(self, title: str) -> str:
        d = self.registry.descriptor("title", title) if title else None
        return d.gender if d else ""

    def _unknown_name(self, p: _Paragraph, lo: int, hi: int, after: bool) -> _Speaker | None:
        tokens = list(_WORD.finditer(p.text, lo, hi))
        if after:
            run = []
            for t in tokens:
                if t.group()[0].isupper() or (run and t.group() in ("'s",)):
                    run.append(t)
                elif run or t.group().lower() not in _DETERMINERS:
                    break
        else:
            while tokens and tokens[-1].group().lower() in _FILLER:
                tokens.pop()
            run = []
            for t in reversed(tokens):
                if t.group()[0].isupper() and t.group() not in _NOT_NAMES:
                    run.insert(0, t)
                else:
                    break
        while run and (run[0].group().isupper() or self.registry.place(run[0].group())):
            run.pop(0)                           # "Labour MP Jo Bloggs": MP describes, it is not a name
        titled = bool(run) and self.registry.descriptor("title", run[0].group().rstrip(".")) is not None
        if len(run) < 2:
            return None
        # a title stays with a lone surname ("Lord Pryce", "Baroness Lowe"), it goes before a full name
        name_start = run[1].start() if titled and len(run) > 2 else run[0].start()
        name = p.text[name_start:run[-1].end()]
        role_lo = self._np_start(p, run[0].start(), lo)
        role = self._role(p, role_lo, run[0].start())
        placed = self.registry.place(p.text[max(lo, role_lo - 60):hi])
        gender = self._title_gender(run[0].group().rstrip(".")) if titled else ""
        return _Speaker(name, placed.camp if placed else "other", role, gender)

    # ---- one cue ---------------------------------------------------------------------------------
    def resolve(self, p: _Paragraph, cue: _Cue, sentence: tuple[int, int], earlier: list[_Cue]) -> None:
        s_lo, s_hi = sentence
        between = p.text[p.last_close_before(cue.start, s_lo):cue.start]
        inverted = not cue.after and p.last_close_before(cue.start, s_lo) > s_lo and \
            not between.strip(" ,") and cue.start > s_lo
        if cue.after or inverted:
            cue.speaker = self._after(p, cue, s_hi)
            cue.subject_start = cue.end
            cue.words_before = cue.after and _follows_comma(p.text, s_lo, cue.start)
        elif cue.start > s_lo and _follows_comma(p.text, s_lo, cue.start) and \
                self._speaker_ends_clause(p, cue, s_hi) and self._after(p, cue, s_hi) is not None:
            cue.speaker = self._after(p, cue, s_hi)     # "The plan will fail, said Jo Bloggs."
            cue.subject_start, cue.words_before = cue.end, True
        else:
            lo = max([s_lo, p.last_close_before(cue.start, s_lo)] +
                     [m.end() for m in _BOUNDARY.finditer(p.text, s_lo, cue.start)] +
                     [c.end for c in earlier])
            anchor = self._anchor(p, lo, cue.start, earlier)
            if anchor is not None and self._from_mention(p, anchor, lo, cue.start) is None:
                anchor = None
            if anchor is None and earlier and earlier[-1].speaker is not None:
                cue.speaker, cue.inherited = earlier[-1].speaker, True
                cue.subject_start = cue.start
            else:
                if anchor is None:
                    anchor = self._anchor(p, s_lo, cue.start, earlier)
                if anchor is not None:
                    cue.speaker = self._apposition(p, anchor, lo, cue) or \
                        self._name_before_cue(p, anchor, cue, lo) or \
                        self._from_mention(p, anchor, lo if anchor.start >= lo else s_lo, cue.start)
                    cue.subject_start = self._np_start(p, anchor.start, s_lo)
                else:
                    cue.speaker = self._apposition(p, None, lo, cue) or \
                        self._unknown_name(p, lo, cue.start, after=False)
                    cue.subject_start = lo
        if cue.speaker is not None and not cue.speaker.none:
            self.seen.speakers.append(cue.speaker)

    def _apposition(self, p: _Paragraph, anchor: Mention | None, lo: int, cue: _Cue) -> _Speaker | None:
        # "Jo Bloggs, a nurse in Leeds, said": the name before the appositive speaks
        window = p.text[lo:cue.start].rstrip()
        if not window.endswith(",") or "," not in window[:-1]:
            return None
        first = lo + window.index(",")
        if anchor is not None and anchor.start < first:
            return self._described_name(p, lo, lo + window.rindex(",", 0, len(window) - 1), lo + len(window) - 1)
        people = [m for m in p.between(lo, first) if m.end == first and m.kind == "actor"
                  and m.actor.type == "person"]
        if people:
            return self._from_mention(p, people[-1], lo)
        named = self._unknown_name(p, lo, first, after=False)
        if named is not None:
            placed = self.registry.place(p.text[first:cue.start])
            return _Speaker(named.name, placed.camp if placed else named.camp, named.role, named.gender)
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

    def _name_before_cue(self, p: _Paragraph, anchor: Mention, cue: _Cue, lo: int) -> _Speaker | None:
        # "Labour MP Jo Bloggs said": an unknown name between the last mention and the cue speaks
        if anchor.kind == "actor" and anchor.actor.type == "person":
            return None
        named = self._unknown_name(p, anchor.end, cue.start, after=False)
        if named is None:
            return None
        if not named.role and anchor.kind == "head" and not p.text[anchor.end:cue.start].lstrip().startswith(","):
            named = named._replace(role=self._role(p, self._np_start(p, anchor.start, lo), anchor.end))
        placed = self.registry.place(p.text[self._np_start(p, anchor.start, lo):cue.start])
        if anchor.kind == "actor" and not placed:
            return _Speaker(named.name, anchor.actor.camp, named.role, named.gender)
        return _Speaker(named.name, placed.camp if placed else named.camp, named.role, named.gender)

    def _speaker_ends_clause(self, p: _Paragraph, cue: _Cue, s_hi: int) -> bool:
        """Whether only a speaker follows the cue in its clause ("said one senior GP." but not "said the
        Bill was dead"): every lower-case word is a determiner, a filler, or part of a mention or descriptor."""
        stop = _clause_stop(p.text, cue.end, s_hi)
        covered = [(m.start, m.end) for m in p.between(cue.end, stop)] + \
            [span for span in p.describing if cue.end <= span[0] < stop]
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
        if not chain:
            named = self._unknown_name(p, cue.end, stop, after=True)
            return self._described_after(p, named, stop, s_hi) if named is not None else None
        people = [m for m in chain if m.kind == "actor" and m.actor.type == "person"]
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


def _strip(text: str, lo: int, hi: int) -> tuple[int, int]:
    """Trim white space, a leading 'that' or bracketed aside, and trailing punctuation from text[lo:hi]."""
    while True:
        while lo < hi and text[lo] in " ,:\t—–":
            lo += 1
        if text.startswith("that ", lo):
            lo += 5
        elif text.startswith("(", lo) and ")" in text[lo:hi]:
            lo = text.index(")", lo) + 1
        else:
            break
    while hi > lo and text[hi - 1] in " ,.;:!?\t":
        hi -= 1
    return lo, hi


def _complement(p: _Paragraph, cue: _Cue, cues: list[_Cue], sentence: tuple[int, int],
                registry: Registry) -> tuple[int, int]:
    s_lo, s_hi = sentence
    if cue.words_before:
        lo, hi = _strip(p.text, s_lo, cue.start)
        return (lo, hi) if len(p.text[lo:hi].split()) >= 2 else (lo, lo)
    lo, hi = cue.end, s_hi
    if cue.after:
        lo = max(lo, _after_np_end(p, cue, s_hi))
    if cue.phrase.lower().startswith(("told", "tell")):
        lo = _skip_addressee(p.text, lo, s_hi, registry)
    for nxt in cues:
        if nxt.start <= cue.start or nxt.speaker is None:
            continue
        if nxt.inherited:
            hi = min(hi, nxt.start)
        elif not nxt.after and nxt.subject_start > cue.end and _trailing(p, nxt, s_hi, registry):
            hi = min(hi, nxt.subject_start)
    if _SUBORDINATE.match(p.text, s_lo) and "," in p.text[cue.end:hi]:
        hi = p.text.index(",", cue.end, hi)
    lo, hi = _strip(p.text, lo, hi)
    if hi - lo < 2 or len(p.text[lo:hi].split()) < 2:
        if _trailing(p, cue, s_hi, registry) and not cue.inherited:
            return _strip(p.text, s_lo, cue.subject_start)
        return lo, lo
    return lo, hi


def _follows_comma(text: str, s_lo: int, i: int) -> bool:
    return text[s_lo:i].rstrip().endswith(",")


def _clause_stop(text: str, lo: int, hi: int) -> int:
    stop = hi
    for ch in ",;:(—–":
        k = text.find(ch, lo, stop)
        if k >= 0:
            stop = k
    return stop


def _after_np_end(p: _Paragraph, cue: _Cue, s_hi: int) -> int:
    k = p.text.find(",", cue.end, s_hi)
    return k + 1 if k >= 0 else s_hi


def _trailing(p: _Paragraph, cue: _Cue, s_hi: int, registry: Registry) -> bool:
    """'..., party sources have told the paper.': the cue ends its sentence, its words come before it."""
    rest = _skip_addressee(p.text, cue.end, s_hi, registry)
    before = p.text[:cue.subject_start].rstrip()
    return not p.text[rest:s_hi].strip(" .!?\"”’'") and before.endswith((",", ",\"", ",”"))


def _skip_addressee(text: str, lo: int, hi: int, registry: Registry) -> int:
    """The offset after the addressee of "told" ("told the Guardian", "told BBC Radio 5 live's show")."""
    for m in registry.find("addressee", text, lo, hi):
        if not text[lo:m.start()].strip():
            return m.end()                       # a known addressee: the content starts right after it
        break
    i = lo
    words = list(_WORD.finditer(text, lo, hi))
    for k, t in enumerate(words):                # an unknown one: a run of names ("Radio 5 live's")
        word = t.group()
        nxt = words[k + 1].group() if k + 1 < len(words) else ""
        if word[0].isupper() or word[0].isdigit() or word in ("'s", "’s", "programme") or \
                word.endswith(("'s", "’s")) or (word == "the" and nxt[:1].isupper()):
            i = t.end()
        else:
            break
    return i


def article_statements(article: Article, registry: Registry | None = None) -> list[Statement]:
    """The statements of one article, in order of paragraph and offset.

    Parameters
    ----------
    article : Article
    registry : Registry, optional
        From :func:`newslib.actors.load_registry`; the packaged one by default.

    Returns
    -------
    list of Statement

    Examples
    --------
    >>> from datetime import datetime, timezone
    >>> a = Article("x", datetime(2012, 2, 7, tzinfo=timezone.utc), None, "T",
    ...             ('Shadow health minister Jo Bloggs said: "Drop the bill."', '"Now," she added.'))
    >>> [(s.speaker, s.camp, s.kind, s.cue, s.text) for s in article_statements(a)]
    [('Jo Bloggs', 'labour', 'direct', 'said', 'Drop the bill.'), ('Jo Bloggs', 'labour', 'direct', 'added', 'Now,')]
    """
    registry = load_registry(registry)
    quotations = find_quotations(article.paragraphs, article.source or article.article_id)
    resolver = _Resolver(registry)
    out: list[Statement] = []
    by_number: dict[int, tuple[_Speaker, str, str]] = {}
    last_attribution: tuple[_Speaker, str] | None = None
    for index, text in enumerate(article.paragraphs, start=1):
        p = _Paragraph(text, [q for q in quotations if q.paragraph == index], registry)
        rows: list[Statement] = []

        def add(speaker: _Speaker, kind: str, cue: str, lo: int, hi: int, number: int | None) -> None:
            qid = f"{article.article_id}:q{number}" if number is not None else ""
            rows.append(Statement(article.article_id, index, speaker.name, speaker.role, speaker.camp, kind,
                                  cue, text[lo:hi], lo, hi, qid))

        for s_index, sentence in enumerate(p.sentences):
            s_lo, s_hi = sentence
            cues = [c for c in p.cues if s_lo <= c.start < s_hi]
            for k, cue in enumerate(cues):
                resolver.resolve(p, cue, sentence, cues[:k])
            attributed_here: tuple[_Speaker, str] | None = None
            for q in (q for q in p.quotes if s_lo <= q.open_mark < s_hi or (q.part and s_index == 0)):
                if q.number in p.labels:
                    continue
                if q.part:
                    if q.number in by_number:
                        speaker, cue_text, kind = by_number[q.number]
                        add(speaker, kind, cue_text, q.start, q.end, q.number)
                        attributed_here = (speaker, cue_text)
                    continue
                kind = "direct" if is_direct(text, q.open_mark, q.start) else "partial"
                close = q.end if q.close_mark < 0 else q.close_mark
                before = [c for c in cues if c.end <= q.open_mark and c.speaker is not None]
                after = [c for c in cues if c.start >= close and c.speaker is not None]
                chosen = before[-1] if before else after[0] if after else None
                if chosen is not None:
                    if chosen.speaker.none:
                        continue
                    chosen.quoted = True
                    speaker, cue_text = chosen.speaker, chosen.phrase
                elif kind == "direct" and last_attribution is not None and not cues:
                    speaker, cue_text = last_attribution
                else:
                    continue
                by_number[q.number] = (speaker, cue_text, kind)
                add(speaker, kind, cue_text, q.start, q.end, q.number)
                attributed_here = (speaker, cue_text)
            for cue in cues:
                if cue.speaker is None or cue.speaker.none or cue.quoted or not cue.content:
                    continue
                lo, hi = _complement(p, cue, cues, sentence, registry)
                if hi > lo:
                    add(cue.speaker, "reported", cue.phrase, lo, hi, None)
                    attributed_here = attributed_here or (cue.speaker, cue.phrase)
            ends_with_cue = bool(cues) and cues[-1].speaker is not None and \
                text[cues[-1].end:s_hi].rstrip().endswith(":")
            if attributed_here is not None:
                last_attribution = attributed_here
            elif ends_with_cue:
                last_attribution = (cues[-1].speaker, cues[-1].phrase)
            else:
                last_attribution = None
        resolver.remember(p)
        out.extend(sorted(rows, key=lambda r: (r.start, r.end)))
    return out


def _articles(corpus: "pd.DataFrame | Iterable[Article]") -> Iterable[Article]:
    if hasattr(corpus, "columns"):
        return list(corpus["article"])
    return corpus


def statements(corpus: "pd.DataFrame | Iterable[Article]", actors: str | Path | Registry | None = None
               ) -> "pd.DataFrame":
    """One row per statement in a corpus.

    Parameters
    ----------
    corpus : DataFrame or iterable of Article
        The table from :func:`newslib.articles.load_corpus` (its ``article`` column is used), or articles.
    actors : path, Registry or None
        An actor registry CSV in the format of ``newslib/data/actors.csv``; None for the packaged one.

    Returns
    -------
    pandas.DataFrame
        Columns :data:`STATEMENT_COLUMNS`: ``article_id, paragraph`` (1-based body paragraph),
        ``speaker, role, camp, kind`` (direct, partial or reported), ``cue, text, start, end`` (so that
        ``paragraph_text[start:end] == text``) and ``quote_id`` (shared by the paragraphs of one quotation;
        empty for reported speech). Sorted by article, paragraph and start.

    Raises
    ------
    ActorRegistryError
        If ``actors`` names a malformed registry (an :class:`newslib.errors.InputError`).

    Examples
    --------
    >>> from newslib.articles import load_corpus
    >>> from newslib.paths import SEEDS
    >>> table = statements(load_corpus(SEEDS))
    >>> table.groupby("camp").size().to_dict()
    {'government': 17, 'health_professionals': 8, 'labour': 18, 'other': 3}
    """
    import pandas as pd

    registry = load_registry(actors)
    rows = [s for a in _articles(corpus) for s in article_statements(a, registry)]
    frame = pd.DataFrame([s.__dict__ for s in rows], columns=list(STATEMENT_COLUMNS))
    frame = frame.astype({"paragraph": "int64", "start": "int64", "end": "int64"})
    return frame.sort_values(["article_id", "paragraph", "start"], kind="stable").reset_index(drop=True)


def compare_with_gold(pred: "pd.DataFrame", gold: "pd.DataFrame",
                      key: tuple[str, ...] = ("article_id", "paragraph", "speaker", "camp", "kind")) -> dict:
    """Precision and recall of predicted statements against hand-coded ones, matched as multisets on a key.

    Parameters
    ----------
    pred, gold : DataFrame
        Tables with the columns of ``key`` (e.g. :func:`statements` and ``seeds/statements_gold.csv``).
    key : tuple of str
        The columns that must agree for a match.

    Returns
    -------
    dict
        ``precision, recall, f1, true_positives, n_pred, n_gold`` and the unmatched keys as
        ``missed`` (in gold only) and ``spurious`` (predicted only), each a sorted list of tuples.

    Examples
    --------
    >>> import pandas as pd
    >>> g = pd.DataFrame({"a": [1, 1, 2]}); p = pd.DataFrame({"a": [1, 3]})
    >>> r = compare_with_gold(p, g, key=("a",)); r["precision"], round(r["recall"], 3), r["missed"]
    (0.5, 0.333, [('1',), ('2',)])
    """
    from collections import Counter

    def keys(frame: "pd.DataFrame") -> Counter:
        # as strings, so a CSV read back (paragraph "3") matches a fresh table (paragraph 3)
        return Counter(tuple(row) for row in frame[list(key)].astype(str).itertuples(index=False))

    p, g = keys(pred), keys(gold)
    hit = sum((p & g).values())
    n_pred, n_gold = sum(p.values()), sum(g.values())
    precision = hit / n_pred if n_pred else 1.0
    recall = hit / n_gold if n_gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "true_positives": hit, "n_pred": n_pred,
            "n_gold": n_gold, "missed": sorted((g - p).elements()), "spurious": sorted((p - g).elements())}
