"""Reported speech: the words a cue attributes when there are no quotation marks.

The third stage of :mod:`newslib.statements`: the complement after a cue (without "that", without the
addressee of "told", and without time or place phrases such as "on Tuesday" or "at question time"), cut
before the next cue of another speaker and before a trailing newsroom formula (", Pulse has learned"), or
the words before a trailing attribution ("..., according to X.", "..., party sources said."). The
phrases are ``adjunct``, ``newsroom`` and ``addressee`` rows of ``newslib/data/descriptors.csv``.
"""
from __future__ import annotations

import re

from .actors import Registry
from .segmentation import _SUBORDINATE, _WORD, _Cue, _Paragraph

_COORDINATOR = re.compile(r"[\s,]+(?:and|but|or|yet|while)\s+$")


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
        lo = max(lo, _after_np_end(p, cue, s_hi, registry))
    lo = _skip_adjuncts(p.text, lo, s_hi, registry)
    if cue.phrase.lower().startswith(("told", "tell")):
        lo = _skip_adjuncts(p.text, _skip_addressee(p.text, lo, s_hi, registry), s_hi, registry)
    for nxt in cues:
        if nxt.start <= cue.start or nxt.speaker is None:
            continue
        if nxt.inherited:
            # "said X but warned Y", "said X and added Y": the conjunction joins the two verbs, it is not
            # part of what was said
            cut = _COORDINATOR.search(p.text, lo, nxt.start)
            hi = min(hi, cut.start() if cut else nxt.start)
        elif not nxt.after and nxt.subject_start > cue.end and _trailing(p, nxt, s_hi, registry):
            hi = min(hi, nxt.subject_start)
    if _SUBORDINATE.match(p.text, s_lo) and "," in p.text[cue.end:hi]:
        hi = p.text.index(",", cue.end, hi)
    hi = _cut_newsroom_formula(p.text, lo, hi, registry)
    lo, hi = _strip(p.text, lo, hi)
    if hi - lo < 2 or len(p.text[lo:hi].split()) < 2:
        if _trailing(p, cue, s_hi, registry) and not cue.inherited:
            return _strip(p.text, s_lo, cue.subject_start)
        return lo, lo
    return lo, hi


def _after_np_end(p: _Paragraph, cue: _Cue, s_hi: int, registry: Registry) -> int:
    """Where the words begin after "according to X,": past X and a description of X between commas
    ("According to Jo Bloggs, the care minister, the ...")."""
    k = p.text.find(",", cue.end, s_hi)
    if k < 0:
        return s_hi
    j = p.text.find(",", k + 1, s_hi)
    if j >= 0 and _is_description(p.text[k + 1:j].strip(), registry):
        return j + 1
    return k + 1


def _is_description(words: str, registry: Registry) -> bool:
    """Whether a short phrase between commas describes a person ("a GP in Leeds", "the care minister"):
    an indefinite phrase with a camp or speaker word in it, or a phrase that ends with one."""
    if not words or len(words.split()) > 6 or registry.place(words) is None:
        return False
    if words.split()[0].lower() in ("a", "an"):
        return True
    return any(h.end() == len(words) for kind in ("camp", "head") for h in registry.find(kind, words))


def _skip_adjuncts(text: str, lo: int, hi: int, registry: Registry) -> int:
    """The offset after the time and place phrases at ``lo`` ("on Tuesday", "last night in a statement")."""
    phrases, longest, firsts = _adjuncts(registry)
    while True:
        k = lo
        while k < hi and text[k] in " ,":
            k += 1
        first = text[k:k + 16].split(None, 1)
        if not first or first[0].rstrip(",.;:") not in firsts:
            return lo                            # the usual case: no adjunct starts here
        words = [m for m, _ in zip(_NON_SPACE.finditer(text, k, min(hi, k + 80)), range(longest))]
        for n in range(len(words), 0, -1):       # the longest phrase first; "Monday's vote" is content
            phrase = " ".join(w.group() for w in words[:n]).rstrip(",.;:")
            if phrase in phrases or (phrase.lower() in phrases and phrases[phrase.lower()]):
                last = words[n - 1]
                lo = last.start() + len(last.group().rstrip(",.;:"))
                break
        else:
            return lo


_NON_SPACE = re.compile(r"\S+")
_ADJUNCTS: dict[int, tuple] = {}


def _adjuncts(registry: Registry) -> tuple[dict[str, bool], int, set[str]]:
    """The registry's adjunct phrases (True when any case matches), the most words in one, and their first
    words (as written, lower case and capitalised). They are looked up here, after cues only, rather than in the scan
    of every paragraph, which they would slow."""
    cached = _ADJUNCTS.get(id(registry))
    if cached is None or cached[0] is not registry:
        phrases = {d.phrase: d.phrase == d.phrase.lower() for d in registry.descriptors if d.kind == "adjunct"}
        firsts = {w for p in phrases for w in (p.split()[0], p.split()[0].lower(), p.split()[0].capitalize())}
        cached = _ADJUNCTS[id(registry)] = (registry, phrases, max((len(p.split()) for p in phrases), default=0),
                                            firsts)
    return cached[1], cached[2], cached[3]


def _cut_newsroom_formula(text: str, lo: int, hi: int, registry: Registry) -> int:
    """The end of the words before a trailing formula of the newsroom (", Pulse has learned.")."""
    comma = text.rfind(",", lo, hi)
    tail = text[comma + 1:hi]
    if comma < 0 or len(tail.split()) > 7:       # most words end with no formula: no scan for them
        return hi
    hits = registry.find("newsroom", tail)
    if hits and not tail[hits[-1].end():].strip(" .!?\"”’'") and len(tail[:hits[-1].start()].split()) <= 4:
        return comma
    return hi


def _trailing(p: _Paragraph, cue: _Cue, s_hi: int, registry: Registry) -> bool:
    """'..., party sources have told the paper.': the cue ends its sentence, its words come before it."""
    rest = _skip_adjuncts(p.text, cue.end, s_hi, registry)
    rest = _skip_adjuncts(p.text, _skip_addressee(p.text, rest, s_hi, registry), s_hi, registry)
    before = p.text[:cue.subject_start].rstrip()
    return not p.text[rest:s_hi].strip(" .!?\"”’'") and before.endswith((",", ",\"", ",”"))


def _skip_addressee(text: str, lo: int, hi: int, registry: Registry) -> int:
    """The offset after the addressee of "told" ("told the Guardian", "told BBC Radio 5 live's show")."""
    for m in registry.find("addressee", text, lo, hi):
        if not text[lo:m.start()].strip():
            if not text.startswith(("'s", "’s"), m.end()):
                return m.end()                   # a known addressee: the content starts right after it
            lo = m.end()                         # "told BBC Radio 4's Today programme": go on
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
