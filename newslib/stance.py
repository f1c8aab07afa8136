"""Stance towards the Health and Social Care Bill, from the words of a statement alone.

A transparent rule-and-lexicon classifier. It reads **only the words**: the statement, the paragraph it
sits in, and the paragraphs before it. It never sees the speaker or the camp, so that stance *by camp*
(:func:`stance_by_camp`) is a finding, not an echo of who spoke. The vocabulary is data
(:mod:`newslib.stance_lexicon`); this module holds the mechanism, in four steps:

1. **Cues.** Find the lexicon's cue phrases inside the statement ("drop", "damaging", "back", "a better
   NHS").
2. **Target.** A cue counts only when it is about the Bill, as its row says: ``self`` (the phrase is only
   ever said of the Bill: "save the NHS"), ``after``/``near`` (a target term such as "the Bill", "the
   reforms", "the planned changes" within :data:`TARGET_WINDOW` words, in the same sentence), or
   ``sentence``. The sentence is read in the paragraph, so a partial quotation ("toxic") finds the Bill in
   the words around it. A pronoun ("it", "this", "they") stands for the Bill when the Bill was named
   earlier in the paragraph, in the paragraph before, or earlier in the same quotation.
   Rows with stance ``none`` are look-alikes ("as far as we are concerned"): they take their words away
   from the cues they contain and count for nothing.
3. **Negation.** A ``flip`` negator up to :data:`NEGATION_WINDOW` words before the cue, in its clause,
   reverses it ("will not drop the Bill": favor); a ``keep`` phrase shields it from a negator before it
   ("not too late to scrap": against); a ``cancel`` negator drops it ("playing down their
   battle against the reforms"). Two reversals in a row cancel ("has not listened to the concerns":
   the worry stays). A denial just before a reported statement ("denied that ...") reverses every cue in it.
   An opposing course of action as the subject of a prediction ("Delaying the reforms would be damaging")
   is not a call; what it would bring is reversed (its harm argues for the plans).
4. **Decision.** Sum the weights of the counted cues for each side; the larger side wins. On a tie the
   last cue decides (codebook rule 7: a mixed statement is coded by the position it ends on). No
   counted cue: ``none`` (rule 11).

Known limits: sarcasm and irony are read literally; attacks on the Bill in words the lexicon lacks, or
whose target is too far away, are ``none``; a cue about a different bill is counted.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache, partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Mapping, NamedTuple

from .articles import Article, count_words
from .debate import Debate, load_debate, load_stance_lexicon
from .sentences import ASIDE, abbreviations
from .stance_lexicon import NORMALISE, WORD, Cue, Negator, StanceLexicon, StanceLexiconError

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["StanceLexiconError", "Evidence", "StanceResult", "STANCES", "EVIDENCE_COLUMNS",
           "classify_stance", "explain_stance", "add_stance", "stance_records", "stance_by_camp",
           "load_stance_lexicon"]

#: The labels, in display order.
STANCES: tuple[str, ...] = ("favor", "against", "none")
#: Words allowed between a cue and its target for ``after`` and ``near`` cues ("dump [the] Bill",
#: "flaws [in the design of] the planned changes"). Six would reach a minister's "full support", despite
#: ... "reforms" in the seeds; four misses nothing the seeds' coders marked.
TARGET_WINDOW = 5
#: The weight of a cue that comes before the statement's last contrast ("but", "however"): the point
#: after a contrast outweighs what it concedes, and one cue on each side is not a tie
CONTRAST_DISCOUNT = 0.5
#: How many paragraphs back a position carries to quoted words with none of their own, in one turn (stance
#: rule 10). A turn may run over many paragraphs; words several paragraphs on are mostly about something
#: else (on tune, carrying over the whole turn read greetings and asides as positions: agreement 0.792,
#: at most one paragraph back 0.809, no carrying 0.795).
CARRY_PARAGRAPHS = 1
#: The positions that carry. A turn that attacks the Bill runs on through quoted words with no cue of
#: their own; a turn that defends it alternates its case with procedure, thanks and acknowledgement, which
#: the coders read as none (stance rules 2 and 6). On tune and the seeds a carried favor was right once in
#: ten, a carried against 24 times in 32 (round five); carrying both gave tune 0.816 and the seeds 0.921,
#: carrying against only 0.823 and 0.974. Tried again in round six: carrying both raised batch 6's new tune
#: articles by 0.015 and lowered batches 1-5's by 0.012 and the seeds' by 0.053.
CARRY_STANCES = ("against",)
#: Words allowed between a negator and its cue ("not [be] right", "refused [to] drop").
NEGATION_WINDOW = 3
#: Words allowed between a lead-in denial and the statement ("denied [that] ...").
LEAD_IN_WINDOW = 2
#: Whether a ``near`` or ``sentence`` cue with no target in its window counts when the paragraph, or the
#: paragraph before, names the Bill (see :func:`_classify`).
TOPIC_SCOPE = True
#: A quotation of at most this many words inside a longer sentence is a fragment: its stance is that of
#: the sentence that carries it.
FRAGMENT_WORDS = 4
#: The columns of :func:`explain_stance`.
EVIDENCE_COLUMNS = ("cue", "matched", "cue_stance", "weight", "target_rule", "target", "negator", "effect",
                    "counted", "stance", "source", "start")

_TOKEN = WORD
# A lookahead of first letters ahead of an alternation changes no match and lets the regular expression
# engine skip, at C speed, the positions where none can start (a quarter to a half less time per search;
# measured on every paragraph of the development corpus and 1,000 synthetic articles).
_PRONOUN = re.compile(r"(?=[iItTmM])(?:(?<![\w-])(?:it|this|they|them|these)(?![\w'-]))", re.I)
#: A contrast within a statement: the words after it are the speaker's point (see CONTRAST_DISCOUNT)
_CONTRAST = re.compile(r"(?=[bBhHyYnN])(?:(?<![\w'-])(?:but|however|yet|nevertheless|nonetheless)(?![\w'-]))", re.I)
_CLAUSE_BREAK = re.compile(r"(?=[,;:.!?()bB])(?:[,;:.!?()]|(?<![\w'-])but(?![\w'-]))", re.I)
_FLIP = {"favor": "against", "against": "favor"}
#: "Delaying the reforms would be damaging": a gerund or infinitive opening its clause, then a modal verb.
_OPENS_CLAUSE = re.compile(r"(?:[^.!?;]*?\bthat\s+)?[\s\"']*(?:(?:and|but|yet|so|indeed|simply)\s+)?(?:to\s+)?$",
                           re.I)    # ... also after "that": "warns that scrapping the Bill would be damaging"
#: "If the Bill goes ahead, ...", "Unless the plans are dropped, ...": a condition opening its sentence
_CONDITION = re.compile(r"[\s\"“‘']*(?:(?:and|but|yet|so)\s+)?(if|unless)\s", re.I)
_IF_BEFORE = re.compile(r"(?=[iIuU])(?<![\w'’-])(?:if|unless)\s", re.I)  # cheap test before the sentences
_MODAL = re.compile(r"\b(?:would|will|could|might|can|may)(?:\s+(?:not|only|also|simply|be|have))*\b", re.I)
_SENTENCE_END = re.compile(r"[.!?]+[\"')]?\s+(?=[\"'(]?[A-Z0-9])")
_WORD_REVERSED = re.compile(r"\w+")
#: What ends the reach of a dismissal ("it is untrue that ...", "claims that ... are nonsense")
_SENTENCE_STOP = re.compile(r"[.!?;]")
# The characters NORMALISE replaces: most paragraphs have none, and str.translate with a dict costs a
# dictionary lookup per character even then; str.replace of each in turn runs in C.
_TO_NORMALISE = re.compile("[" + "".join(map(chr, NORMALISE)) + "]")
_REPLACEMENTS = tuple((chr(a), b) for a, b in NORMALISE.items())



class Evidence(NamedTuple):
    """One cue found in a statement, and what became of it (a row of :func:`explain_stance`)."""

    cue: str            # the lexicon phrase
    matched: str        # the words in the statement
    cue_stance: str     # the cue's own side
    weight: float
    target_rule: str    # self, after, near or sentence
    target: str         # the target words found, "(in the cue)" for self, "" if none
    negator: str        # the negating words, "" if none
    effect: str         # flip, cancel, keep, subject (a course of action predicted about) or ""
    counted: bool
    stance: str         # the side it counts for, "" when not counted
    source: str         # lexicon row source: general or seed
    start: int          # offset in the statement


@dataclass(frozen=True)
class StanceResult:
    """The stance of one statement and the evidence behind it."""

    stance: str
    favor: float
    against: float
    evidence: tuple[Evidence, ...]
    #: For a statement with no position in its own words that continues a turn: the paragraph of the
    #: turn's statement whose stance it carries (stance rule 10), and that statement's own evidence.
    carried_from: int = 0
    carried: str = ""

    def describe(self) -> str:
        """The evidence in one line, e.g. ``against: against 'drop' [target 'bill']``."""
        if self.carried_from:
            return f"{self.stance}: none in its own words; carries its turn's stance (paragraph " \
                   f"{self.carried_from}: {self.carried.split(': ', 1)[-1]})"
        counted = [e for e in self.evidence if e.counted]
        if not counted:
            seen = [e for e in self.evidence if e.effect not in ("cancel", "subject", "object")]
            cancelled = [e for e in self.evidence if e.effect == "cancel"]
            if cancelled:
                return f"none: '{cancelled[0].matched}' cancelled by '{cancelled[0].negator}'"
            acted_on = [e for e in self.evidence if e.effect == "object"]
            if acted_on:
                return f"none: '{acted_on[0].matched}' acts on its target '{acted_on[0].target}' (it is to be changed)"
            if seen:
                return f"none: cue '{seen[0].matched}' without a target"
            return "none: no cue"
        parts = []
        for e in counted:
            part = f"{e.stance} '{e.matched}'"
            if e.effect == "flip":
                part += f" (negated by '{e.negator}')"
            elif e.effect == "keep":
                part += f" (kept by '{e.negator}')"
            if e.target_rule != "self":
                part += f" [target '{e.target}']"
            parts.append(part)
        return f"{self.stance}: " + "; ".join(parts)


class _Span(NamedTuple):
    start: int
    end: int
    text: str


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentence boundaries, roughly: enough to bound a cue's search for its target.

    newslib.sentences (nltk's Punkt) costs about a third of a millisecond a paragraph, which alone would
    take add_stance over 10,000 statements past a second; a window only needs the full stops, so a
    regular expression with the abbreviation list of newslib.sentences does here.
    """
    spans, begin = [], 0
    known = abbreviations()
    for m in _SENTENCE_END.finditer(text):
        # the word before a full stop, read backwards from it (a search for r"\w+$" tries every position)
        word = _WORD_REVERSED.match(text[max(0, m.start() - 12):m.start()][::-1]) if text[m.start()] == "." else None
        if word and word.group()[::-1].lower() in known:
            continue
        spans.append((begin, m.start() + 1))
        begin = m.end()
    spans.append((begin, len(text)))
    return spans


class _Context:
    """A paragraph prepared once: normalised text, token offsets, sentences and target mentions."""

    def __init__(self, paragraph: str, lexicon: StanceLexicon):
        self.text = _normalise(paragraph)
        found, self.token_starts = lexicon.scanner.scan_words(self.text)
        self.targets = [_Span(a, b, self.text[a:b]) for a, b in _names(self.text, found["targets"])]
        self._first_target: int | None = None
        self.cues, self.leads = found["cues"], found["leads"]
        self.cue_starts = [a for a, _, _ in self.cues]
        # whether any cue here takes a side: a statement in a paragraph without one takes none, whatever
        # its window, and is answered before the window is computed
        self.takes_sides = any(isinstance(item, Cue) and item.stance != "none" for _, _, item in self.cues)
        self._sentences: list[tuple[int, int]] | None = None
        self._bounds: tuple[list[int], list[int]] | None = None
        self._stops: list[int] | None = None
        self._conditions: bool | None = None

    @property
    def first_target(self) -> int:
        """Where the paragraph's first target mention starts (its length when it has none)."""
        if self._first_target is None:
            self._first_target = min((t.start for t in self.targets), default=len(self.text))
        return self._first_target

    @property
    def conditions(self) -> bool:
        """Whether "if" or "unless" occurs in the paragraph (most have neither; asked once)."""
        if self._conditions is None:             # substring tests: a quarter of a regex search's cost
            text = self.text
            self._conditions = ("if " in text or "If " in text or "nless " in text) and \
                _IF_BEFORE.search(text) is not None
        return self._conditions

    @property
    def stops(self) -> list[int]:
        """Where the paragraph's sentences and semicolon clauses end (offsets of . ! ? ;)."""
        if self._stops is None:
            self._stops = [m.start() for m in _SENTENCE_STOP.finditer(self.text)]
        return self._stops

    def has_cue(self, start: int, end: int) -> bool:
        """Whether a cue that takes a side lies within ``[start, end)``."""
        lo, hi = bisect_left(self.cue_starts, start), bisect_left(self.cue_starts, end)
        return any(b <= end and isinstance(item, Cue) and item.stance != "none"
                   for _, b, item in self.cues[lo:hi])

    # Sentences only when a statement with a cue is read here (most paragraphs need none); not a
    # cached_property, which takes a lock on each first access in Python 3.11.
    @property
    def sentences(self) -> list[tuple[int, int]]:
        if self._sentences is None:
            self._sentences = _sentence_spans(self.text)
        return self._sentences

    @property
    def _sentence_bounds(self) -> tuple[list[int], list[int]]:
        if self._bounds is None:
            self._bounds = [s[0] for s in self.sentences], [s[1] for s in self.sentences]
        return self._bounds

    def token(self, offset: int) -> int:
        return bisect_right(self.token_starts, offset) - 1

    def window(self, start: int, end: int) -> tuple[int, int]:
        """From the start of the first sentence the span touches to the end of the last."""
        # Sentences follow each other without overlap, so those touching the span are a run: from the
        # first that ends after its start to the last that starts before its end.
        starts, ends = self._sentence_bounds
        first, last = bisect_right(ends, start), bisect_left(starts, max(end, start + 1)) - 1
        if first > last:
            return start, end
        return min(start, starts[first]), max(end, ends[last])


#: Capitalised words (and "and", "of", "&" between them) that run up to a capitalised target term.
_NAME_RUN = re.compile(r"(?:\b[A-Z][\w'-]*\s+(?:(?:and|of|for|&)\s+)?)+$")
#: What must stand just before a capitalised target for :data:`_NAME_RUN` to match, on the text reversed:
#: white space, then a capitalised word or one of its joining words ("and", "of", "for", "&").
_NAME_BEFORE = re.compile(r"\s+(?:[\w'-]*?[A-Z](?![\w])|dna\b|fo\b|rof\b|&)")


def _names(text: str, targets: list[tuple[int, int, object]]) -> list[tuple[int, int]]:
    """Target mentions, each capitalised one widened to the whole name it ends ("the Health and Social
    Care Bill", "the Water Industry Bill"): a multi-word name is one mention, so a cue before it is as
    near to it as to a bare "the Bill"."""
    spans = []
    for a, b, _ in targets:
        if text[a:a + 1].isupper() and _NAME_BEFORE.match(text[max(0, a - 80):a][::-1]):
            # (a run needs a capitalised word or "and", "of", "for", "&" just before the term, read backwards:
            # most terms have "the" there, and the search, which tries every position, is skipped)
            run = _NAME_RUN.search(text, max(0, a - 80), a)
            if run:
                a = run.start()
        spans.append((a, b))
    return spans


_OPENING_MARKS = "\"'\u2018\u201c"


def _fragment(text: str, start: int, end: int, window: tuple[int, int]) -> bool:
    """Whether text[start:end] is a short quotation inside a longer sentence."""
    if start <= window[0] or text[start - 1] not in _OPENING_MARKS:
        return False
    if text[max(window[0], start - 4):start - 1].rstrip().endswith(":"):
        return False                             # 'X said: "We are listening."': a quotation, not a fragment
    return len(_TOKEN.findall(text, start, end)) <= FRAGMENT_WORDS and window[1] - window[0] > end - start + 2


def _frame(text: str, start: int, end: int, window: tuple[int, int]) -> tuple[int, int]:
    """The clause that carries a fragment: from its sentence's start to the first clause break after it
    ("..., despite mounting criticisms" is the reporter's aside, not the frame)."""
    after = _CLAUSE_BREAK.search(text, end + 1, window[1])
    return window[0], (after.start() if after else window[1])


def _normalise(text: str) -> str:
    if _TO_NORMALISE.search(text):
        for old, new in _REPLACEMENTS:
            text = text.replace(old, new)
    return text


@lru_cache(maxsize=4096)
def _context(paragraph: str, lexicon: StanceLexicon) -> _Context:
    return _Context(paragraph, lexicon)


#: Below this many mentions a list is read whole rather than bisected.
_BISECT_FROM = 16


class _Mentions:
    """The target mentions inside one statement's window and, when first asked, its pronouns: each list in
    reading order with its starts, so that a cue's nearest mentions are found by bisection. A sentence of
    many cues then costs no more than its length (a list scan per cue made it quadratic)."""

    def __init__(self, ctx: _Context, window: tuple[int, int]):
        lo, hi = window
        self.ctx, self.window = ctx, window
        near = ctx.targets
        if len(near) >= _BISECT_FROM:            # a long paragraph: its targets by bisection, when in order
            starts = [t.start for t in near]
            if all(a <= b for a, b in zip(starts, starts[1:])):
                near = near[bisect_left(starts, lo):bisect_right(starts, hi)]
        self.named = self._indexed([t for t in near if lo <= t.start and t.end <= hi])
        self._pronouns: tuple[list[_Span], list[int] | None] | None = None

    @staticmethod
    def _indexed(spans: list[_Span]) -> tuple[list[_Span], list[int] | None]:
        # starts for bisection, or None when there are few (all are read: the same answer, sooner) or a
        # name widened to the left breaks their order (then all count)
        if len(spans) < _BISECT_FROM:
            return spans, None
        starts = [t.start for t in spans]
        return spans, (starts if all(a <= b for a, b in zip(starts, starts[1:])) else None)

    @property
    def pronouns(self) -> tuple[list[_Span], list[int] | None]:
        if self._pronouns is None:
            self._pronouns = self._indexed([_Span(m.start(), m.end(), m.group())
                                            for m in _PRONOUN.finditer(self.ctx.text, *self.window)])
        return self._pronouns

    @staticmethod
    def around(indexed: tuple[list[_Span], list[int] | None], cue_start: int, cue_end: int) -> list[_Span]:
        """The mentions that can be nearest to a cue: the last two starting before it, those inside it, and
        the first after it (mentions do not overlap, so one further away is never nearer)."""
        mentions, starts = indexed
        if starts is None:
            return mentions
        return mentions[max(0, bisect_left(starts, cue_start) - 2):bisect_left(starts, cue_end) + 1]


def _find_target(ctx: _Context, cue_start: int, cue_end: int, rule: str, mentions: _Mentions,
                 earlier_target: bool) -> str:
    """The target words a cue is about, or "" when its rule finds none; a named target before a pronoun."""
    if rule == "self":
        return "(in the cue)"
    found = _nearest(ctx, mentions.around(mentions.named, cue_start, cue_end), cue_start, cue_end, rule)
    if found or not earlier_target:
        return found
    return _nearest(ctx, mentions.around(mentions.pronouns, cue_start, cue_end), cue_start, cue_end, rule)


def _nearest(ctx: _Context, mentions: list[_Span], cue_start: int, cue_end: int, rule: str) -> str:
    first, last = ctx.token(cue_start), ctx.token(max(cue_end - 1, cue_start))
    best, best_gap = "", None
    for t in mentions:
        if cue_start <= t.start and t.end <= cue_end:
            gap = 0  # a target inside the cue's own words ("see the changes through")
        elif t.start >= cue_end:
            gap = ctx.token(t.start) - last - 1
        elif t.end <= cue_start and rule in ("near", "sentence", "agent"):
            gap = first - ctx.token(t.end - 1) - 1
        else:
            continue
        if rule != "sentence" and gap > TARGET_WINDOW:
            continue
        if best_gap is None or gap < best_gap:
            best, best_gap = t.text, gap
    return best


#: The passive of a change still to come just before a cue ("can be improved", "needs to be strengthened",
#: "is being improved"): what comes before is acted on. A change made ("has been improved") is a claim.
_PASSIVE_BEFORE = re.compile(r"\b(?:be|being)\s+(?:\w+ly\s+)?$", re.I)
#: The most words between a cue and the target it acts on ("improve the Health and Social Care Bill").
OBJECT_GAP = 2


def _acted_on(ctx: _Context, cue_start: int, cue_end: int, mentions: _Mentions, earlier_target: bool) -> bool:
    """Whether a target is what a change still to come acts on: the object of the cue ("help improve the
    Bill", "improving it") or, with the cue in the passive, its subject ("the bill can be improved"). An
    ``agent`` cue then takes no side. A change said to be made ("we have improved the Bill", "the
    bill has been strengthened") is a claim about the Bill and counts."""
    passive = _PASSIVE_BEFORE.search(ctx.text, max(0, cue_start - 30), cue_start) is not None
    if ctx.text[cue_start:cue_end].lower().endswith("ed") and not passive:
        return False
    last = ctx.token(max(cue_end - 1, cue_start))
    spans = list(mentions.around(mentions.named, cue_start, cue_end))
    if earlier_target:
        spans += mentions.around(mentions.pronouns, cue_start, cue_end)
    first = ctx.token(cue_start)
    near = [t for t in spans if t.end <= cue_start and first - ctx.token(t.end - 1) - 1 <= TARGET_WINDOW]
    if passive:
        return bool(near)                      # "the bill, as it stands, can be improved"
    before = any(not _CLAUSE_BREAK.search(ctx.text, t.end, cue_start) for t in near)
    # a target that acts on the Bill ("the proposals will strengthen the Bill") argues for the change
    return not before and any(t.start >= cue_end and ctx.token(t.start) - last - 1 <= OBJECT_GAP
                              and not _CLAUSE_BREAK.search(ctx.text, cue_end, t.start) for t in spans)


def _negation(ctx: _Context, negators: list[tuple[int, int, str, Negator]], cue_start: int
              ) -> tuple[str, str]:
    """The nearest ``before`` negator of a cue within its clause: (words, effect), or ("", "").

    Two reversals cancel: a ``flip`` or ``cancel`` negator that is itself reversed by another just before
    it ("failed to address the fears", "has not listened to the concerns") leaves the cue as it is (effect
    ``keep``).
    """
    for k in range(len(negators) - 1, -1, -1):
        start, end, words, negator = negators[k]
        if end > cue_start:
            continue
        gap = ctx.token(cue_start) - ctx.token(end - 1) - 1
        if gap > NEGATION_WINDOW:
            break
        if _CLAUSE_BREAK.search(ctx.text, end, cue_start):
            break
        joined = _AND.search(ctx.text, end, cue_start) if negator.effect == "cancel" else None
        if joined is not None and ctx.text[end:joined.start()].strip():
            # "listen to the doctors and withdraw the Bill": the negator has its own object, and the cue is a
            # verb of its own ("listen to and consider the concerns" shares the object, and is still reached)
            continue
        if negator.effect in ("flip", "cancel") and k > 0:
            _, e2, words2, negator2 = negators[k - 1]
            if negator2.effect == "flip" and e2 <= start and \
                    ctx.token(start) - ctx.token(e2 - 1) - 1 <= NEGATION_WINDOW and \
                    not _CLAUSE_BREAK.search(ctx.text, e2, start):
                return f"{words2} ... {words}", "keep"
        return words, negator.effect
    return "", ""


#: A second verb of saying joined to the first ("dismissed the claims and insisted that ..."): a lead-in
#: denial does not reach the words it reports.
_SECOND_SAYING = re.compile(r"\b(?:and|but)\s+(?:also\s+|then\s+)?(?:insist|said\b|say|add|argu|stress|maintain|"
                            r"claim|warn|point|made clear|make clear|declar|assert|promis|pledg|vow|repeat)", re.I)


_AND = re.compile(r"\band\b")


def _lead_in(ctx: _Context, window_start: int, start: int) -> str:
    """A denial ending just before the statement ("denied [that] ..."), or ""."""
    for a, b, negator in ctx.leads:
        if negator.scope == "lead_in" and window_start <= a and b <= start:
            between = ctx.text[b:start]
            if len(_TOKEN.findall(between)) <= LEAD_IN_WINDOW and not re.search(r"[.;:!?]", between):
                return ctx.text[a:b]
    return ""


def _locate(text: str, paragraph: str, start: int | None) -> int:
    if start is not None and paragraph[start:start + len(text)] == text:
        return start
    found = paragraph.find(text)
    return found if found >= 0 else -1


def classify_stance(text: str, paragraph: str | None = None, start: int | None = None, previous: str = "",
                    lexicon: StanceLexicon | None = None, debate: str | Path | Debate | None = None
                    ) -> StanceResult:
    """The stance of one statement towards the Bill, with the evidence that decided it.

    Parameters
    ----------
    text : str
        The statement's words (a quotation or the content of reported speech).
    paragraph : str, optional
        The paragraph the statement sits in; its sentence supplies the target for partial quotations.
        Default: the statement alone.
    start : int, optional
        Where ``text`` starts in ``paragraph``; found by search when omitted or wrong.
    previous : str
        Text before the paragraph (the paragraph before, or the earlier paragraphs of the same quotation):
        a pronoun in the statement stands for the Bill when the Bill is named there.
    lexicon : StanceLexicon, optional
        From :func:`newslib.debate.load_stance_lexicon`; default that of ``debate``.
    debate : path or Debate, optional
        The debate pack whose targets and cues to use when no ``lexicon`` is given; default the packaged one.

    Returns
    -------
    StanceResult
        ``stance`` (favor, against or none), the summed weights ``favor`` and ``against``, and
        ``evidence``, one :class:`Evidence` per cue found (counted or not); ``describe()`` sums it up.

    Examples
    --------
    >>> classify_stance("We should drop the bill.").stance
    'against'
    >>> classify_stance("The government will not drop the bill.").describe()
    "favor: favor 'drop' (negated by 'not') [target 'bill']"
    >>> classify_stance("full support", "The minister has the PM's full support.").stance
    'none'
    """
    lexicon = _lexicon(lexicon, debate)
    if paragraph is None or _locate(text, paragraph, start) < 0:
        paragraph, start = text, 0
    else:
        start = _locate(text, paragraph, start)
    ctx = _context(paragraph, lexicon)
    return _classify(text, ctx, start, lambda: bool(previous) and bool(_context(previous, lexicon).targets))


#: The result of a statement without a cue (most statements): one shared value, as StanceResult is frozen.
_NO_CUE = StanceResult("none", 0.0, 0.0, ())


def _course(ctx: _Context, found: list, window: tuple[int, int]) -> tuple[int, int, int, bool] | None:
    """A course of action as the subject of a prediction, or as the condition of one. Returns (cue start,
    where the prediction starts, clause end, whether the prediction's cues are reversed), or None.

    * "Delaying the reforms would be damaging", "To scrap the Bill now would cause chaos": the first cue of
      the statement, an ``against`` call in ``-ing`` or after "to" at the start of its clause, followed in
      the clause by a modal verb. What opposing the plans would bring argues the other way (reversed).
    * "If the Bill goes ahead, the outlook is bleak", "If the Bill is scrapped, patients will suffer": the
      first cue inside a clause opened by "if" or "unless" that opens its sentence; the prediction is the
      clause after the comma. It is reversed when the condition is the plans' defeat ("if ... scrapped",
      "unless ... goes ahead"), and read as it stands when it is their going ahead.
    """
    if not found:
        return None
    a, b, cue = found[0]
    condition = _CONDITION.match(ctx.text, _sentence_start(ctx, window[0], a), a) \
        if cue.stance in _FLIP and ctx.conditions and _IF_BEFORE.search(ctx.text, window[0], a) else None
    if condition is not None:
        comma = ctx.text.find(",", b, window[1])
        if comma < 0 or _SENTENCE_STOP.search(ctx.text, b, comma) or \
                not any(condition.start() <= t.start and t.end <= comma for t in ctx.targets):
            return None                          # the condition is about the plans: "If the Bill goes ahead"
        brk = _SENTENCE_STOP.search(ctx.text, comma + 1, window[1])
        unless = condition.group(1).lower() == "unless"
        return a, comma + 1, brk.start() if brk else window[1], (cue.stance == "against") != unless
    if cue.stance != "against" or not (_TOKEN.match(ctx.text, a).group().lower().endswith("ing") or
                                       ctx.text[max(window[0], a - 3):a].lower() == "to "):
        return None
    head = max([window[0]] + [m.end() for m in _CLAUSE_BREAK.finditer(ctx.text, window[0], a)])
    if not _OPENS_CLAUSE.fullmatch(ctx.text, head, a):
        return None
    brk = _CLAUSE_BREAK.search(ctx.text, b, window[1])
    clause_end = brk.start() if brk else window[1]
    modal = _MODAL.search(ctx.text, b, clause_end)
    if modal is None or len(_TOKEN.findall(ctx.text, b, modal.start())) > 6:
        return None
    return a, modal.end(), clause_end, True


def _sentence_start(ctx: _Context, lo: int, at: int) -> int:
    """Where the sentence holding offset ``at`` starts (not before ``lo``)."""
    k = bisect_right(ctx.stops, at) - 1
    while k >= 0 and ctx.stops[k] >= at:
        k -= 1
    return max(lo, ctx.stops[k] + 1) if k >= 0 else lo


def _dismissed(ctx: _Context, reversals: dict[str, tuple[list[tuple[int, int]], list[int]]], a: int, b: int
               ) -> tuple[str, bool]:
    """The words that dismiss what a cue at ``[a, b)`` says, and whether the cue is one of them; ("",
    False) when none do. A ``rest`` reversal before the cue in its sentence ("it is untrue that ..."), or a
    ``claim`` before it and a ``dismissal`` after the claim, both in its sentence ("claims that ... are
    nonsense"); a cue inside the dismissal ("are simply wrong") is the dismissal's own word.

    ``reversals`` holds each scope's spans and their ends in reading order (a layer's phrases never
    overlap, so both are sorted): each question is a bisection: a sentence of many cues and claims costs no more than its length.
    """
    stops = ctx.stops

    def last_before(scope: str) -> tuple[int, int] | None:
        spans, ends = reversals.get(scope, ((), ()))
        k = bisect_right(ends, a) - 1
        if k < 0 or bisect_left(stops, ends[k]) != bisect_left(stops, a):
            return None
        return spans[k]

    rest = last_before("rest")
    if rest:
        return ctx.text[rest[0]:rest[1]], False
    claim = last_before("claim")
    if claim is None or "dismissal" not in reversals:
        return "", False
    spans, ends = reversals["dismissal"]
    k = bisect_left(ends, b)
    if k < len(spans):
        start, end = spans[k]
        if start >= claim[1] and bisect_left(stops, min(b, start)) == bisect_left(stops, start):
            return f"{ctx.text[claim[0]:claim[1]]} ... {ctx.text[start:end]}", start <= a
    return "", False


def _classify(text: str, ctx: _Context, start: int, earlier: Callable[[], bool],
              topic: Callable[[], bool] = lambda: False) -> StanceResult:
    """The stance of ``text``, found at ``start`` in the prepared paragraph ``ctx``.

    ``earlier()`` says whether the text before the paragraph names the Bill; it is asked only when the
    statement holds a cue, as are the sentence window, the negators and the targets.
    """
    if not ctx.takes_sides:
        return _NO_CUE
    end = start + len(text)
    window = ctx.window(start, end)
    # A quoted fragment takes the stance of the clause that carries it (the reporting frame): its cues
    # are looked for in its whole sentence.
    framed = _fragment(ctx.text, start, end, window)
    lo, hi = _frame(ctx.text, start, end, window) if framed else (start, end)
    if not ctx.has_cue(lo, hi):
        return _NO_CUE
    # the frame's asides (between dashes or brackets) that do not hold the fragment are the reporter's
    asides = [(m.start(), m.end()) for m in ASIDE.finditer(ctx.text, lo, hi)
              if not (m.start() <= start and end <= m.end())] if framed else []
    has_earlier = earlier()
    found, negators = [], []
    for a, b, item in ctx.cues:
        if a < window[0] or b > window[1]:
            continue
        if isinstance(item, Negator):
            negators.append((a, b, ctx.text[a:b], item))
        elif lo <= a and b <= hi and item.stance != "none" and \
                not (asides and any(x <= a and b <= y for x, y in asides)):
            found.append((a, b, item))
    lead = _lead_in(ctx, window[0], start)
    # claims, dismissals and rest-of-sentence reversals count from the statement's own words (or a
    # fragment's frame) on: "MPs should reject Labour's motion calling for X" reverses X for the speaker who
    # says it, not for the motion's own call reported after it
    reversals: dict[str, tuple[list[tuple[int, int]], list[int]]] = {}
    for a, b, item in ctx.leads:
        if item.scope != "lead_in" and lo <= a and b <= window[1]:
            spans, ends = reversals.setdefault(item.scope, ([], []))
            spans.append((a, b))
            ends.append(b)

    evidence, score = [], {"favor": 0.0, "against": 0.0}
    last = ""
    course = _course(ctx, found, window)
    mentions = _Mentions(ctx, window)
    # "We welcomed the principles, but the proposals will not deliver": what comes after a contrast is
    # the speaker's point, so a cue before the last contrast in the statement counts half
    contrast = max((m.end() for m in _CONTRAST.finditer(ctx.text, lo, hi)), default=-1) if len(found) > 1 else -1
    for a, b, cue in found:
        if course and a < course[1]:
            if a == course[0]:                  # the course of action is the subject, not a call
                evidence.append(Evidence(cue.phrase, ctx.text[a:b], cue.stance, cue.weight, cue.target, "",
                                         "", "subject", False, "", cue.source, a - start))
                continue
        earlier_target = has_earlier or ctx.first_target < a
        target = _find_target(ctx, a, b, cue.target, mentions, earlier_target)
        if not target and TOPIC_SCOPE and cue.target in ("near", "sentence", "agent"):
            # An evaluative cue in a paragraph about the Bill is about the Bill even when the name is
            # further away than the window (live blogs and debate reports name it once per paragraph).
            if ctx.targets:
                target = f"{ctx.targets[0].text} (in the paragraph)"
            elif has_earlier:
                target = "(named in the paragraph before)"
            elif topic():
                target = "(named earlier in the article)"
        if target and cue.target == "agent" and _acted_on(ctx, a, b, mentions, earlier_target):
            # "how the bill can be improved": the Bill is what is to be changed, no side is taken
            evidence.append(Evidence(cue.phrase, ctx.text[a:b], cue.stance, cue.weight, cue.target, target,
                                     "", "object", False, "", cue.source, a - start))
            continue
        negator, effect = _negation(ctx, negators, a)
        if not negator and lead and not _SECOND_SAYING.search(ctx.text, start, a):
            negator, effect = lead, "flip"
        if reversals:
            dismissed, own = _dismissed(ctx, reversals, a, b)
            if own:                             # "are simply wrong": the dismissal defends the plans
                negator, effect = dismissed, ("flip" if cue.stance == "against" else "keep")
            elif dismissed:                     # what the dismissed claim says is reversed
                negator = f"{negator} ... {dismissed}" if negator else dismissed
                effect = "keep" if effect == "flip" else "flip"
        if course and course[1] <= a < course[2] and course[3]:
            # what opposing the plans would bring: its harm argues for them, its good against them
            negator, effect = ctx.text[course[0]:course[1]], ("keep" if effect == "flip" else "flip")
        stance = _FLIP[cue.stance] if effect == "flip" else cue.stance
        counted = bool(target) and effect != "cancel"
        if counted:
            score[stance] += cue.weight * CONTRAST_DISCOUNT if a < contrast else cue.weight
            last = stance
        evidence.append(Evidence(cue.phrase, ctx.text[a:b], cue.stance, cue.weight, cue.target, target,
                                 negator, effect, counted, stance if counted else "", cue.source, a - start))
    if score["favor"] > score["against"]:
        decided = "favor"
    elif score["against"] > score["favor"]:
        decided = "against"
    else:
        decided = last or "none"
    return StanceResult(decided, score["favor"], score["against"], tuple(evidence))


def explain_stance(text: str, paragraph: str | None = None, start: int | None = None, previous: str = "",
                   lexicon: StanceLexicon | None = None, debate: str | Path | Debate | None = None
                   ) -> "pd.DataFrame":
    """Every cue :func:`classify_stance` found in a statement, and whether and how it counted.

    Parameters are those of :func:`classify_stance`.

    Returns
    -------
    pandas.DataFrame
        Columns :data:`EVIDENCE_COLUMNS`, one row per cue in reading order; ``attrs["stance"]`` and
        ``attrs["describe"]`` hold the decision.

    Examples
    --------
    >>> table = explain_stance("There is no need to scrap the reforms.")
    >>> table[["matched", "cue_stance", "negator", "stance"]].to_dict("records")
    [{'matched': 'scrap', 'cue_stance': 'against', 'negator': 'no need to', 'stance': 'favor'}]
    """
    import pandas as pd

    result = classify_stance(text, paragraph, start, previous, lexicon, debate)
    table = pd.DataFrame(list(result.evidence), columns=list(EVIDENCE_COLUMNS))
    table.attrs["stance"], table.attrs["describe"] = result.stance, result.describe()
    return table


def _lexicon(lexicon: StanceLexicon | None, debate: str | Path | Debate | None) -> StanceLexicon:
    return lexicon if lexicon is not None else load_debate(debate).stance_lexicon()


def _never() -> bool:
    return False


def _paragraphs(corpus: "pd.DataFrame | Iterable[Article] | None") -> dict[str, tuple[str, ...]]:
    if corpus is None:
        return {}
    if hasattr(corpus, "columns"):
        return dict(zip(corpus["article_id"], corpus["paragraphs"]))
    return {a.article_id: a.paragraphs for a in corpus}


def _runs_over(before: _Context, after: _Context, span: int, lexicon: StanceLexicon) -> bool:
    """Whether a target runs over the break between two paragraphs, neither of which holds one.

    Such a target starts in the last ``span`` words of the first paragraph and ends before word ``span``
    of the second (it covers every word in between), so only those words are scanned, with the character
    before them that the scanner's look-behind reads.
    """
    words = before.token_starts
    tail = before.text[words[-span] - 1:] if 0 < span < len(words) else before.text
    words = after.token_starts
    head = after.text[:words[span]] if span < len(words) else after.text
    return bool(lexicon.scanner.scan(tail + "\n\n" + head)["targets"])


def stance_records(records: Iterable[Mapping[str, Any]],
                   corpus: "pd.DataFrame | Iterable[Article] | None" = None,
                   lexicon: StanceLexicon | None = None, debate: str | Path | Debate | None = None
                   ) -> list[StanceResult]:
    """The stance of each statement record (a dict per statement), read in its paragraph.

    What :func:`add_stance` does for a DataFrame, for plain records: the command line streams statements
    as dicts, article by article, and pandas per article would cost more than the stance itself.

    Parameters
    ----------
    records : iterable of mapping
        Each with ``text``, and optionally ``article_id``, ``paragraph`` (1-based), ``start``, ``quote_id``
        and ``turn``; other keys (speaker, camp ...) are never read.
    corpus : DataFrame or iterable of Article, optional
        Where the paragraphs come from.
    lexicon : StanceLexicon, optional
        Default that of ``debate``.
    debate : path or Debate, optional
        The debate pack whose targets and cues to use when no ``lexicon`` is given; default the packaged one.

    Returns
    -------
    list of StanceResult
        One per record, in order.
    """
    return list(_stance_iter(records, corpus, _lexicon(lexicon, debate)))


def _stance_iter(records: Iterable[Mapping[str, Any]], corpus: "pd.DataFrame | Iterable[Article] | None",
                 lexicon: StanceLexicon) -> Iterable[StanceResult]:
    """The results of :func:`stance_records`, one at a time."""
    by_article = _paragraphs(corpus)
    opened: dict[str, int] = {}
    positions: dict[str, tuple[StanceResult, int]] = {}     # the last position taken in each turn
    # Each paragraph of the current article prepared once, however many statements it holds; what
    # classify_stance keeps across calls (by text) is not used here, so the cost is that of the article.
    article, contexts = None, {}

    def prepared(k: int) -> _Context:            # paragraph k, 0-based
        if k not in contexts:
            contexts[k] = _Context(paragraphs[k], lexicon)
        return contexts[k]

    def earlier_target(lo: int, hi: int) -> bool:
        """Whether paragraphs lo..hi-1 name the Bill: one of them does (a phrase cannot start at a
        paragraph break), or, only when none does, a phrase running over a break."""
        if any(prepared(k).targets for k in range(lo, hi)):
            return True
        span = lexicon.target_span
        if any(len(prepared(k).token_starts) <= span for k in range(lo + 1, hi - 1)):
            previous = "\n\n".join(paragraphs[lo:hi])    # a phrase could run over two breaks
            return bool(previous) and bool(lexicon.scanner.scan(_normalise(previous))["targets"])
        return any(_runs_over(prepared(k), prepared(k + 1), span, lexicon) for k in range(lo, hi - 1))

    def article_names_target(hi: int) -> bool:
        """Whether any paragraph before paragraph hi (0-based) names the Bill."""
        return any(prepared(k).targets for k in range(hi))

    for values in records:
        if values.get("article_id") != article:
            article, contexts = values.get("article_id"), {}
            positions.clear()
        paragraphs = by_article.get(article, ())
        number = int(values["paragraph"]) if "paragraph" in values and paragraphs else 0
        text, start = str(values["text"]), values.get("start")
        start = int(start) if start is not None and start == start else None
        ctx, at, earlier, topic = None, 0, _never, _never
        if 1 <= number <= len(paragraphs):
            quote = values.get("quote_id") or ""
            first = opened.setdefault(quote, number) if isinstance(quote, str) and quote else number
            earlier = partial(earlier_target, max(0, min(first, number) - 2), number - 1)
            topic = partial(article_names_target, number - 1)
            at = _locate(text, paragraphs[number - 1], start)
            if at >= 0:
                ctx = prepared(number - 1)
        if ctx is None:                          # read alone
            ctx, at = _Context(text, lexicon), 0
        result = _classify(text, ctx, at, earlier, topic)
        turn = values.get("turn") or ""
        if isinstance(turn, str) and turn:
            quoted = bool(values.get("quote_id"))
            if result.stance == "none" and quoted and turn in positions and \
                    positions[turn][0].stance in CARRY_STANCES and number - positions[turn][1] <= CARRY_PARAGRAPHS:
                # the speaker's quoted words with no position of their own, in a turn that took one in the
                # same paragraph or the one before, are read with what they continue (stance rule 10); a
                # reported clause is the reporter's summary of a point of its own, and keeps its own reading
                held, held_at = positions[turn]
                result = StanceResult(held.stance, held.favor, held.against, result.evidence, held_at,
                                      held.describe())
            elif result.stance != "none":
                positions[turn] = (result, number)
        yield result


def add_stance(statements: "pd.DataFrame", corpus: "pd.DataFrame | Iterable[Article] | None" = None,
               lexicon: StanceLexicon | None = None, debate: str | Path | Debate | None = None
               ) -> "pd.DataFrame":
    """Add ``stance`` and ``stance_evidence`` columns to a table of statements.

    Parameters
    ----------
    statements : pandas.DataFrame
        With a ``text`` column; with ``article_id``, ``paragraph`` (1-based) and ``start`` the paragraph
        and the one before it come from ``corpus``, and with ``quote_id`` the earlier paragraphs of a
        quotation too. With ``turn`` (from :func:`newslib.statements`), quoted words with no position of
        their own take the last position of their turn (stance rule 10; the evidence says so). The speaker,
        role and camp columns are never read.
    corpus : DataFrame or iterable of Article, optional
        The table from :func:`newslib.articles.load_corpus`, or articles (one is enough for one article's
        statements). Without it each statement is read alone.
    lexicon : StanceLexicon, optional
        Default that of ``debate``.
    debate : path or Debate, optional
        The debate pack whose targets and cues to use when no ``lexicon`` is given; default the packaged one.

    Returns
    -------
    pandas.DataFrame
        A copy of ``statements`` with ``stance`` and ``stance_evidence`` (one line, see
        :meth:`StanceResult.describe`).

    Examples
    --------
    >>> import pandas as pd
    >>> add_stance(pd.DataFrame({"text": ["Scrap the bill.", "It was a busy day."]}))["stance"].tolist()
    ['against', 'none']
    """
    columns = [c for c in ("article_id", "paragraph", "start", "quote_id", "turn") if c in statements.columns]
    names = ["text", *columns]
    # One dict per row built in C from the columns' lists: itertuples and _asdict (and iterating a string
    # column element by element) cost more than the stance of most statements. tolist() may give int where
    # iteration gives numpy.int64 (nullable Int64 columns); stance_records reads both alike.
    records = map(dict, map(partial(zip, names), zip(*(statements[c].tolist() for c in names))))
    # Each result summed up as it comes: kept until the end, the StanceResults made the garbage collector
    # run four full collections over 10,000 articles, walking them all (about 8% of the stage's time).
    stances, described = [], []
    for result in _stance_iter(records, corpus, _lexicon(lexicon, debate)):
        stances.append(result.stance)
        described.append(result.describe())
    return statements.assign(stance=stances, stance_evidence=described)


def stance_by_camp(statements: "pd.DataFrame", stance: str = "stance", camps: tuple[str, ...] | None = None,
                   debate: str | Path | Debate | None = None) -> "pd.DataFrame":
    """Counts and shares of statements and of their words, per camp and stance, per article and overall.

    Parameters
    ----------
    statements : pandas.DataFrame
        With ``article_id``, ``camp``, ``text`` and the stance column.
    stance : str
        The column holding the stance (e.g. ``stance`` from :func:`add_stance`, or a gold column).
    camps : tuple of str, optional
        Camps in row order; default the camps of ``debate`` (the packaged pack by default) plus any
        others, sorted.
    debate : path or Debate, optional
        The debate pack whose camps give the order.

    Returns
    -------
    pandas.DataFrame
        One row per article (and ``article_id == "all"``), camp and stance in :data:`STANCES`, zeros
        included: ``n`` (statements), ``words``, ``camp_n`` and ``camp_words`` (the camp's totals in that
        article), ``share_n = n / camp_n`` and ``share_words = words / camp_words``.

    Examples
    --------
    >>> import pandas as pd
    >>> s = pd.DataFrame({"article_id": ["a", "a"], "camp": ["labour", "labour"],
    ...                   "text": ["Drop the bill now", "No"], "stance": ["against", "none"]})
    >>> t = stance_by_camp(s, camps=("labour",))
    >>> t[t.article_id == "all"][["stance", "n", "words", "share_words"]].to_dict("records")
    [{'stance': 'favor', 'n': 0, 'words': 0, 'share_words': 0.0}, {'stance': 'against', 'n': 1, 'words': 4, 'share_words': 0.8}, {'stance': 'none', 'n': 1, 'words': 1, 'share_words': 0.2}]
    """
    import pandas as pd

    frame = statements[["article_id", "camp", stance]].rename(columns={stance: "stance"}).assign(
        words=[count_words(str(t)) for t in statements["text"]])
    unknown = set(frame["stance"]) - set(STANCES)
    if unknown:
        raise ValueError(f"stance must be one of {', '.join(STANCES)}; found {', '.join(map(str, unknown))}")
    if camps is None:
        known = load_debate(debate).camp_names
        camps = known + tuple(sorted(set(frame["camp"]) - set(known)))
    frame = pd.concat([frame, frame.assign(article_id="all")], ignore_index=True)
    articles = sorted(set(frame["article_id"]) - {"all"}) + ["all"]
    grid = pd.MultiIndex.from_product([articles, camps, STANCES], names=["article_id", "camp", "stance"])
    table = frame.groupby(["article_id", "camp", "stance"]).agg(n=("words", "size"), words=("words", "sum"))
    table = table.reindex(grid, fill_value=0).reset_index()
    totals = table.groupby(["article_id", "camp"])[["n", "words"]].transform("sum")
    table["camp_n"], table["camp_words"] = totals["n"], totals["words"]
    table["share_n"] = (table["n"] / table["camp_n"]).where(table["camp_n"] > 0, 0.0)
    table["share_words"] = (table["words"] / table["camp_words"]).where(table["camp_words"] > 0, 0.0)
    return table
