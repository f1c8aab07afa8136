"""Split text into sentences offline, with the offset of each sentence.

nltk's ``sent_tokenize`` needs the ``punkt_tab`` model, a download; this module uses nltk's untrained
:class:`~nltk.tokenize.punkt.PunktSentenceTokenizer` instead, told the abbreviations of
``newslib/data/abbreviations.csv``, and then corrects three habits of UK news copy that it gets wrong:

* a quotation closed by ``?"`` or ``!"`` and followed by its attribution (``"...now?" writes Okafor``)
  is one sentence: a split before a lower-case word is undone;
* ``No. 10`` (Downing Street) is not the end of a sentence: a split between ``No.`` and a number is undone;
* a typed double full stop (``service.. We``) ends a sentence when a capital follows; a real ellipsis
  (``...``) is left alone.

UK style writes titles without a full stop (``Mr Jones``, ``Dr Patel``), and ``No.10`` has no space, so
neither needs help; full stops after the US forms (``Mr.``, ``Dr.``) are covered by the abbreviation list.
Sentences never cross a paragraph break (a blank line).
"""
from __future__ import annotations

import csv
import io
import re
from functools import lru_cache
from importlib.resources import files
from typing import TYPE_CHECKING, NamedTuple

from .errors import InputError

if TYPE_CHECKING:
    from nltk.tokenize.punkt import PunktSentenceTokenizer

__all__ = ["Sentence", "sentences", "abbreviations"]

#: An aside between dashes or brackets ("the college's stance – which follows the BMA's call – was ..."):
#: attribution and stance both read a sentence without the asides that do not concern them
ASIDE = re.compile(r"\s[–—-]\s[^–—]*?\s[–—-]\s|\([^()]*\)")
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n\s*")
# A typed double full stop, not part of an ellipsis, then a capital (perhaps after an opening quote).
_DOUBLE_STOP = re.compile(r"(?<!\.)\.\.(?!\.)(?=\s+[\"'“‘(]?[A-Z])")
_NO_DOT = re.compile(r"\bNo\.$", re.IGNORECASE)
_OPENERS = "\"'“‘([ \t\n"


class Sentence(NamedTuple):
    """One sentence: where it starts and ends in the text (``text[start:end] == sentence``)."""

    start: int
    end: int
    sentence: str


def abbreviations() -> frozenset[str]:
    """The abbreviations after which a full stop does not end a sentence (lower case, no final stop).

    Read from ``newslib/data/abbreviations.csv`` (columns ``abbreviation, meaning``).

    Examples
    --------
    >>> "dr" in abbreviations()
    True
    """
    return _abbreviations()


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    source = files("newslib").joinpath("data/abbreviations.csv")
    reader = csv.DictReader(io.StringIO(source.read_text(encoding="utf-8")))
    if reader.fieldnames is None or "abbreviation" not in reader.fieldnames:
        raise InputError(str(source), 1, "expected a header with the column 'abbreviation'")
    found = set()
    for line, row in enumerate(reader, start=2):
        value = (row["abbreviation"] or "").strip().lower().rstrip(".")
        if not value:
            raise InputError(str(source), line, "expected an abbreviation, found an empty field")
        found.add(value)
    return frozenset(found)


@lru_cache(maxsize=1)
def _tokenizer() -> "PunktSentenceTokenizer":
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    params = PunktParameters()
    params.abbrev_types = set(_abbreviations())
    return PunktSentenceTokenizer(params)


def _first_letter(text: str) -> str:
    stripped = text.lstrip(_OPENERS)
    return stripped[:1]


def _continues(previous: str, following: str) -> bool:
    """Whether a split between two pieces should be undone."""
    first = _first_letter(following)
    if first.islower():            # "...now?" writes Okafor; "e.g. the"
        return True
    return first.isdigit() and bool(_NO_DOT.search(previous))   # No. 10


def _spans(block: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for start, end in _tokenizer().span_tokenize(block):
        cut = start
        for m in _DOUBLE_STOP.finditer(block, start, end):
            spans.append((cut, m.end()))
            cut = m.end()
        spans.append((cut, end))
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and _continues(block[merged[-1][0]:merged[-1][1]], block[start:end]):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def sentences(text: str) -> list[Sentence]:
    """Split text into sentences, with their offsets.

    Parameters
    ----------
    text : str
        Any text; blank lines separate paragraphs, and no sentence crosses one.

    Returns
    -------
    list of Sentence
        ``(start, end, sentence)`` in reading order, with ``text[start:end] == sentence``; each
        sentence is stripped of surrounding white space and not empty.

    Examples
    --------
    >>> [s.sentence for s in sentences('"Will you act?" asks Ms Okafor. Dr Patel agreed.')]
    ['"Will you act?" asks Ms Okafor.', 'Dr Patel agreed.']
    >>> sentences("It will damage the service.. We should drop it.")[1]
    Sentence(start=29, end=47, sentence='We should drop it.')
    """
    found: list[Sentence] = []
    for offset, block in _blocks(text):
        for start, end in _spans(block):
            chunk = block[start:end]
            lead = len(chunk) - len(chunk.lstrip())
            chunk = chunk.strip()
            if chunk:
                begin = offset + start + lead
                found.append(Sentence(begin, begin + len(chunk), chunk))
    return found


def _blocks(text: str) -> list[tuple[int, str]]:
    """The paragraphs of a text with their offsets, blank ones dropped."""
    blocks, start = [], 0
    for m in _PARAGRAPH_BREAK.finditer(text):
        blocks.append((start, text[start:m.start()]))
        start = m.end()
    blocks.append((start, text[start:]))
    return [(offset, block) for offset, block in blocks if block.strip()]
