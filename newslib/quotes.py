"""Find quotations in the paragraphs of an article.

A single left-to-right pass over the quotation marks of each paragraph (found with a one-character
class, so the work is linear in the text and nothing can backtrack) pairs them:

- curly double marks (“ ”) and straight ones ("), which open or close depending on whether a double
  quotation is already open; a doubled opening mark (``""A campaign``) counts as one;
- single marks used as quotation marks (‘ ’ and '), told apart from apostrophes (there'll, Labour's,
  O'Brien, GPs') by the characters around them and by whether a single quotation is open;
- a quotation inside a quotation belongs to the outer one;
- a closing double mark that opens its paragraph before a word (``”If the plans go ahead ...``) opens a
  quotation: the page used the wrong glyph; the mark is read as written;
- a closing mark with no opening mark before it in its paragraph (``We are disappointed,’ said Dr Bloggs.``,
  where a page lost the opening mark, often to a photo caption fused onto the paragraph) closes a quotation
  that opens at the start of its line: the mark is read as written, no character is added;
- a quotation that runs over several paragraphs (an opening mark on each paragraph, a closing mark only
  at the end) is one quotation whose parts share a ``number``; an unclosed quotation is a warning, never
  an error.

Which quotations are statements, and by whom, is decided in :mod:`newslib.statements`.
"""
from __future__ import annotations

import re
import warnings
from dataclasses import dataclass
from typing import Sequence

__all__ = ["Quotation", "UnclosedQuotationWarning", "paragraph_quotations", "find_quotations",
           "is_direct"]

_DOUBLE_OPEN, _DOUBLE_CLOSE, _DOUBLE_EITHER = "“«„", "”»", '"'
_SINGLE_OPEN, _SINGLE_CLOSE, _SINGLE_EITHER = "‘", "’", "'"
_DOUBLE = _DOUBLE_OPEN + _DOUBLE_CLOSE + _DOUBLE_EITHER
_MARK = re.compile("[" + re.escape(_DOUBLE + _SINGLE_OPEN + _SINGLE_CLOSE + _SINGLE_EITHER) + "]")
_BEFORE_OPENER = " \t\n([{—–-/" + _DOUBLE + "‘"


class UnclosedQuotationWarning(UserWarning):
    """A quotation whose closing mark never comes: it is kept up to the end of its paragraph."""


@dataclass(frozen=True)
class Quotation:
    """One paragraph's part of a quotation.

    Attributes
    ----------
    paragraph : int
        1-based index of the body paragraph.
    start, end : int
        The quoted words: ``paragraph_text[start:end]``, between the marks.
    open_mark : int
        Offset of the opening mark; equal to ``start`` when the page lost it (a closing mark with none open).
    close_mark : int
        Offset of the closing mark, or -1 when the quotation runs on past this paragraph (or never closes).
    number : int
        1-based number of the quotation in its article, in order of opening marks; the parts of a
        quotation that runs over several paragraphs share it.
    part : int
        0 for the paragraph where the quotation starts, 1, 2 ... for its continuation paragraphs.
    mark : str
        ``"double"`` or ``"single"``.
    """

    paragraph: int
    start: int
    end: int
    open_mark: int
    close_mark: int
    number: int
    part: int
    mark: str


def _is_word(ch: str) -> bool:
    return ch.isalnum()


def _last_single_closer(text: str, marks: list[int]) -> int:
    """Offset of the last single mark that could close a quotation (-1 if none)."""
    for i in reversed(marks):
        if text[i] in _SINGLE_CLOSE + _SINGLE_EITHER and i > 0 and not text[i - 1].isspace() and \
                not (i + 1 < len(text) and _is_word(text[i + 1])):
            return i
    return -1


def _single_role(text: str, i: int, single_open: bool, last_closer: int) -> str:
    """'open', 'close' or 'apostrophe' for the single mark at ``text[i]``."""
    ch = text[i]
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if _is_word(prev) and _is_word(nxt):
        return "apostrophe"                      # there'll, O'Brien, Labour’s
    if single_open and not prev.isspace() and not _is_word(nxt):
        plural_possessive = prev == "s" and text[i + 1:i + 3].strip()[:1].islower() and last_closer > i
        if not plural_possessive:                # ‘the doctors’ call.’ closes at the second mark
            return "close"                       # ... reflect', or ... reflect.’
    if ch in _SINGLE_OPEN and not _is_word(prev):
        return "open"
    if (prev.isspace() or prev in _BEFORE_OPENER) and _is_word(nxt) and not nxt.isdigit():
        return "open"                            # 'We will  (but not ’90s)
    return "apostrophe"                          # GPs' hands, with no single quotation open


def _opens_a_word(text: str, i: int) -> bool:
    """Whether the mark at ``i`` stands where a quotation opens: after a space or bracket, before a letter."""
    before = text[i - 1] if i else " "
    return (before.isspace() or before in "([") and i + 1 < len(text) and text[i + 1].isalnum()


def _orphan_close(text: str, i: int, running: bool = False) -> bool:
    """Whether the closing mark at ``i``, with nothing open, ends a quotation whose opening mark is lost.

    It does after the punctuation that ends quoted words (``addressed,’`` ``way.”``), before a space or the
    end of the paragraph, with words on its line before it; a possessive (``GPs’ hands``) never does. When
    a quotation of the same marks runs on from the paragraph before (``running``), any word may come before
    the mark (``experiment’ with ...`` ends "a giant political / experiment").
    """
    if i == 0 or (i + 1 < len(text) and text[i + 1].isalnum()):
        return False
    if not running and (text[i - 1] not in ",.!?" or (i + 1 < len(text) and not text[i + 1].isspace())):
        return False
    if running and text[i - 1].isspace():
        return False
    return any(ch.isalpha() for ch in text[_line_start(text, i):i])


def _line_start(text: str, i: int) -> int:
    """The first non-space character of the line that holds offset ``i``."""
    at = text.rfind("\n", 0, i) + 1
    while at < i and text[at].isspace():
        at += 1
    return at


def paragraph_quotations(text: str, running: str = "") -> list[tuple[int, int, int, str]]:
    """Pair the quotation marks of one paragraph.

    Parameters
    ----------
    text : str
        One paragraph.
    running : str
        ``"single"`` or ``"double"`` when a quotation in those marks runs on from the paragraph before: a
        closing mark before any opening one then closes it, whatever word precedes the mark.

    Returns
    -------
    list of (open_mark, start, close_mark, mark)
        Outermost quotations only, in order; ``close_mark`` is -1 for a quotation still open at the end of
        the paragraph (it then ends at ``len(text)``). ``start`` is the first quoted character.

    Examples
    --------
    >>> paragraph_quotations("She said: 'It's over.' They've said \\"no\\".")
    [(10, 11, 21, 'single'), (36, 37, 39, 'double')]
    """
    found: list[tuple[int, int, int, str]] = []
    stack: list[tuple[str, int, int]] = []       # (mark, open offset, first quoted offset)
    n = len(text)
    marks = [m.start() for m in _MARK.finditer(text)]     # visit only the quotation marks
    last_closer = _last_single_closer(text, marks)
    skip_to = 0
    for i in marks:
        if i < skip_to:
            continue
        ch = text[i]
        if ch in _DOUBLE:
            double_open = any(m == "double" for m, _, _ in stack)
            if double_open and ch == _DOUBLE_EITHER and _opens_a_word(text, i):
                # a straight mark before a word, after a space, inside an open double quotation: a quotation
                # within it ('"He would now "pause, listen and engage" on the plans.'), not its end
                stack.append(("double", i, i + 1))
                continue
            opens = ch in _DOUBLE_OPEN or (ch == _DOUBLE_EITHER and not double_open) or \
                (ch in _DOUBLE_CLOSE and not stack and not found and not text[:i].strip() and
                 i + 1 < n and text[i + 1].isalnum())   # ”If ...: a page's closing glyph opening a paragraph
            if ch == _DOUBLE_EITHER and running == "double" and not stack and not found and \
                    _orphan_close(text, i, running=True):
                opens = False                    # the close of the quotation the paragraph before opened
            if opens and not double_open:
                skip = 1
                while i + skip < n and text[i + skip] in _DOUBLE_OPEN + _DOUBLE_EITHER:
                    skip += 1                    # ""A campaign: a doubled opening mark is one mark
                stack.append(("double", i, i + skip))
                skip_to = i + skip
                continue
            if not opens and double_open:
                while stack and stack[-1][0] != "double":
                    stack.pop()                  # an unclosed single inside closes with its double
                mark, at, start = stack.pop()
                if not stack:
                    found.append((at, start, i, mark))
                j = i
                while j + 1 < n and text[j + 1] in _DOUBLE_CLOSE + _DOUBLE_EITHER:
                    j += 1                       # a doubled closing mark is one mark
                skip_to = j + 1
            elif not opens and not stack and not found and _orphan_close(text, i, running == "double"):
                at = _line_start(text, i)
                found.append((at, at, i, "double"))
                skip_to = i + 1
        elif ch in _SINGLE_OPEN + _SINGLE_CLOSE + _SINGLE_EITHER:
            single_open = bool(stack) and stack[-1][0] == "single"
            role = _single_role(text, i, single_open, last_closer)
            if not stack and not found and ch in _SINGLE_CLOSE + _SINGLE_EITHER and role == "apostrophe" and \
                    _orphan_close(text, i, running == "single"):
                at = _line_start(text, i)
                found.append((at, at, i, "single"))
            elif role == "open" and not single_open:
                stack.append(("single", i, i + 1))
            elif role == "close" and single_open:
                mark, at, start = stack.pop()
                if not stack:
                    found.append((at, start, i, mark))
    if stack:
        mark, at, start = stack[0]
        found.append((at, start, -1, mark))
    return found


def find_quotations(paragraphs: Sequence[str], source: str = "<article>") -> list[Quotation]:
    """Find every quotation of an article, joining those that run over several paragraphs.

    Parameters
    ----------
    paragraphs : sequence of str
        The body paragraphs, in order.
    source : str
        Names the article in warnings.

    Returns
    -------
    list of Quotation
        In order of paragraph and offset.

    Warns
    -----
    UnclosedQuotationWarning
        For a quotation still open at the end of a paragraph when the next paragraph does not open with a
        quotation mark, or at the end of the article. The quotation is kept up to the end of its paragraph.

    Examples
    --------
    >>> parts = find_quotations(['He said: "One.', '"Two."', 'Done.'])
    >>> [(q.paragraph, q.number, q.part, q.close_mark) for q in parts]
    [(1, 1, 0, -1), (2, 1, 1, 5)]
    """
    quotations: list[Quotation] = []
    number = 0
    running: tuple[int, int, str] | None = None      # (number, part, mark) of a quotation left open
    for index, text in enumerate(paragraphs, start=1):
        spans = paragraph_quotations(text, running[2] if running is not None else "")
        lead = len(text) - len(text.lstrip())
        if not spans and running is not None and text.strip() and \
                _closes_later(paragraphs, index, running[2]):
            # a paragraph with no marks at all inside a quotation that a later paragraph closes (the page
            # lost its opening mark, as it lost the next one's): the whole paragraph is a part
            spans = [(lead, lead, -1, running[2])]
        for k, (at, start, close, mark) in enumerate(spans):
            if k == 0 and running is not None and at == lead and mark == running[2]:
                this, part = running[0], running[1] + 1
            else:
                if k == 0 and running is not None:
                    _warn_unclosed(source, index - 1, running[0])
                number += 1
                this, part = number, 0
            running = None
            end = len(text) if close < 0 else close
            quotations.append(Quotation(index, start, end, at, close, this, part, mark))
            if close < 0:
                running = (this, part, mark)
        if not spans and running is not None:
            _warn_unclosed(source, index - 1, running[0])
            running = None
    if running is not None:
        _warn_unclosed(source, len(paragraphs), running[0], at_end=True)
    return quotations


def _closes_later(paragraphs: Sequence[str], index: int, mark: str, reach: int = 3) -> bool:
    """Whether, within ``reach`` paragraphs after paragraph ``index`` (1-based) and before any other mark,
    a paragraph opens by closing a quotation in ``mark`` marks whose opening mark is lost; or whether the
    very next paragraph opens with a ``mark`` quotation, continuing the run of quoted paragraphs that the
    mark-less one sits in ('"One.', 'Two.', '"Three."': the page lost the second opening mark)."""
    for k, text in enumerate(paragraphs[index:index + reach]):
        spans = paragraph_quotations(text, mark)
        if spans:
            at, start, close, kind = spans[0]
            lead = len(text) - len(text.lstrip())
            if at == start == lead and close >= 0 and kind == mark:
                return True
            return k == 0 and at == lead and start > at and kind == mark
    return False


def _warn_unclosed(source: str, paragraph: int, number: int, at_end: bool = False) -> None:
    where = "at the end of the article" if at_end else "and the next paragraph does not open a quotation"
    warnings.warn(f"{source}: paragraph {paragraph}: quotation {number} is not closed {where}; "
                  f"kept up to the end of the paragraph", UnclosedQuotationWarning, stacklevel=3)


def is_direct(text: str, open_mark: int, start: int) -> bool:
    """Whether a quotation stands as its own sentence rather than as a fragment of the reporter's.

    It does when nothing but white space precedes it in its sentence: the paragraph start, a full stop,
    question or exclamation mark, or a colon; or a comma when the quotation opens with a capital letter
    (``said, "We ...``).

    Examples
    --------
    >>> is_direct('He said: "We will."', 9, 10), is_direct('It was "toxic".', 7, 8)
    (True, False)
    """
    if open_mark == start:
        return True                              # a lost opening mark: the quotation starts its line
    j = open_mark - 1
    while j >= 0 and text[j].isspace():
        j -= 1
    if j < 0 or text[j] in ".!?:":
        return True
    if text[j] in _DOUBLE_CLOSE + _DOUBLE_EITHER + _SINGLE_CLOSE and j > 0 and text[j - 1] in ".!?":
        return True                              # a new quotation after a quoted sentence
    return text[j] == "," and start < len(text) and text[start].isupper()
