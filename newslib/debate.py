"""A debate pack: everything specific to one policy fight, as data, read and checked in one place.

A pack is a folder of CSV files (the packaged default, the Health and Social Care Bill of 2012, is
``newslib/debates/health_bill/``):

``camps.csv`` (required)
    ``camp, label, colour, order``: one row per camp. ``camp`` is the name used in every table (lower
    case letters, digits and ``_``), ``label`` how figures and legends name it, ``colour`` a ``#RRGGBB``
    colour, ``order`` a whole number giving the order of every table and chart. One camp must be
    ``other``: the camp of speakers the registry does not know.
``actors.csv`` (required)
    ``name, aliases, camp, role[, gender, type, note]``: the people and bodies of the debate (see
    :mod:`newslib.actors`); every camp must be one of ``camps.csv``.
``descriptors.csv`` (required, may hold only its header)
    ``priority, phrase, kind, camp, body[, gender, number, note]``: words that place a speaker in a camp
    ("shadow health secretary", "GP"), added to the general rules of ``newslib/data/descriptors.csv``.
``stance_targets.csv`` (required)
    ``term, note``: what the policy is called ("the Bill", "the reforms"); see :mod:`newslib.stance_lexicon`.
``stance_lexicon.csv`` (optional)
    ``phrase, stance, target[, weight, source, note]``: cues of this debate (its slogans), added to the
    general ones of ``newslib/data/stance_lexicon.csv``.
``statements_gold.csv`` (optional)
    A hand coding of statements in the format of ``seeds/statements_gold.csv``.

A malformed file raises an :class:`newslib.errors.InputError` naming the file and line; the command line
prints it as ``error: FILE:LINE: what was expected`` and exits with status 2.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Iterable

from . import paths
from .actors import Actor, ActorRegistryError, Descriptor, Registry, general_cues, general_descriptors, \
    parse_actors, parse_descriptors, read_rows, read_text
from .errors import InputError
from .stance_lexicon import Cue, StanceLexicon, Target, parse_cues, parse_targets, \
    read_cues, read_negators, read_targets

__all__ = ["Camp", "Debate", "DebateFormatError", "load_debate", "load_registry", "load_stance_lexicon",
           "hand_coding", "DEFAULT_DEBATE", "FALLBACK_CAMP", "PACK_FILES"]

#: The folder name of the packaged default pack in ``newslib/debates/``.
DEFAULT_DEBATE = "health_bill"
#: The camp of a speaker the registry cannot place; every pack names its label and colour.
FALLBACK_CAMP = "other"
#: The files of a pack, and whether each is required.
PACK_FILES: dict[str, bool] = {"camps.csv": True, "actors.csv": True, "descriptors.csv": True,
                               "stance_targets.csv": True, "stance_lexicon.csv": False,
                               "statements_gold.csv": False}
_CAMP_NAME = re.compile(r"[a-z][a-z0-9_]*\Z")
_COLOUR = re.compile(r"#[0-9A-Fa-f]{6}\Z")


class DebateFormatError(InputError):
    """A debate pack that cannot be used: the file, the line, what was expected."""


@dataclass(frozen=True)
class Camp:
    """One row of ``camps.csv``."""

    camp: str
    label: str
    colour: str
    order: int


@dataclass(frozen=True)
class Debate:
    """One policy debate: its camps, actors, descriptors, stance targets and cues, read from a pack.

    Build one with :func:`load_debate`. ``descriptors`` and ``cues`` hold the pack's own rows only; the
    registry and stance lexicon built from the pack add the general ones of ``newslib/data/``.

    Examples
    --------
    >>> debate = load_debate()
    >>> debate.name, debate.camp_names[-1], debate.colour("no such camp") == debate.colour("other")
    ('health_bill', 'other', True)
    """

    name: str
    source: str
    camps: tuple[Camp, ...]
    actors: tuple[Actor, ...]
    descriptors: tuple[Descriptor, ...]
    targets: tuple[Target, ...]
    cues: tuple[Cue, ...] = ()
    gold: Path | None = None
    _memo: dict = field(default_factory=dict, repr=False, compare=False, hash=False)

    @property
    def camp_names(self) -> tuple[str, ...]:
        """The camps, in the order every table and chart uses."""
        return tuple(c.camp for c in self.camps)

    @property
    def labels(self) -> dict[str, str]:
        """How each camp is named on axes and legends."""
        return {c.camp: c.label for c in self.camps}

    @property
    def colours(self) -> dict[str, str]:
        """The colour of each camp."""
        return {c.camp: c.colour for c in self.camps}

    def colour(self, camp: str) -> str:
        """The colour of a camp; a camp the pack does not list is drawn like ``other``."""
        return self.colours.get(camp) or self.colours[FALLBACK_CAMP]

    def label(self, camp: str) -> str:
        """The label of a camp; a camp the pack does not list keeps its name."""
        return self.labels.get(camp, camp)

    def order(self, present: Iterable[str]) -> list[str]:
        """The camps in ``present``: the pack's in its order, then any others sorted by name."""
        present = set(present)
        return [c for c in self.camp_names if c in present] + sorted(present - set(self.camp_names))

    def registry(self) -> Registry:
        """The actor registry: the pack's actors, the general and the pack's descriptors, the general cues."""
        if "registry" not in self._memo:
            self._memo["registry"] = Registry(self.actors, general_descriptors() + self.descriptors,
                                              general_cues(), f"{self.source}/actors.csv")
        return self._memo["registry"]

    def stance_lexicon(self, sources: Iterable[str] | None = None) -> StanceLexicon:
        """The stance lexicon: the general cues and negators, the pack's cues and its targets.

        ``sources`` keeps only the cue and negator rows with one of these ``source`` values.
        """
        keep = None if sources is None else tuple(sorted(sources))
        if ("lexicon", keep) not in self._memo:
            self._memo[("lexicon", keep)] = _lexicon([*read_cues(), *self.cues], read_negators(),
                                                     self.targets, keep)
        return self._memo[("lexicon", keep)]


def _lexicon(cues: Iterable[Cue], negators, targets: Iterable[Target], keep: tuple[str, ...] | None
             ) -> StanceLexicon:
    if keep is not None:
        cues = [c for c in cues if c.source in keep]
        negators = [n for n in negators if n.source in keep]
    return StanceLexicon(cues, negators, targets)


def _pack_file(folder: Path, name: str, packaged: bool) -> tuple[str, str] | None:
    """(source name, text) of one file of a pack, or None when an optional file is absent."""
    if packaged:
        resource = files("newslib").joinpath(f"debates/{folder.name}/{name}")
        source = f"newslib/debates/{folder.name}/{name}"
        if not resource.is_file():
            text = None
        else:
            text = resource.read_text(encoding="utf-8")
    else:
        path = folder / name
        source = str(path)
        text = read_text(path, DebateFormatError) if path.is_file() else None
    if text is None:
        if PACK_FILES[name]:
            raise DebateFormatError(source, 0, f"expected the debate pack file {name} (see the README, "
                                               f"\"Debate packs\")")
        return None
    return source, text


def parse_camps(text: str, source: str = "<camps>") -> tuple[Camp, ...]:
    """Read ``camps.csv``, checking every row; the camps sorted by ``order`` (then by line).

    Raises
    ------
    DebateFormatError
        For a missing column, a camp name that is not lower-case letters, digits and ``_``, a repeated
        camp, an empty label, a colour that is not ``#RRGGBB``, an order that is not a whole number, or no
        ``other`` camp; the message names the file and line.
    """
    camps, seen = [], {}
    for line, row in read_rows(text, source, ("camp", "label", "colour", "order"), DebateFormatError):
        camp = row["camp"]
        if not _CAMP_NAME.match(camp):
            raise DebateFormatError(source, line, f"expected a camp name of lower-case letters, digits and _, "
                                                  f"found {camp!r}")
        if camp in seen:
            raise DebateFormatError(source, line, f"expected each camp once; {camp!r} is also on line "
                                                  f"{seen[camp]}")
        if not row["label"]:
            raise DebateFormatError(source, line, "expected a label, found an empty field")
        if not _COLOUR.match(row["colour"]):
            raise DebateFormatError(source, line, f"expected a colour as #RRGGBB, found {row['colour']!r}")
        if not re.fullmatch(r"-?\d+", row["order"]):
            raise DebateFormatError(source, line, f"expected order to be a whole number, found "
                                                  f"{row['order']!r}")
        seen[camp] = line
        camps.append((int(row["order"]), line, Camp(camp, row["label"], row["colour"], int(row["order"]))))
    if FALLBACK_CAMP not in seen:
        raise DebateFormatError(source, 1, f"expected a row for the camp {FALLBACK_CAMP!r} (where speakers "
                                           f"the registry does not know go)")
    return tuple(c for _, _, c in sorted(camps, key=lambda t: t[:2]))


def _read_pack(folder: Path, packaged: bool) -> Debate:
    camp_source, camp_text = _pack_file(folder, "camps.csv", packaged)
    camps = parse_camps(camp_text, camp_source)
    names = tuple(c.camp for c in camps)
    actors = parse_actors(*_pack_file(folder, "actors.csv", packaged)[::-1], camps=names)
    descriptors = parse_descriptors(*_pack_file(folder, "descriptors.csv", packaged)[::-1], camps=names)
    targets = parse_targets(*_pack_file(folder, "stance_targets.csv", packaged)[::-1])
    lexicon = _pack_file(folder, "stance_lexicon.csv", packaged)
    cues = tuple(parse_cues(*lexicon[::-1])) if lexicon else ()
    if lexicon:
        general = {c.phrase: c.line for c in read_cues()}
        for cue in cues:
            if cue.phrase in general:
                raise DebateFormatError(lexicon[0], cue.line, f"expected cues that the general lexicon does "
                                                              f"not have; {cue.phrase!r} is on line "
                                                              f"{general[cue.phrase]} of "
                                                              f"newslib/data/stance_lexicon.csv")
    gold = None
    if not packaged and (folder / "statements_gold.csv").is_file():
        gold = folder / "statements_gold.csv"
    return Debate(folder.name, str(folder) if not packaged else f"newslib/debates/{folder.name}", camps,
                  actors, descriptors, tuple(targets), cues, gold)


@lru_cache(maxsize=1)
def _packaged() -> Debate:
    return _read_pack(Path(DEFAULT_DEBATE), packaged=True)


def load_debate(path: str | Path | Debate | None = None) -> Debate:
    """Read and check a debate pack.

    Parameters
    ----------
    path : path, Debate or None
        The pack's folder; None for the packaged default (the Health and Social Care Bill); a Debate is
        returned as it is.

    Returns
    -------
    Debate

    Raises
    ------
    DebateFormatError, ActorRegistryError, VocabularyError, StanceLexiconError
        For a missing folder or file or a malformed row (all :class:`newslib.errors.InputError`, naming
        the file and line).

    Examples
    --------
    >>> debate = load_debate()
    >>> debate.camp_names
    ('government', 'labour', 'health_professionals', 'other')
    >>> debate.labels["health_professionals"], debate.colours["labour"]
    ('Health professionals', '#D55E00')
    """
    if isinstance(path, Debate):
        return path
    if path is None:
        return _packaged()
    folder = Path(path)
    if not folder.is_dir():
        raise DebateFormatError(folder, 0, "expected a debate pack: a folder holding camps.csv, actors.csv, "
                                           "descriptors.csv and stance_targets.csv")
    # Read again only when a file of the pack has changed: a notebook may pass the folder to every call.
    stamp = tuple((name, p.stat().st_mtime_ns, p.stat().st_size) for name in PACK_FILES
                  if (p := folder / name).is_file())
    return _read_own(folder, folder.resolve(), stamp)


@lru_cache(maxsize=8)
def _read_own(folder: Path, resolved: Path, stamp: tuple) -> Debate:
    # keyed on the resolved folder and its files' times; errors name the folder as it was given
    return _read_pack(folder, packaged=False)


def load_registry(actors: str | Path | Registry | None = None, debate: str | Path | Debate | None = None
                  ) -> Registry:
    """The actor registry of a debate, or an actor CSV of your own with the debate's descriptors and cues.

    Parameters
    ----------
    actors : path, Registry or None
        None for the pack's ``actors.csv``; a CSV in the same format to use instead of it (its camps must
        be the pack's); or a Registry, returned as it is.
    debate : path, Debate or None
        The debate pack (default: the packaged one).

    Returns
    -------
    Registry

    Raises
    ------
    ActorRegistryError
        If the actor file is unreadable or malformed, or names a camp the pack does not have.

    Examples
    --------
    >>> reg = load_registry()
    >>> reg.actor("Dr Gerada") is None, reg.actor("Gerada").name, reg.actor("No.10").camp
    (True, 'Clare Gerada', 'government')
    """
    if isinstance(actors, Registry):
        return actors
    pack = load_debate(debate)
    base = pack.registry()
    if actors is None:
        return base
    path = Path(actors)
    return Registry(parse_actors(read_text(path, ActorRegistryError), str(path), camps=pack.camp_names),
                    base.descriptors, base.cues, str(path))


def load_stance_lexicon(cues: str | Path | None = None, negators: str | Path | None = None,
                        targets: str | Path | None = None, sources: Iterable[str] | None = None,
                        debate: str | Path | Debate | None = None) -> StanceLexicon:
    """Read and compile the stance vocabulary of a debate.

    Parameters
    ----------
    cues : path, optional
        A cue CSV (format of :mod:`newslib.stance_lexicon`) to use instead of the general cues and the
        pack's together; default both.
    negators, targets : path, optional
        CSV files to use instead of the general negators and the pack's targets.
    sources : iterable of str, optional
        Keep only cue and negator rows whose ``source`` is listed, e.g. ``["general"]`` to leave out the
        rows fitted to the seeds. Default: every row.
    debate : path, Debate or None
        The debate pack (default: the packaged one).

    Returns
    -------
    StanceLexicon

    Raises
    ------
    StanceLexiconError
        For a missing column, an empty or repeated phrase, a phrase the syntax does not allow, an unknown
        stance, target scope, effect or scope, or a weight that is not a positive number (file and line).

    Examples
    --------
    >>> lexicon = load_stance_lexicon()
    >>> sorted({c.source for c in lexicon.cues})
    ['general', 'seed', 'tune']
    >>> len(load_stance_lexicon(sources=["general"]).cues) < len(lexicon.cues)
    True
    """
    pack = load_debate(debate)
    if cues is None and negators is None and targets is None:
        return pack.stance_lexicon(sources)
    keep = None if sources is None else tuple(sorted(sources))
    return _lexicon(read_cues(cues) if cues is not None else [*read_cues(), *pack.cues], read_negators(negators),
                    read_targets(targets) if targets is not None else pack.targets, keep)


def hand_coding(corpus: str | Path, debate: str | Path | Debate | None = None) -> Path | None:
    """The hand coding of a corpus: ``statements_gold.csv`` beside the corpus, else in the pack, else None.

    Parameters
    ----------
    corpus : path
        A folder of articles (the file is looked for inside it) or a corpus file (beside it).
    debate : path, Debate or None
        The debate pack; a packaged pack holds no hand coding.

    Examples
    --------
    >>> hand_coding(paths.SEEDS).name
    'statements_gold.csv'
    """
    corpus = Path(corpus)
    beside = (corpus if corpus.is_dir() else corpus.parent) / "statements_gold.csv"
    if beside.is_file():
        return beside
    return load_debate(debate).gold
