"""How tables read in a notebook: text left-aligned and cut at a word boundary with "…".

pandas cuts a long cell at a fixed number of characters, in the middle of a word, and JupyterLab
right-aligns every cell, so a column of quotations reads as ragged fragments. :func:`table_text` and
:func:`table_html` draw a DataFrame the way a reader expects (text from the left, numbers on the right,
long text cut after a whole word with "…"), and :func:`use_readable_tables` makes them the notebook's way
of showing every DataFrame.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["shorten", "table_text", "table_html", "use_readable_tables"]

ELLIPSIS = "…"


def shorten(text: str, width: int) -> str:
    """Cut ``text`` to at most ``width`` characters at a word boundary, ending with "…" when cut.

    White space is kept as it is when the text fits; a single word longer than ``width`` is cut inside
    the word (there is no boundary to cut at).

    Examples
    --------
    >>> shorten("suffocated instead of liberated", 25)
    'suffocated instead of…'
    >>> shorten("short enough", 25)
    'short enough'
    """
    if width < 1:
        raise ValueError(f"width must be at least 1, got {width}")
    text = str(text)
    if len(text) <= width:
        return text
    head = text[:width - len(ELLIPSIS)]
    if not text[len(head)].isspace():
        boundary = max(head.rfind(" "), head.rfind("\n"), head.rfind("\t"))
        if boundary > 0:
            head = head[:boundary]
    return (head.rstrip().rstrip(",;:-") or text[:width - len(ELLIPSIS)]) + ELLIPSIS


def _is_text(column: "pd.Series") -> bool:
    import pandas as pd

    return pd.api.types.is_object_dtype(column) or pd.api.types.is_string_dtype(column)


def _missing(value) -> bool:
    """True for None and NaN; False for text and for containers (a cell may hold a list)."""
    import pandas as pd

    return pd.api.types.is_scalar(value) and bool(pd.isna(value))


def _cells(frame: "pd.DataFrame", width: int) -> "pd.DataFrame":
    """The frame with its text cells shortened (numbers and missing values untouched)."""
    import pandas as pd

    out = frame.copy()
    for position, column in enumerate(frame.columns):
        if _is_text(frame.iloc[:, position]):
            out.isetitem(position, [value if _missing(value) else shorten(str(value), width)
                                    for value in frame.iloc[:, position]])
    return out


def table_text(frame: "pd.DataFrame", width: int = 60, max_rows: int = 60) -> str:
    """The frame as plain text: text columns left-aligned and cut at word boundaries.

    Parameters
    ----------
    frame : pandas.DataFrame
    width : int
        Longest text cell, in characters, "…" included.
    max_rows : int
        Longer frames show their first and last rows, as pandas does.

    Examples
    --------
    >>> import pandas as pd
    >>> print(table_text(pd.DataFrame({"n": [3, 12], "text": ["a short one", "a longer sentence here"]}),
    ...                  width=12))
        n  text
    0   3  a short one
    1  12  a longer…
    """
    import pandas as pd

    cells = _cells(frame, width)
    formatters, headers = {}, {}
    for position, column in enumerate(cells.columns):
        if _is_text(cells.iloc[:, position]):
            values = ["NaN" if _missing(v) else str(v) for v in cells.iloc[:, position]]
            wide = max([len(str(column)), *map(len, values)])
            formatters[column] = lambda v, wide=wide: f" {'NaN' if _missing(v) else str(v):<{wide}}"
            headers[column] = f" {column!s:<{wide}}"
    kwargs = {"max_rows": max_rows, "min_rows": min(10, max_rows)} if len(cells) > max_rows else {}
    if formatters and cells.columns.is_unique and not isinstance(cells.columns, pd.MultiIndex):
        # With its own headers pandas leaves out the space it puts before a number column: put it back.
        header = [headers.get(c, f" {c}") for c in cells.columns]
        text = cells.to_string(formatters=formatters, header=header, **kwargs)
    else:
        text = cells.to_string(**kwargs)
    return "\n".join(line.rstrip() for line in text.splitlines())


def table_html(frame: "pd.DataFrame", width: int = 60, max_rows: int = 60) -> str:
    """The frame as an HTML table: text cells left-aligned and cut at word boundaries, numbers right.

    The alignment is written on each cell (notebook front ends right-align table cells by default).
    """
    import pandas as pd

    cells = _cells(frame, width)
    if len(cells) > max_rows:
        half = max_rows // 2
        cells = pd.concat([cells.head(half), cells.tail(half)])
    html = cells.to_html(max_rows=max_rows, max_cols=None, border=0, classes="newslib-table",
                         escape=True, justify="left")
    # Left-align the body cells of text columns: index cells are <th>, data cells <td> in column order.
    text_positions = {position for position in range(cells.shape[1]) if _is_text(cells.iloc[:, position])}
    out, position = [], 0
    for line in html.splitlines():
        stripped = line.strip()
        if stripped == "<tr>":
            position = 0
        elif stripped.startswith("<td>"):
            align = "left" if position in text_positions else "right"
            line = line.replace("<td>", f'<td style="text-align: {align};">', 1)
            position += 1
        out.append(line)
    return "\n".join(out)


def use_readable_tables(width: int = 60, max_rows: int = 60) -> None:
    """Show every DataFrame in this notebook with :func:`table_html` and :func:`table_text`.

    Call it once, near the top of a notebook; outside IPython it does nothing.

    Parameters
    ----------
    width : int
        Longest text cell, in characters.
    max_rows : int
        Frames with more rows show their head and tail.
    """
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover - IPython comes with Jupyter
        return
    shell = get_ipython()
    if shell is None:
        return
    import pandas as pd

    formatters = shell.display_formatter.formatters
    formatters["text/html"].for_type(pd.DataFrame, lambda frame: table_html(frame, width, max_rows))
    formatters["text/plain"].for_type(
        pd.DataFrame, lambda frame, printer, cycle: printer.text(table_text(frame, width, max_rows)))
