"""Strict readers for text from outside: UTF-8 bytes, CSV and JSON lines.

Each reader gives back exactly what the file holds or raises an :class:`~newslib.errors.InputError`
naming the file and the line: a CSV row with too many or too few fields, a repeated column, an unclosed
quotation mark, a JSON line that is not an object of strings, a repeated key, a number too long or a
nesting too deep for Python, a lone surrogate. Lines are counted the way a text editor counts them
(``\\n``, ``\\r\\n`` and a lone ``\\r`` each end one); JSON lines are split on ``\\n`` only, so a raw
U+2028 inside a string (what ``json.dumps(..., ensure_ascii=False)`` writes) stays inside it.
"""
from __future__ import annotations

import csv
import io
import json
import re
from typing import Iterator

from .errors import InputError

__all__ = ["decode_utf8", "line_at", "last_line", "csv_rows", "jsonl_objects", "check_unicode"]

#: Python's csv module refuses fields over 131,072 characters unless told otherwise; an article is longer.
_FIELD_LIMIT = 2 ** 31 - 1
_SURROGATE = re.compile("[\ud800-\udfff]")


def line_at(text: str | bytes, offset: int) -> int:
    """The 1-based line of ``offset`` in ``text``, counting ``\\n``, ``\\r\\n`` and a lone ``\\r``.

    Examples
    --------
    >>> line_at("a\\rb\\r\\nc\\nd", 7)
    4
    """
    nl, cr = ("\n", "\r") if isinstance(text, str) else (b"\n", b"\r")
    return text.count(nl, 0, offset) + text.count(cr, 0, offset) - text.count(cr + nl, 0, offset) + 1


def last_line(text: str) -> int:
    """The number of the last line of ``text`` (a final line break opens no new line); 1 when empty."""
    return max(1, line_at(text, len(text)) - (1 if text.endswith(("\n", "\r")) else 0))


def decode_utf8(data: bytes, source: str, error: type[InputError]) -> str:
    """Decode UTF-8 bytes, or raise ``error`` at the line of the first NUL or invalid byte."""
    if b"\x00" in data:
        raise error(source, line_at(data, data.index(b"\x00")),
                    "expected UTF-8 text, found binary data (a NUL byte)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise error(source, line_at(data, err.start), f"expected UTF-8 text, found the byte "
                                                      f"0x{data[err.start]:02x} that is not valid UTF-8") from None


def check_unicode(value: str, source: str, line: int, name: str, error: type[InputError]) -> str:
    """``value``, or ``error`` if it holds a lone surrogate (text that no UTF-8 output can carry)."""
    m = _SURROGATE.search(value)
    if m:
        raise error(source, line, f"expected Unicode text in {name!r}, found a lone surrogate "
                                  f"\\u{ord(m.group()):04x}")
    return value


def csv_rows(text: str, source: str, required: tuple[str, ...], error: type[InputError]
             ) -> Iterator[tuple[int, dict[str, str]]]:
    """The rows of a CSV text as ``(line, {column: value})``, every row checked.

    Parameters
    ----------
    text : str
        The file's text (a leading byte-order mark is skipped).
    source : str
        The file, for error messages.
    required : tuple of str
        Columns the header must have.
    error : InputError subclass
        What to raise.

    Yields
    ------
    (int, dict)
        The line where the row starts, and its values as written (not stripped).

    Raises
    ------
    InputError
        A missing or repeated column, a row with more or fewer fields than the header, or a quotation
        mark left open.
    """
    if csv.field_size_limit() < _FIELD_LIMIT:
        csv.field_size_limit(_FIELD_LIMIT)
    reader = csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline=""), strict=True)
    line = 1
    try:
        header = next(reader, None)
        if header is None:
            raise error(source, 1, f"expected a header with the columns {', '.join(required)}, found an empty file")
        repeated = sorted({c for c in header if header.count(c) > 1})
        if repeated:
            raise error(source, 1, f"expected each column once; {', '.join(map(repr, repeated))} is repeated")
        missing = [c for c in required if c not in header]
        if missing:
            raise error(source, 1, f"expected a header with the columns {', '.join(required)}; "
                                   f"missing {', '.join(missing)}")
        line = reader.line_num + 1
        for row in reader:
            if row and len(row) != len(header):
                kind = "a short row" if len(row) < len(header) else "too many (an unquoted comma?)"
                raise error(source, line, f"expected {len(header)} fields ({', '.join(header)}), found "
                                          f"{len(row)}: {kind}")
            if row:
                yield line, dict(zip(header, row))
            line = reader.line_num + 1
    except csv.Error as err:
        if "end of data" in str(err):
            raise error(source, line, "expected a closing quotation mark for the field opened on this "
                                      "line, found end of file") from None
        raise error(source, reader.line_num or line, f"expected well-formed CSV ({err})") from None


def _unique_keys(pairs: list[tuple[str, object]]) -> dict:
    keys = [k for k, _ in pairs]
    if len(set(keys)) != len(keys):
        raise _RepeatedKey(sorted({k for k in keys if keys.count(k) > 1})[0])
    return dict(pairs)


class _RepeatedKey(Exception):
    pass


def jsonl_objects(text: str, source: str, error: type[InputError]) -> Iterator[tuple[int, dict]]:
    """The objects of a JSON-lines text as ``(line, object)``; blank lines are skipped.

    Raises
    ------
    InputError
        A line that is not one JSON object, a repeated key, a number Python cannot read or a nesting
        too deep for it.
    """
    for number, raw in enumerate(text.removeprefix("\ufeff").split("\n"), start=1):
        if not raw.strip():
            continue
        try:
            row = json.loads(raw, object_pairs_hook=_unique_keys)
        except json.JSONDecodeError as err:
            raise error(source, number, f"expected one JSON object per line ({err.msg})") from None
        except _RepeatedKey as err:
            raise error(source, number, f"expected each key once; {err.args[0]!r} is repeated") from None
        except RecursionError:
            raise error(source, number, "expected a JSON object, found nesting too deep to read") from None
        except ValueError as err:                # e.g. an integer of more than 4,300 digits
            raise error(source, number, f"expected a JSON object Python can read ({err})") from None
        if not isinstance(row, dict):
            raise error(source, number, f"expected a JSON object, found {type(row).__name__}")
        yield number, row
