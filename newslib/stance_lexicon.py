"""The vocabulary of stance as data: cue phrases, negators and target terms, checked and compiled.

Four CSV files hold everything :mod:`newslib.stance` knows: ``newslib/data/`` holds the general cues and the
negators; each debate pack (:mod:`newslib.debate`) holds its targets and, optionally, cues of its own that
are added to the general ones (a debate's slogans and the phrases only ever said of its policy).

``stance_lexicon.csv``  ``phrase, stance, target, weight, source, note``
    A **cue**: words that take a side. ``stance`` is ``favor`` or ``against`` (the Bill), or ``none`` for a
    look-alike that must not be read as the cue inside it ("as far as we are concerned"). ``target`` says
    when the cue counts: ``self`` (the phrase already names the Bill or is only ever said of it: "save the
    NHS", "privatisation"), ``after`` (a target term within a few words after it: "support the reforms",
    not "full support" for a minister), ``near`` (a target within a few words on either side: "the bill
    to be dropped", "damage ... this bill"), ``sentence`` (a target anywhere in the sentence) or ``agent``
    (as ``near``, but only when the target acts and is not acted on: "the reforms will improve care" takes
    a side, "solutions to improve the Bill" and "how the bill can be improved" say that the Bill is to be
    changed, which is none).
    ``weight`` (default 1) is 2 for unmistakable calls ("scrap", "drop"). ``source`` says where the row
    comes from: ``general`` (the vocabulary of the debate), ``seed`` (a phrase found only in the
    seed articles) or ``tune`` (a phrase found in one article of the development corpus's ``tune`` split),
    kept apart so readers can measure how much the result leans on them.
``stance_negators.csv``  ``phrase, effect, scope, source, note``
    Words that change a cue: ``flip`` reverses it ("will not drop the Bill" is for it), ``cancel`` drops
    it ("playing down their battle against the reforms"), ``keep`` leaves it as it is and shields it from
    a negator further back ("not too late to scrap the Bill" is still a call to scrap it). ``scope`` ``before``: up to three words before
    the cue, in its clause; ``lead_in``: just before a statement, outside it ("denied that ...");
    ``rest``: every cue after it to the end of its sentence ("it is untrue that the Bill will ..."). A
    dismissed claim takes two rows: a ``claim`` ("claims that", "those who say") and, later in the same
    sentence, a ``dismissal`` ("are nonsense", "are simply wrong"); every cue between them is reversed
    ("claims that the reforms will destroy the NHS are nonsense" is for the reforms). Their effect is
    ``flip``.
``stance_targets.csv``  ``term, note`` (in the debate pack)
    What the Bill is called: "the Bill", "the reforms", "the planned changes", its parts.

**Phrase syntax**, for all three: words are matched whole and without regard to case; ``*`` inside a word
matches any letters (``scrap*``: scrap, scrapped, scrapping), and ``*`` alone any one word; ``/`` gives alternatives for one word
(``doctors/gps``); ``...`` lets up to three words in between; ``|`` separates whole alternative phrases.
When two phrases start at the same place the longer wins ("no top-down reorganisation" over the negator
"no"; the negator "backing away from" over the cue "backing").
"""
from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, compress
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING, Iterable

from .errors import InputError

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["StanceLexiconError", "Cue", "Negator", "Target", "StanceLexicon", "parse_cues", "parse_negators",
           "parse_targets", "read_cues", "read_negators", "read_targets", "phrase_pattern", "Scanner",
           "TARGET_SCOPES", "EFFECTS"]

#: When a cue counts (see the module docstring).
TARGET_SCOPES: tuple[str, ...] = ("self", "after", "near", "sentence", "agent")
#: What a negator does to a cue, and where it looks.
EFFECTS: tuple[str, ...] = ("flip", "cancel", "keep")
SCOPES: tuple[str, ...] = ("before", "lead_in", "rest", "claim", "dismissal")

# One-to-one replacements, so offsets in the normalised text are offsets in the original.
NORMALISE = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-"})
_WORDCHARS = r"[\w'-]"
_SEP = r"[\s\"]+"
_GAP = rf"(?:{_SEP}{_WORDCHARS}+){{0,3}}"


class StanceLexiconError(InputError):
    """A stance lexicon, negator or target file that cannot be used: the file, the line, what was expected."""


@dataclass(frozen=True)
class Cue:
    """One row of the cue lexicon."""

    phrase: str
    stance: str
    target: str
    weight: float
    source: str
    note: str
    line: int


@dataclass(frozen=True)
class Negator:
    """One row of the negator list."""

    phrase: str
    effect: str
    scope: str
    source: str
    note: str
    line: int


@dataclass(frozen=True)
class Target:
    """One row of the target list."""

    term: str
    note: str
    line: int


def _word(token: str) -> str:
    choices = []
    for choice in token.split("/"):
        if not choice:
            raise ValueError(f"empty word in {token!r}")
        if choice == "*":
            choices.append(_WORDCHARS + "+")
            continue
        choices.append((_WORDCHARS + "*").join(map(re.escape, choice.split("*"))))
    return choices[0] if len(choices) == 1 else "(?:" + "|".join(choices) + ")"


def _alternative(words: list[str]) -> str:
    if words[0] == "..." or words[-1] == "..." or "... ..." in " ".join(words):
        raise ValueError("'...' must stand between two words")
    out = _word(words[0])
    for token in words[1:]:
        out += _GAP if token == "..." else _SEP + _word(token)
    return rf"(?<![\w-]){out}(?![\w-])"


def phrase_pattern(phrase: str) -> list[tuple[str, int]]:
    """The regular expressions of a phrase, one per ``|`` alternative, with its length in words.

    Raises ``ValueError`` for a phrase that the syntax of the module docstring does not allow.

    Examples
    --------
    >>> [bool(re.fullmatch(p, "dropped", re.I)) for p, _ in phrase_pattern("drop*")]
    [True]
    >>> [n for _, n in phrase_pattern("vote* against|in favour of")]
    [2, 3]
    """
    alternatives = [a.split() for a in phrase.split("|")]
    if any(not a for a in alternatives):
        raise ValueError(f"empty alternative in {phrase!r}")
    return [(_alternative(words), len(words)) for words in alternatives]


def _read(path: str | Path | None, default: str) -> tuple[str, str]:
    if path is None:
        return f"newslib/data/{default}", files("newslib").joinpath(f"data/{default}").read_text("utf-8")
    try:
        return str(path), Path(path).read_text(encoding="utf-8")
    except OSError as err:
        raise StanceLexiconError(path, 0, f"expected a readable CSV file ({err.strerror})") from None
    except UnicodeDecodeError as err:
        raise StanceLexiconError(path, 1, f"expected UTF-8 text ({err.reason})") from None


def _rows(name: str, text: str, required: tuple[str, ...]) -> Iterable[tuple[int, dict]]:
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff"), newline=""))
    missing = set(required) - set(reader.fieldnames or ())
    if missing:
        raise StanceLexiconError(name, 1, f"expected a header with the columns {', '.join(required)}; "
                                          f"missing {', '.join(sorted(missing))}")
    seen: dict[str, int] = {}
    for row in reader:
        line = reader.line_num
        row = {k: (v or "").strip() for k, v in row.items() if k is not None}
        phrase = row[required[0]].lower()
        if not phrase:
            raise StanceLexiconError(name, line, f"expected a {required[0]}, found an empty field")
        if phrase in seen:
            raise StanceLexiconError(name, line, f"expected each {required[0]} once; {phrase!r} is also on "
                                                 f"line {seen[phrase]}")
        try:
            phrase_pattern(phrase)
        except ValueError as err:
            raise StanceLexiconError(name, line, f"expected a phrase in the lexicon syntax: {err}") from None
        seen[phrase] = line
        row[required[0]] = phrase
        yield line, row


def _choice(name: str, line: int, row: dict, column: str, allowed: tuple[str, ...]) -> str:
    value = row[column].lower()
    if value not in allowed:
        raise StanceLexiconError(name, line, f"expected {column} to be one of {', '.join(allowed)}, "
                                             f"found {row[column]!r}")
    return value


def parse_cues(text: str, name: str = "<stance_lexicon>") -> list[Cue]:
    """Cue rows from the CSV text of a ``stance_lexicon.csv``, every row checked (file and line)."""
    cues = []
    for line, row in _rows(name, text, ("phrase", "stance", "target")):
        stance = _choice(name, line, row, "stance", ("favor", "against", "none"))
        target = _choice(name, line, row, "target", TARGET_SCOPES)
        try:
            weight = float(row.get("weight") or 1)
        except ValueError:
            weight = -1.0
        if not weight > 0:
            raise StanceLexiconError(name, line, f"expected a positive weight, found {row.get('weight')!r}")
        cues.append(Cue(row["phrase"], stance, target, weight, row.get("source") or "general",
                        row.get("note", ""), line))
    return cues


def parse_negators(text: str, name: str = "<stance_negators>") -> list[Negator]:
    """Negator rows from the CSV text of a ``stance_negators.csv``."""
    negators = []
    for line, row in _rows(name, text, ("phrase", "effect", "scope")):
        effect = _choice(name, line, row, "effect", EFFECTS)
        scope = _choice(name, line, row, "scope", SCOPES)
        if scope in ("rest", "claim", "dismissal") and effect != "flip":
            raise StanceLexiconError(name, line, f"expected effect flip for scope {scope}, found {effect!r}")
        negators.append(Negator(row["phrase"], effect, scope, row.get("source") or "general",
                                row.get("note", ""), line))
    return negators


def parse_targets(text: str, name: str = "<stance_targets>") -> list[Target]:
    """Target rows from the CSV text of a ``stance_targets.csv``."""
    return [Target(row["term"], row.get("note", ""), line) for line, row in _rows(name, text, ("term",))]


def read_cues(path: str | Path | None = None) -> list[Cue]:
    """The cues of a file, or (None) the general ones in ``newslib/data/stance_lexicon.csv``."""
    return list(_general_cues()) if path is None else parse_cues(*reversed(_read(path, "")))


def read_negators(path: str | Path | None = None) -> list[Negator]:
    """The negators of a file, or (None) the packaged ``newslib/data/stance_negators.csv``."""
    return list(_general_negators()) if path is None else parse_negators(*reversed(_read(path, "")))


def read_targets(path: str | Path) -> list[Target]:
    """The targets of a file (a debate pack's ``stance_targets.csv`` or one of your own)."""
    return parse_targets(*reversed(_read(path, "")))


@lru_cache(maxsize=1)
def _general_cues() -> tuple[Cue, ...]:
    return tuple(parse_cues(*reversed(_read(None, "stance_lexicon.csv"))))


@lru_cache(maxsize=1)
def _general_negators() -> tuple[Negator, ...]:
    return tuple(parse_negators(*reversed(_read(None, "stance_negators.csv"))))


#: A word, as the scanner and the window arithmetic of :mod:`newslib.stance` count them.
WORD = re.compile(r"\w[\w'-]*")
_WORD_SPLIT = re.compile(f"({WORD.pattern})")


def _rank(entry: tuple) -> int:
    return entry[0]


_PLAIN_WORD = re.compile(r"[a-z0-9_][a-z0-9_-]*")
# Text the anchor test may not judge: characters that match an ASCII letter under re.IGNORECASE without
# lowering to it ("ſ", the Kelvin sign, dotted and dotless i) lie outside Latin-1 and general punctuation.
_EXOTIC = re.compile(r"[^\x00-\xff\u2000-\u206f\u20a0-\u20cf]")


def _anchor(words: list[str]) -> tuple[frozenset, int] | None:
    """A word a phrase cannot match without: (its spellings, how many words after the first it may be).

    Most phrases that start at a common word ("the", "in", "nhs") fail on the word after it, and looking
    up the next word in a set costs a fraction of a regular-expression match. The anchor is the second
    word, or the third after a ``...`` (up to three words between, so up to four words on); only a
    word of plain ASCII letters, digits and hyphens, which the phrase matches exactly (no ``*``), and which
    as a token is then the word itself, or the word followed by an apostrophe (``changes'``).
    """
    if len(words) > 1 and words[1] != "...":
        word, span = words[1], 1
    elif len(words) > 2 and words[1] == "...":
        word, span = words[2], 4
    else:
        return None
    choices = word.split("/")
    if not all(_PLAIN_WORD.fullmatch(c) for c in choices):
        return None
    return frozenset(choices), span


class Scanner:
    """Find many phrases in a text in one pass: longest first at each word, never overlapping in a layer.

    One regular expression with a hundred alternatives is slow in Python's ``re`` (each alternative is
    tried at every character), so each alternative is compiled alone and filed under its first word: the
    word itself, its prefix (``scrap*``) or its suffix (``*n't``). At each word of a text only the phrases
    that can start there are tried, in order of priority (more words first, then longer patterns). Each
    layer (cues, lead-in negators, targets) keeps its own matches, so a target may sit inside a cue.
    """

    def __init__(self, layers: dict[str, Iterable[tuple[str, object]]]):
        alternatives = []
        for layer, entries in layers.items():
            for k, (phrase, item) in enumerate(entries):
                for words, (pattern, n_words) in zip(phrase.split("|"), phrase_pattern(phrase)):
                    alternatives.append((-n_words, -len(pattern), k, layer, pattern, item, words.split()))
        alternatives.sort(key=lambda a: a[:3])
        self.layers = tuple(layers)
        self.exact: dict[str, list] = {}
        self.prefix: dict[str, list] = {}
        self.suffix: dict[str, list] = {}
        self.anywhere: list = []
        for rank, (_, _, _, layer, pattern, item, words) in enumerate(alternatives):
            # the pattern is compiled the first time a word that can start it is met (_ordered): a corpus
            # meets a fraction of a lexicon's phrases, and compiling them all costs more than reading a
            # hundred articles (phrase_pattern escapes every word, so no pattern can fail to compile)
            entry = (rank, layer, pattern, item, _anchor(words))
            for choice in set(words[0].split("/")):
                head, star, tail = choice.partition("*")
                if not star:
                    self.exact.setdefault(choice, []).append(entry)
                elif head and not tail:
                    self.prefix.setdefault(head, []).append(entry)
                elif tail and not head and "*" not in tail:
                    self.suffix.setdefault(tail, []).append(entry)
                else:
                    self.anywhere.append(entry)
        self.prefix_lengths = sorted({len(p) for p in self.prefix})
        self.suffix_lengths = sorted({len(t) for t in self.suffix})
        # word -> its candidates in order of priority. Depends on the word alone, and a language has far
        # fewer word forms than texts have words; cleared when large so memory stays bounded.
        self._by_word: dict[str, list] = {}
        # (word, next word) -> the word's candidates less those whose anchor is the next word and is not
        # it: most phrases fail there, and one lookup of the pair replaces a test per candidate.
        self._by_pair: dict[tuple[str, str], list] = {}
        self._ready: dict[tuple, tuple] = {}    # (rank, anchor) -> the entry with its pattern compiled

    def _ordered(self, word: str) -> list:
        found = self._by_word.get(word)
        if found is None:
            if len(self._by_word) > 200_000:
                self._by_word.clear()
            found = self._by_word[word] = [self._compiled(entry) for entry in
                                           sorted(self._candidates(word), key=_rank)]
        return found

    def _compiled(self, entry: tuple) -> tuple:
        """The entry with its pattern compiled, once per phrase."""
        key = (entry[0], entry[4])
        ready = self._ready.get(key)
        if ready is None:
            ready = self._ready[key] = entry[:2] + (re.compile(entry[2], re.IGNORECASE),) + entry[3:]
        return ready

    def _paired(self, word: str, after: str) -> list:
        # An anchor met here is dropped from the entry; what stays is an anchor further on, tested per text.
        found = [entry if entry[4] is None or entry[4][1] != 1 else entry[:4] + (None,)
                 for entry in self._ordered(word)
                 if entry[4] is None or entry[4][1] != 1 or after in entry[4][0]
                 or ("'" in after and after.partition("'")[0] in entry[4][0])]
        if len(self._by_pair) > 200_000:
            self._by_pair.clear()
        self._by_pair[(word, after)] = found
        return found

    def _candidates(self, word: str) -> list:
        found = list(self.exact.get(word, ()))
        for n in self.prefix_lengths:
            if n > len(word):
                break
            found += self.prefix.get(word[:n], ())
        for n in self.suffix_lengths:
            if n <= len(word):
                found += self.suffix.get(word[-n:], ())
        return found + self.anywhere

    def scan(self, text: str) -> dict[str, list[tuple[int, int, object]]]:
        """For each layer, ``(start, end, item)`` of each phrase found, in reading order."""
        return self.scan_words(text)[0]

    def scan_words(self, text: str) -> tuple[dict[str, list[tuple[int, int, object]]], list[int]]:
        """What :meth:`scan` finds, and the offset of each word (:data:`WORD`) of the text."""
        found: dict[str, list] = {layer: [] for layer in self.layers}
        cursor = dict.fromkeys(self.layers, 0)
        # One C-level split gives the words and the gaps between them: parts = [gap, word, gap, ... gap],
        # and the offsets of the words by summing lengths (what the stance windows count in).
        if text.isascii():
            # Lower-casing ASCII keeps every offset and word boundary, so the text is lowered once.
            parts = _WORD_SPLIT.split(text.lower())
            keys = [w.rstrip("'") for w in parts[1::2]] if "'" in text else parts[1::2]
        else:
            parts = _WORD_SPLIT.split(text)
            keys = [w.lower().rstrip("'") for w in parts[1::2]]
        at = list(accumulate(map(len, parts)))
        # The candidates of each word from the memo by word form, looked up in C; only the words where a
        # phrase can start (a few in ten) are visited in Python.
        candidates = list(map(self._by_word.get, keys))
        if None in candidates:
            candidates = [self._ordered(k) if c is None else c for k, c in zip(keys, candidates)]
        anchors = _EXOTIC.search(text) is None
        # With no apostrophe in the text, an anchor further on is found by one set test (see _anchored).
        plain = "'" not in text
        pairs = self._by_pair
        nexts = keys[1:]
        nexts.append("")                          # the word after each word ("" after the last)
        for i in compress(range(len(keys)), candidates):
            pos = at[2 * i]                       # the end of the gap before word i
            if anchors:
                # The phrases whose anchor is the next word were sifted once per pair of words.
                entries = pairs.get((keys[i], nexts[i]))
                if entries is None:
                    entries = self._paired(keys[i], nexts[i])
            else:                                 # text the anchors may not judge: every phrase is tried
                entries = [entry[:4] + (None,) for entry in candidates[i]]
            for _, layer, compiled, item, anchor in entries:
                if pos < cursor[layer]:
                    continue
                if anchor is not None and (anchor[0].isdisjoint(keys[i + 1:i + 1 + anchor[1]]) if plain
                                           else not _anchored(keys, i, anchor)):
                    continue
                m = compiled.match(text, pos)
                if m:
                    found[layer].append((pos, m.end(), item))
                    cursor[layer] = m.end()
        return found, at[0:-1:2]


def _anchored(keys: list[str], i: int, anchor: tuple[frozenset, int]) -> bool:
    """Whether the anchor of a phrase starting at word i is among the words after it."""
    choices, span = anchor
    for key in keys[i + 1:i + 1 + span]:
        if key in choices or ("'" in key and key.partition("'")[0] in choices):
            return True
    return False


class StanceLexicon:
    """Cues, negators and targets, compiled once (see the module docstring for the files).

    Attributes
    ----------
    cues, negators, targets : tuple
        The rows, as :class:`Cue`, :class:`Negator` and :class:`Target`.
    target_span : int
        The most words (and runs of ``'`` and ``-``) a target term can cover.
    scanner : Scanner
        Three layers: ``cues`` (cues and ``before`` negators together, so that where they overlap the
        longer one wins), ``leads`` (the other negators, which leave the cues they overlap in place: "is
        simply wrong" dismisses a claim, and "wrong" is still a cue) and ``targets``.
    """

    def __init__(self, cues: Iterable[Cue], negators: Iterable[Negator], targets: Iterable[Target]):
        self.cues, self.negators, self.targets = tuple(cues), tuple(negators), tuple(targets)
        self.scanner = Scanner({
            "cues": [(c.phrase, c) for c in self.cues]
                    + [(n.phrase, n) for n in self.negators if n.scope == "before"],
            "leads": [(n.phrase, n) for n in self.negators if n.scope != "before"],
            "targets": [(t.term, t) for t in self.targets]})
        # The most runs of word characters a target can cover: its words, and three for each "...".
        self.target_span = max((len(words) + 2 * words.count("...")
                                for words in (a.split() for t in self.targets for a in t.term.split("|"))),
                               default=0)

    def table(self) -> "pd.DataFrame":
        """The cues as a DataFrame (``phrase, stance, target, weight, source, note, line``)."""
        import pandas as pd

        return pd.DataFrame([c.__dict__ for c in self.cues],
                            columns=["phrase", "stance", "target", "weight", "source", "note", "line"])
