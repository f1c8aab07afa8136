"""Reported speech: the words a cue attributes when there are no quotation marks.

The third stage of :mod:`newslib.statements`: the complement after a cue (without "that" and without the
addressee of "told"), cut before the next cue of another speaker, or the words before a trailing
attribution ("..., according to X.", "..., party sources said.").
"""
from __future__ import annotations

from .actors import Registry
from .segmentation import _SUBORDINATE, _WORD, _Cue, _Paragraph

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
