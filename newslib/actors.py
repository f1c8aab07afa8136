"""The actor registry, the descriptor rules and the reporting cues.

All knowledge about who is who lives in CSV files read with :mod:`importlib.resources`: the actors and
the descriptors that place speakers in camps belong to a debate pack (:mod:`newslib.debate`, which builds
the :class:`Registry`), the general descriptors and the cues to ``newslib/data/``. This module holds the
mechanism and checks the rows; it knows no camp, person or debate.

``actors.csv`` (in the pack)
    ``name, aliases, camp, role, gender, type, note``: one row per person or body of the debate.
    ``aliases`` are separated by ``|``; ``camp`` is one of the pack's camps; ``gender`` is ``m``, ``f`` or
    empty; ``type`` is ``person``, ``body`` or ``party``. A user may pass a registry of their own in the
    same format (only ``name, aliases, camp, role`` are required).
``descriptors.csv`` (general rows in ``newslib/data/``, rows that name a camp in the pack)
    ``priority, phrase, kind, camp, body, gender, number, note``: words that describe speakers. ``camp``
    rows place an unknown speaker in a camp (the lowest ``priority`` wins, so "shadow health secretary"
    beats "health secretary"); ``head`` rows are nouns that name an anonymous speaker ("source",
    "spokeswoman"; ``number`` ``group`` marks a group of the public, "people", "residents", which keeps its
    own words as speaker and is never the last body's spokesperson); ``generic`` rows are nouns that refer
    back to a body ("the party"); ``title``, ``pronoun``, ``none`` (no speaker: "reports"), ``work`` (a quotation after it is a title),
    ``addressee`` (skipped after "told"), ``adjunct`` (a time or place skipped after a cue: "on Tuesday"),
    ``newsroom`` (a trailing formula cut from the words: "Pulse has learned"), ``relation`` (a possessor
    is not the speaker: "X's critics"), ``organisation`` (a person's alias before one is part of a
    body's name: "the Carter Trust"), ``motion`` (a noun of saying that carries a call: "a motion calling
    for ...") and ``moves`` (a verb whose subject gives such a noun: "tabled", "carried").
``cues.csv``
    ``cue, speaker, content, note``: reporting verbs and phrases; ``speaker`` says whether the speaker
    comes ``before`` the cue ("X said") or ``after`` it ("according to X"); ``content`` says whether the
    cue alone can introduce indirect speech (``yes``), attributes quotations only (``no``), or is a cue only
    when a quotation opens after it in its sentence (``quoted``: "X called the plans "a disaster"", where
    "a group called Y" names), or a verb of naming that is also a cue, with no quotation, before a judgement
    with its article (``naming``: "called the overhaul a huge gamble", not "called the minister a day later"),
    or a verb whose words are its own only as a request (``request``: "asked everyone to contact their MP",
    not "asked whether ...", the question put to the speaker).

The compiled patterns are alternations of literal phrases: matching is linear in the text.
"""
from __future__ import annotations

import csv
import io
import re
from bisect import bisect_right
from itertools import accumulate, compress
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import NamedTuple

from .errors import InputError
from .readers import csv_rows, decode_utf8

__all__ = ["Actor", "Descriptor", "Cue", "Registry", "Mention", "ActorRegistryError", "VocabularyError",
           "parse_actors", "parse_descriptors", "general_descriptors", "general_cues"]

_TYPES = ("", "person", "body", "party")
_GENDERS = ("", "m", "f")
_MENTION_KINDS = ("actor", "title", "head", "generic", "pronoun", "none")
_KINDS = ("camp", "head", "generic", "title", "pronoun", "none", "work", "addressee", "adjunct", "newsroom",
          "relation", "organisation", "motion", "moves")


class ActorRegistryError(InputError):
    """An actor registry that cannot be used (file, line, what was expected)."""


class VocabularyError(InputError):
    """A descriptor or cue file that cannot be used (file, line, what was expected)."""


@dataclass(frozen=True)
class Actor:
    """A person or body in the registry."""

    name: str
    aliases: tuple[str, ...]
    camp: str
    role: str = ""
    gender: str = ""
    type: str = ""
    note: str = ""


@dataclass(frozen=True)
class Descriptor:
    """A word or phrase that describes a speaker (see the module docstring for the kinds)."""

    priority: int
    phrase: str
    kind: str
    camp: str = ""
    body: str = ""
    gender: str = ""
    number: str = ""
    note: str = ""


@dataclass(frozen=True)
class Cue:
    """A reporting verb or phrase."""

    cue: str
    speaker: str = "before"
    content: bool = True
    note: str = ""
    quoted_only: bool = False   # a cue only when a quotation opens after it in the same sentence
    naming: bool = False        # ... or, with no quotation, before a judgement with its article
    request: bool = False       # words of its own only as a request: "asked everyone to contact their MP"


class Mention(NamedTuple):
    """A stretch of text naming an actor or describing a speaker.

    ``kind`` is ``actor`` (then ``actor`` is set and ``title`` holds an honorific before the name) or a
    descriptor kind (then ``descriptor`` is set).
    """

    start: int
    end: int
    kind: str
    actor: Actor | None = None
    descriptor: Descriptor | None = None
    title: str = ""


# Words, with inner hyphens, dots and apostrophes (No.10, GP-led, O'Brien) but not a possessive 's,
# so "Labour's" gives "Labour" (and a stray "s").
_TOKEN = re.compile(r"\w+(?:[-.]\w+|['’](?!s\b)\w+)*")
#: "a former GP", "ex-health minister", "former Labour health minister": an office or profession held before
#: does not place a speaker now (codebook N4: a former office-holder is not the government)
_FORMER = re.compile(r"\b(?:former|ex)(?:\s+|-)(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)
_TOKEN_SPLIT = re.compile(f"({_TOKEN.pattern})")


class Hit(NamedTuple):
    """A phrase found in a text (the part of :class:`re.Match` that callers use).

    A named tuple rather than a frozen dataclass: thousands are made per article, and tuples are cheap.
    """

    begin: int
    finish: int
    text: str

    def start(self) -> int:
        return self.begin

    def end(self) -> int:
        return self.finish

    def group(self, name: str | None = None) -> str:
        return self.text


#: Makes a :class:`Hit` or :class:`Mention` from a tuple of all its fields without the named tuple's Python-level
#: ``__new__`` (the scanner makes many).
_hit = tuple.__new__


def _loose(name: str) -> str:
    """A name as the phrase scanner sees it: its words, lower case, one space between them."""
    return "\x00" + " ".join(w.lower() for _, _, w in _tokens(name))


def _mention_order(m: Mention) -> tuple[int, int]:
    return m.start, -m.end


def _tokens(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """Word tokens (start, end, text)."""
    return [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, start, len(text) if end is None else end)]


class _PhraseIndex:
    """Phrases of several kinds, found by looking words up in a dict: one pass, linear in the text.

    A phrase with a capital letter matches case-sensitively, a lower-case one in any case (cues always in
    any case). At each word, the longest phrase of each kind wins and matches of a kind do not overlap.
    """

    def __init__(self) -> None:
        self.trie: dict = {}                     # word -> {word -> ..., None: [(kind, phrase, exact)]}

    def add(self, kind: str, phrase: str, any_case: bool = False) -> None:
        words = tuple(w for _, _, w in _tokens(phrase))
        if not words:
            return
        exact = words if not any_case and phrase != phrase.lower() else None
        node = self.trie
        for w in words:
            node = node.setdefault(w.lower(), {})
        entries = node.setdefault(None, [])
        if (kind, phrase, exact) not in entries:
            entries.append((kind, phrase, exact))

    def scan(self, text: str, start: int = 0, end: int | None = None,
             kinds: tuple[str, ...] | None = None) -> dict[str, list[Hit]]:
        end = len(text) if end is None else end
        # One C-level split gives the words and the gaps between them: parts = [gap, word, gap, ... gap].
        # Offsets are summed up only when something matches.
        parts = _TOKEN_SPLIT.split(text[start:end] if start or end != len(text) else text)
        words, gaps = parts[1::2], parts[0::2]       # gaps[k] comes just before words[k]
        # Lower-casing the whole text once and splitting that instead saves ~1 ms per 1,000 paragraphs,
        # and slicing the words as written back out for case-sensitive phrases costs more (measured, issue 9).
        lower = list(map(str.lower, words))
        found: dict[str, list[Hit]] = {}
        free: dict[str, int] = {}
        at: list[int] = []                           # at[2k + 1], at[2k + 2]: start and end of word k
        trie, size = self.trie, len(lower)
        last = size - 1
        # Only a word that begins some phrase can start a match (about a third of the words of news copy):
        # pick those out at C speed instead of looking every word up in a Python loop.
        for i in compress(range(size), map(trie.__contains__, lower)):
            node = trie[lower[i]]
            entries = node.get(None)
            if entries is None and (i == last or lower[i + 1] not in node):
                continue                         # "the", "a": most fail on the next word, tested first
            # kind -> words matched by the longest phrase, in the order the kinds are met: the first kind in
            # two locals (most words start phrases of one kind), any other in a dict
            first, length, more = None, 0, None
            j = i
            while True:
                if entries is not None:
                    for kind, _, exact in entries:
                        if (kinds is None or kind in kinds) and free.get(kind, 0) <= i and \
                                (exact is None or tuple(words[i:j + 1]) == exact):
                            if first is None or kind == first:
                                first, length = kind, j + 1 - i
                            else:
                                if more is None:
                                    more = {}
                                more[kind] = j + 1 - i
                if j == last:
                    break
                j += 1
                node = node.get(lower[j])        # a phrase ends here unless the next word continues it
                if node is None:
                    break
                gap = gaps[j]
                # A phrase runs on over spaces and full stops, and over the apostrophe of a plural
                # possessive in a name ("the Water and Utility Workers' Union").
                if gap != " " and gap.strip(" .") and not (gap[0] in "'’" and words[j - 1][-1:] in "sS"
                                                          and not gap[1:].strip(" ")):
                    break
                entries = node.get(None)
            if first is None:
                continue
            if not at:
                at = list(accumulate(map(len, parts), initial=start))
            a = at[2 * i + 1]
            for kind, n in ((first, length),) if more is None else ((first, length), *more.items()):
                b = at[2 * (i + n)]
                hits = found.get(kind)
                if hits is None:
                    hits = found[kind] = []
                hits.append(_hit(Hit, (a, b, text[a:b])))
                free[kind] = i + n
        return found


@dataclass(frozen=True)
class Registry:
    """Actors, descriptors and cues, with the patterns compiled from them.

    Build one with :func:`newslib.debate.load_registry` (from a debate pack).
    """

    actors: tuple[Actor, ...]
    descriptors: tuple[Descriptor, ...]
    cues: tuple[Cue, ...]
    source: str = ""
    _by_alias: dict = field(default_factory=dict, repr=False, compare=False)
    _by_phrase: dict = field(default_factory=dict, repr=False, compare=False)
    _index: _PhraseIndex = field(default_factory=_PhraseIndex, repr=False, compare=False)
    _memo: dict = field(default_factory=dict, repr=False, compare=False)
    _actor_of: dict = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        for actor in self.actors:
            for alias in (actor.name, *actor.aliases):
                self._by_alias.setdefault(alias, actor)
                self._by_alias.setdefault(alias.lower(), actor)
                self._by_alias.setdefault(_loose(alias), actor)
        for d in sorted(self.descriptors, key=lambda d: d.priority):
            self._by_phrase.setdefault((d.kind, d.phrase), d)
            self._by_phrase.setdefault((d.kind, d.phrase.lower()), d)
        names = [a for actor in self.actors for a in (actor.name, *actor.aliases)]
        names += [n[0].upper() + n[1:] for n in names if n[:1].islower()]   # the PM / The PM
        for name in names:
            self._index.add("actor", name)
        for d in self.descriptors:
            if d.kind != "adjunct":              # looked up only after a cue (newslib.reported), not scanned
                self._index.add(d.kind, d.phrase)
        for c in self.cues:
            self._index.add("cue", c.cue, any_case=True)
        self._by_phrase.update({("cue", c.cue.lower()): c for c in self.cues})

    def actor(self, name: str) -> Actor | None:
        """The actor with this name or alias (exact, then case-insensitive, then as the scanner matches
        names: any apostrophes, spaces and full stops between the words), or None."""
        found = self._by_alias.get(name)
        if found is not None:
            return found
        # names that are no alias repeat across a corpus; their loose form is found once (bounded memo)
        memo = self._actor_of
        if name in memo:
            return memo[name]
        if len(memo) > 50_000:
            memo.clear()
        found = memo[name] = self._by_alias.get(name.lower()) or self._by_alias.get(_loose(name))
        return found

    def descriptor(self, kind: str, phrase: str) -> Descriptor | None:
        """The descriptor of this kind for a phrase as written, or None."""
        return self._by_phrase.get((kind, phrase)) or self._by_phrase.get((kind, phrase.lower()))

    def cue(self, phrase: str) -> Cue | None:
        """The cue for a phrase as written (case-insensitive), or None."""
        return self._by_phrase.get(("cue", phrase.lower()))

    def find(self, kind: str, text: str, start: int = 0, end: int | None = None) -> list[Hit]:
        """All matches of one kind (``actor``, ``cue`` or a descriptor kind) in ``text[start:end]``."""
        if start or end is not None or len(text) > 80:
            return self._index.scan(text, start, end, (kind,)).get(kind, [])
        key = (kind, text)                       # short descriptions and roles repeat across a corpus
        if key not in self._memo:
            if len(self._memo) > 50_000:
                self._memo.clear()
            self._memo[key] = self._index.scan(text, 0, None, (kind,)).get(kind, [])
        return list(self._memo[key])

    def mentions(self, text: str, start: int = 0, end: int | None = None) -> list[Mention]:
        """Actors, speaker nouns, generic nouns and pronouns in ``text[start:end]``, in order.

        An honorific just before an actor's name ("Dr", "Mr.") is part of the mention.

        Examples
        --------
        >>> from newslib.debate import load_registry
        >>> reg = load_registry()
        >>> [(m.kind, m.actor.name if m.actor else m.descriptor.phrase)
        ...  for m in reg.mentions("Dr Gerada told the party's sources she was wrong")]
        [('actor', 'Clare Gerada'), ('generic', 'party'), ('head', 'sources'), ('pronoun', 'she')]
        """
        return self.mentions_in(text, self._index.scan(text, start, end, _MENTION_KINDS))

    def scan(self, text: str, start: int = 0, end: int | None = None) -> dict[str, list[Hit]]:
        """Every phrase of every kind in ``text[start:end]`` in one pass: ``{kind: [Hit, ...]}``."""
        return self._index.scan(text, start, end)

    def mentions_in(self, text: str, hits: dict[str, list[Hit]]) -> list[Mention]:
        """The mentions among the hits of :meth:`scan` (see :meth:`mentions`)."""
        titles = {h.finish: h for h in hits.get("title", ())}
        found: list[Mention] = []
        taken: list[tuple[int, int]] = []
        actor = self.actor
        for h in hits.get("actor", ()):
            a = h.begin
            title = None
            if titles:                           # most paragraphs have no honorific at all
                for e in (a - 1, a - 2):
                    if e in titles and not text[e:a].strip(" ."):
                        title = titles[e]
                        break
            begin = title.begin if title is not None else a
            found.append(_hit(Mention, (begin, h.finish, "actor", actor(h.text), None,
                                        title.text if title is not None else "")))
            taken.append((begin, h.finish))
        covered_starts = [a for a, _ in taken]
        descriptor = self.descriptor
        for kind in ("head", "generic", "pronoun", "none"):
            for h in hits.get(kind, ()):
                if taken:
                    k = bisect_right(covered_starts, h.begin) - 1
                    inside = k >= 0 and taken[k][1] > h.begin
                    if inside or (k + 1 < len(taken) and taken[k + 1][0] < h.finish):
                        continue                 # a royal college's full name is an actor, not a head noun
                found.append(_hit(Mention, (h.begin, h.finish, kind, None, descriptor(kind, h.text), "")))
        found.sort(key=_mention_order)
        return found

    def _party(self, d: Descriptor) -> bool:
        """Whether a descriptor names a party ("Labour", "Lib Dem"): membership, not an office, so "former"
        before it does not cancel it."""
        actor = self.actor(d.body) if d.body else None
        return actor is not None and actor.type == "party"

    def place(self, text: str) -> Descriptor | None:
        """The highest-priority camp or head descriptor found in a description, or None.

        Examples
        --------
        >>> from newslib.debate import load_registry
        >>> reg = load_registry()
        >>> reg.place("shadow health secretary").camp, reg.place("Lib Dem health minister").camp
        ('labour', 'government')
        """
        if text in self._memo:
            return self._memo[text]
        best = None
        hits = self._index.scan(text, kinds=("camp", "head", "actor"))
        # a descriptor inside a body's name describes the body: "the Local Government Association" is the
        # association (other), not "government"
        bodies = [(h.begin, h.finish, a) for h in hits.get("actor", ())
                  if (a := self.actor(h.text)) is not None and a.type != "person"]
        for kind in ("camp", "head"):
            for m in hits.get(kind, ()):
                d = self.descriptor(kind, m.group())
                if d is None or not d.camp or (best is not None and d.priority >= best.priority) or \
                        (_FORMER.search(text, max(0, m.start() - 60), m.start()) and not self._party(d)):
                    continue
                body = next((a for lo, hi, a in bodies if lo <= m.start() and m.end() <= hi
                             and (lo, hi) != (m.start(), m.end())), None)
                if text.startswith(("'s ", "’s "), m.end()):
                    # "the government's NHS Future Forum": a possessor before a body's name describes the
                    # body, and a chair or member of it speaks from the body's camp
                    owned = next((a for lo, hi, a in bodies if m.end() + 3 <= lo <= m.end() + 4), None)
                    body = owned if owned is not None else body
                best = d if body is None else Descriptor(d.priority, body.name, "camp", body.camp, body.name)
        if len(self._memo) > 50_000:             # descriptions repeat across a corpus; keep the memo bounded
            self._memo.clear()
        self._memo[text] = best
        return best


def read_rows(text: str, source: str, required: tuple[str, ...], error: type[InputError]):
    """Rows of a CSV file as ``(line, {column: stripped value})``, read strictly (:func:`newslib.readers.csv_rows`)."""
    for line, row in csv_rows(text, source, required, error):
        yield line, {k: v.strip() for k, v in row.items()}


def read_text(path: Path, error: type[InputError]) -> str:
    try:
        if path.exists() and not path.is_file():
            raise error(path, 0, "expected a regular CSV file")
        data = path.read_bytes()
    except OSError as err:
        raise error(path, 0, f"expected a readable CSV file ({err.strerror})") from None
    return decode_utf8(data, str(path), error)


def parse_actors(text: str, source: str = "<actors>", camps: tuple[str, ...] | None = None
                 ) -> tuple[Actor, ...]:
    """Read an actor registry from CSV text, checking every row.

    ``camps`` are the camps an actor may belong to (a debate pack's); None accepts any camp name.

    Raises
    ------
    ActorRegistryError
        For a missing column, an empty name, an unknown camp, gender or type, a repeated name, or an
        alias given to two actors; the message names the file and line.
    """
    actors, owner = [], {}
    for line, row in read_rows(text, source, ("name", "aliases", "camp", "role"), ActorRegistryError):
        name = row["name"]
        if not name:
            raise ActorRegistryError(source, line, "expected a name, found an empty field")
        if not row["camp"] or (camps is not None and row["camp"] not in camps):
            raise ActorRegistryError(source, line, f"expected camp to be one of "
                                                   f"{', '.join(camps or ('a camp name',))} (the camps of "
                                                   f"the debate pack's camps.csv), found {row['camp']!r}")
        gender, kind = row.get("gender", ""), row.get("type", "")
        if gender not in _GENDERS:
            raise ActorRegistryError(source, line, f"expected gender m, f or empty, found {gender!r}")
        if kind not in _TYPES:
            raise ActorRegistryError(source, line, f"expected type person, body, party or empty, "
                                                   f"found {kind!r}")
        aliases = tuple(a.strip() for a in row["aliases"].split("|") if a.strip())
        for alias in (name, *aliases):
            if alias in owner and owner[alias] != name:
                raise ActorRegistryError(source, line, f"expected each alias to name one actor; {alias!r} "
                                                       f"already names {owner[alias]!r}")
            owner[alias] = name
        if any(a.name == name for a in actors):
            raise ActorRegistryError(source, line, f"expected each name once; {name!r} is repeated")
        actors.append(Actor(name, aliases, row["camp"], row["role"], gender, kind, row.get("note", "")))
    return tuple(actors)


def parse_descriptors(text: str, source: str = "<descriptors>", camps: tuple[str, ...] | None = ()
                      ) -> tuple[Descriptor, ...]:
    """Read descriptor rules from CSV text, checking every row.

    ``camps`` are the camps a row may name (a debate pack's); the default, none, is for the general rules
    of ``newslib/data/descriptors.csv``, which name no camp. None accepts any camp name.
    """
    out = []
    for line, row in read_rows(text, source, ("priority", "phrase", "kind", "camp", "body"), VocabularyError):
        if row["kind"] not in _KINDS or not row["phrase"] or not row["priority"].isdigit():
            raise VocabularyError(source, line, f"expected a number, a phrase and a kind among "
                                                f"{', '.join(_KINDS)}")
        if row["camp"] and camps is not None and row["camp"] not in camps:
            raise VocabularyError(source, line, f"expected camp among {', '.join(camps)} or empty (the camps "
                                                f"of the debate pack's camps.csv), found {row['camp']!r}"
                                  if camps else f"expected no camp in the general descriptors (camps belong "
                                                f"in a debate pack), found {row['camp']!r}")
        out.append(Descriptor(int(row["priority"]), row["phrase"], row["kind"], row["camp"], row["body"],
                              row.get("gender", ""), row.get("number", ""), row.get("note", "")))
    return tuple(out)


def _parse_cues(text: str, source: str) -> tuple[Cue, ...]:
    out = []
    for line, row in read_rows(text, source, ("cue", "speaker", "content"), VocabularyError):
        if not row["cue"] or row["speaker"] not in ("before", "after") or \
                row["content"] not in ("yes", "no", "quoted", "naming", "request"):
            raise VocabularyError(source, line,
                                  "expected a cue, speaker before|after and content yes|no|quoted|naming|request")
        out.append(Cue(row["cue"], row["speaker"], row["content"] == "yes", row.get("note", ""),
                       row["content"] in ("quoted", "naming"), row["content"] == "naming",
                       row["content"] == "request"))
    return tuple(out)


def _package_text(name: str) -> str:
    return files("newslib").joinpath(f"data/{name}").read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def general_descriptors() -> tuple[Descriptor, ...]:
    """The general descriptor rules of ``newslib/data/descriptors.csv`` (no camps: those are a pack's)."""
    return parse_descriptors(_package_text("descriptors.csv"), "newslib/data/descriptors.csv")


@lru_cache(maxsize=1)
def general_cues() -> tuple[Cue, ...]:
    """The reporting cues of ``newslib/data/cues.csv``."""
    return _parse_cues(_package_text("cues.csv"), "newslib/data/cues.csv")
