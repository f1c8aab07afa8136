"""Cleaning that never loses text: every change is logged and can be undone.

The cleaner only touches white space and the byte-order mark. Quote marks, markers such as ``(£)``,
spelling and punctuation are left exactly as written. Each change is a :class:`Change` with its position
in the original text, so :func:`restore` rebuilds the original from the cleaned text and the log.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Change", "Cleaned", "clean_text", "restore", "original_offset"]

# One pass over the text: a BOM at the very start, or any run of white space (Python's \s covers
# \r, \n, tabs, no-break and other Unicode spaces). A single regex alternation with no nesting
# matches in linear time.
_RUN = re.compile(r"\A\ufeff|\s+")
_SPACE_NAMES = {"\u00a0": "no-break space", "\u202f": "narrow no-break space", "\t": "tab"}


@dataclass(frozen=True)
class Change:
    """One edit the cleaner made.

    Attributes
    ----------
    what : str
        What was normalised, in words (``"CRLF line ending"``, ``"trailing white space"`` ...).
    start, end : int
        Where the replaced text stood in the original (``original[start:end] == before``).
    before, after : str
        The text that was there and the text that replaced it.
    line : int
        The 1-based line of the original where the change starts.
    """

    what: str
    start: int
    end: int
    before: str
    after: str
    line: int


@dataclass(frozen=True)
class Cleaned:
    """Cleaned text and the log that undoes it."""

    text: str
    changes: tuple[Change, ...]


def _describe(run: str, after: str, at_start: bool, at_end: bool) -> str:
    reasons: list[str] = []
    if run == "\ufeff":
        return "byte-order mark removed"
    if "\r\n" in run:
        reasons.append("CRLF line ending")
    elif "\r" in run:
        reasons.append("CR line ending")
    for ch, name in _SPACE_NAMES.items():
        if ch in run:
            reasons.append(name)
    if any(c.isspace() and c not in " \t\r\n\u00a0\u202f" for c in run):
        reasons.append("other Unicode space")
    newlines = after.count("\n")
    if at_start:
        reasons.append("white space at the start of the text")
    elif at_end:
        reasons.append("white space at the end of the text")
    else:
        first_break = run.replace("\r\n", "\n").replace("\r", "\n").find("\n")
        if first_break > 0:
            reasons.append("trailing white space")
        if run.replace("\r\n", "\n").replace("\r", "\n").count("\n") > newlines:
            reasons.append("extra blank lines")
        if newlines and not run.replace("\r", "\n").endswith("\n"):
            reasons.append("leading white space")
        if not newlines and len(run) > 1:
            reasons.append("run of spaces")
    return ", ".join(dict.fromkeys(reasons)) or "white space normalised"


def _normalised(run: str, at_start: bool, at_end: bool) -> str:
    if run == "\ufeff" or at_start or at_end:
        return ""
    breaks = run.count("\n") + run.count("\r") - run.count("\r\n")
    return " " if breaks == 0 else ("\n" if breaks == 1 else "\n\n")


def clean_text(text: str) -> Cleaned:
    """Normalise white space and line endings, logging every change.

    Line endings become ``\\n``; a byte-order mark, white space at the start and end of the text and at
    the ends of lines is removed; any other run of spaces, tabs or no-break spaces becomes one space;
    two or more line breaks become exactly one blank line. Nothing else is touched.

    Parameters
    ----------
    text : str
        The text as decoded from the file.

    Returns
    -------
    Cleaned
        ``text`` after cleaning and ``changes``, the log of every edit with its original position.

    Examples
    --------
    >>> c = clean_text("Title\\r\\n\\r\\n\\r\\nBody\\u00a0text ")
    >>> c.text
    'Title\\n\\nBody text'
    >>> [ch.what for ch in c.changes]
    ['CRLF line ending, extra blank lines', 'no-break space', 'white space at the end of the text']
    >>> restore(c) == "Title\\r\\n\\r\\n\\r\\nBody\\u00a0text "
    True
    """
    out: list[str] = []
    changes: list[Change] = []
    pos = 0
    line = 1
    for m in _RUN.finditer(text):
        run = m.group()
        at_start = m.start() == 0 or (m.start() == 1 and text[0] == "\ufeff")
        at_end = m.end() == len(text)
        after = _normalised(run, at_start, at_end)
        out.append(text[pos:m.start()])
        line += text.count("\n", pos, m.start())
        if after != run:
            changes.append(Change(_describe(run, after, at_start, at_end), m.start(), m.end(),
                                  run, after, line))
        out.append(after)
        line += run.count("\n")
        pos = m.end()
    out.append(text[pos:])
    return Cleaned("".join(out), tuple(changes))


def restore(cleaned: Cleaned) -> str:
    """Rebuild the original text from cleaned text and its change log.

    Parameters
    ----------
    cleaned : Cleaned
        The result of :func:`clean_text`.

    Returns
    -------
    str
        The text exactly as it was before cleaning.
    """
    parts: list[str] = []
    src = 0  # position in the cleaned text
    orig = 0  # position in the original text
    for ch in cleaned.changes:
        keep = ch.start - orig
        parts.append(cleaned.text[src:src + keep])
        parts.append(ch.before)
        src += keep + len(ch.after)
        orig = ch.end
    parts.append(cleaned.text[src:])
    return "".join(parts)


def original_offset(cleaned: Cleaned, offset: int) -> int:
    """Map a character offset in the cleaned text back to the original text.

    An offset that falls inside replaced white space maps to the start of that replacement.
    """
    shift = 0
    for ch in cleaned.changes:
        cleaned_start = ch.start - shift
        if offset < cleaned_start:
            break
        if offset < cleaned_start + len(ch.after):
            return ch.start
        shift += (ch.end - ch.start) - len(ch.after)
    return offset + shift
