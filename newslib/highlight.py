"""Statements highlighted in their camp's colour, as HTML.

:func:`highlight_paragraph` marks the statements of one paragraph, :func:`highlight_article` every
paragraph of an article, and :func:`legend` says which colour is which camp. Each statement becomes a
``<mark>`` with a light tint of its camp's colour (from the debate pack's ``camps.csv``), a
solid underline in the full colour, a tooltip (``title``) with speaker, camp, kind and cue, and a small
superscript label with the speaker, so the camp is never shown by colour alone.

The result is a :class:`Highlighted`: Jupyter displays it as HTML, ``str()`` gives the HTML string (for
``ipywidgets.HTML(value=str(h))`` or a file). The output depends only on its input, so notebooks that show
it are byte-identical from run to run.

Overlaps: statements often nest (a reported view containing a quoted fragment, ``"reported"`` around
``"partial"``). Nested statements become nested marks, the outer one first (statements with the same span in
the order of the pack's camps, then by speaker); the tints add up, so the
inner words look darker. Where two statements cross without nesting, the later-starting mark is closed
where the earlier one ends and reopened just after (one label, at its first piece). Removing the labels
and the tags and unescaping the entities gives the paragraph back exactly.
"""
from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Mapping

from .debate import Debate, load_debate
from .errors import InputError

if TYPE_CHECKING:
    import pandas as pd

    from .articles import Article

__all__ = ["Highlighted", "HighlightError", "highlight_paragraph", "highlight_article", "legend",
           "tint", "LABEL_CLASS", "nested_paragraphs", "varied_paragraphs"]

#: The class of the superscript speaker labels (remove these elements to get the plain text back).
LABEL_CLASS = "nl-speaker"
# How much of the camp colour the background keeps: light enough for black text to stay readable (on
# white, contrast above 15:1 for every camp; above 10:1 where two tints overlap), strong enough to tell
# the four camps apart.
_TINT_ALPHA = 0.22
_FIELDS = ("start", "end", "speaker", "camp", "kind", "cue")
_P_STYLE = "line-height:1.9;margin:0 0 0.6em 0"


class HighlightError(InputError):
    """A statement whose offsets do not fit its paragraph (which table row, what was expected)."""


@dataclass(frozen=True)
class Highlighted:
    """HTML that Jupyter displays as such; ``str()`` gives the HTML string.

    Attributes
    ----------
    html : str
        The markup.
    n_statements : int
        How many statements are marked in it.
    """

    html: str
    n_statements: int = 0

    def _repr_html_(self) -> str:
        return self.html

    def __str__(self) -> str:
        return self.html

    def __repr__(self) -> str:
        # Jupyter stores this as the text/plain twin of the HTML: keep it short and free of addresses.
        return f"<Highlighted: {self.n_statements} statements, {len(self.html)} characters of HTML>"


def tint(colour: str, alpha: float = _TINT_ALPHA) -> str:
    """A light, translucent version of a ``#RRGGBB`` colour, as CSS ``rgba``.

    Translucent so that nested statements show: where two marks overlap, the two tints add up.

    Examples
    --------
    >>> tint("#0072B2")
    'rgba(0,114,178,0.22)'
    """
    r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return f"rgba({r},{g},{b},{alpha:g})"


def _rows(statements: "pd.DataFrame | Iterable[Any]") -> list[dict]:
    """Statements as dicts, from a DataFrame, dicts or objects with attributes (e.g. Statement)."""
    items: Iterable[Any] = statements.to_dict("records") if hasattr(statements, "to_dict") else statements
    rows = []
    for item in items:
        get = item.get if isinstance(item, Mapping) else (lambda k, d=None, o=item: getattr(o, k, d))
        row = {k: get(k, "") for k in (*_FIELDS, "article_id", "paragraph")}
        row["text"] = get("text", None)
        rows.append(row)
    return rows


def _check(text: str, rows: list[dict], source: str) -> None:
    for line, row in enumerate(rows, start=1):
        try:
            a, b = int(row["start"]), int(row["end"])
        except (TypeError, ValueError):
            raise HighlightError(source, line, f"expected whole-number start and end, found "
                                               f"{row['start']!r} and {row['end']!r}") from None
        if not 0 <= a <= b <= len(text):
            raise HighlightError(source, line, f"expected 0 <= start <= end <= {len(text)} (the paragraph's "
                                               f"length), found start {a} and end {b}")
        if isinstance(row["text"], str) and text[a:b] != row["text"]:
            raise HighlightError(source, line, f"expected the paragraph's characters {a}:{b} to be the "
                                               f"statement's text {row['text'][:40]!r}, found {text[a:b][:40]!r}")
        row["start"], row["end"] = a, b


def _open_tag(row: dict, label: bool, debate: Debate) -> str:
    camp = row["camp"] or "other"
    colour = debate.colour(camp)
    tip = f"{row['speaker']} | {debate.label(camp)} | {row['kind']}"
    if row["cue"]:
        tip += f" | cue: {row['cue']}"
    tag = (f'<mark class="nl-statement nl-{html.escape(camp)}" title="{html.escape(tip)}" '
           f'style="background:{tint(colour)};border-bottom:2px solid {colour};color:inherit;'
           f'padding:0 1px;border-radius:2px">')
    if label:
        tag += (f'<sup class="{LABEL_CLASS}" style="font-size:0.7em;color:#333333;margin-right:2px;white-space:nowrap">'
                f'{html.escape(row["speaker"] or "?")}</sup>')
    return tag


def _camp_rank(row: dict, camps: tuple[str, ...]) -> int:
    return camps.index(row["camp"]) if row["camp"] in camps else len(camps)


def _markup(text: str, rows: list[dict], debate: Debate) -> str:
    """Escaped text with properly nested marks: a stack of open statements, closed and reopened on crossing."""
    # outer before inner; ties broken by the row's content, so any order of the same rows gives one HTML
    order = sorted(range(len(rows)), key=lambda i: (rows[i]["start"], -rows[i]["end"], _camp_rank(rows[i], debate.camp_names),
                                                    *(str(rows[i][k]) for k in ("speaker", "kind", "cue"))))
    points = sorted({0, len(text)} | {r["start"] for r in rows} | {r["end"] for r in rows})
    starting: dict[int, list[int]] = {}
    for i in order:
        starting.setdefault(rows[i]["start"], []).append(i)
    out: list[str] = []
    stack: list[int] = []
    for k, here in enumerate(points):
        while any(rows[i]["end"] == here for i in stack):
            # close down to the deepest mark that ends here, then reopen those above it that go on
            depth = min(d for d, i in enumerate(stack) if rows[i]["end"] == here)
            above = stack[depth + 1:]
            out.append("</mark>" * (len(stack) - depth))
            del stack[depth:]
            for i in above:
                if rows[i]["end"] > here:
                    out.append(_open_tag(rows[i], False, debate))
                    stack.append(i)
        for i in starting.get(here, ()):
            out.append(_open_tag(rows[i], True, debate))
            if rows[i]["end"] == here:               # an empty statement: its label, no text
                out.append("</mark>")
            else:
                stack.append(i)
        if k + 1 < len(points):
            out.append(html.escape(text[here:points[k + 1]]))
    out.append("</mark>" * len(stack))
    return "".join(out)


def highlight_paragraph(text: str, statements: "pd.DataFrame | Iterable[Any]" = (), *,
                        source: str = "<statements>", debate: "str | Path | Debate | None" = None
                        ) -> Highlighted:
    """One paragraph as HTML, its statements marked in their camps' colours.

    Parameters
    ----------
    text : str
        The paragraph, exactly as the statements' offsets count it.
    statements : DataFrame or iterable
        Rows with ``start, end, speaker, camp, kind, cue`` (and optionally ``text``, checked against
        ``text[start:end]``): the rows of :func:`newslib.statements.statements` for this paragraph, dicts
        or :class:`newslib.statements.Statement` objects. Empty for none.
    source : str
        Names the table in error messages.
    debate : path or Debate, optional
        The debate pack whose camp colours and labels to use; default the packaged one.

    Returns
    -------
    Highlighted
        A ``<p>`` element; ``str()`` gives the HTML.

    Raises
    ------
    HighlightError
        If a row's offsets fall outside the paragraph or do not give its ``text`` (the row is named by its
        1-based position).

    Examples
    --------
    >>> row = {"start": 0, "end": 6, "speaker": "Jo Bloggs", "camp": "labour", "kind": "direct", "cue": "said"}
    >>> h = highlight_paragraph("Enough, & more.", [row])
    >>> h.n_statements, 'title="Jo Bloggs | Labour | direct | cue: said"' in str(h), "&amp; more." in str(h)
    (1, True, True)
    """
    rows = _rows(statements)
    _check(text, rows, source)
    return Highlighted(_paragraph_html(text, rows, load_debate(debate)), len(rows))


def _paragraph_html(text: str, rows: list[dict], debate: Debate, number: int | None = None) -> str:
    if number is None:
        return f'<p class="nl-paragraph" style="{_P_STYLE}">{_markup(text, rows, debate)}</p>'
    return (f'<p class="nl-paragraph" data-paragraph="{number}" style="{_P_STYLE}">'
            f'<span class="nl-number" style="color:#777777;font-size:0.8em;margin-right:4px">{number}</span>'
            f'{_markup(text, rows, debate)}</p>')


def legend(camps: Iterable[str] | None = None, debate: "str | Path | Debate | None" = None) -> Highlighted:
    """A one-line key: each camp's name on its tint, underlined in its colour.

    Parameters
    ----------
    camps : iterable of str, optional
        The camps to show, in order; default all of the pack's.
    debate : path or Debate, optional
        The debate pack whose colours and labels to use; default the packaged one.

    Returns
    -------
    Highlighted
    """
    debate = load_debate(debate)
    items = []
    for camp in debate.camp_names if camps is None else camps:
        colour = debate.colour(camp)
        items.append(f'<mark class="nl-{html.escape(camp)}" style="background:{tint(colour)};'
                     f'border-bottom:2px solid {colour};color:inherit;padding:0 4px;margin-right:6px">'
                     f'{html.escape(debate.label(camp))}</mark>')
    return Highlighted(f'<p class="nl-legend" style="margin:0 0 0.6em 0">Camps: {"".join(items)}</p>')


def highlight_article(article: "Article", statements: "pd.DataFrame | Iterable[Any]",
                      paragraphs: Iterable[int] | None = None, *, title: bool = True,
                      show_legend: bool = True, debate: "str | Path | Debate | None" = None) -> Highlighted:
    """An article (or some of its paragraphs) as HTML with every statement marked.

    Parameters
    ----------
    article : Article
        The article; its ``paragraphs`` are the texts the offsets count in.
    statements : DataFrame or iterable
        Statements with ``article_id, paragraph, start, end, speaker, camp, kind, cue`` (e.g. all of
        :func:`newslib.statements.statements` for a corpus): the rows of this article are used.
    paragraphs : iterable of int, optional
        1-based paragraph numbers to show, in the article's order; default every paragraph.
    title : bool
        Show the article's title (never highlighted: the headline is not coded).
    show_legend : bool
        Start with the :func:`legend` of the camps present.
    debate : path or Debate, optional
        The debate pack whose camp colours, labels and order to use; default the packaged one.

    Returns
    -------
    Highlighted
        A ``<div>`` with one numbered ``<p>`` per paragraph.

    Raises
    ------
    HighlightError
        If a statement's offsets do not fit its paragraph, or a paragraph number is not in the article.

    Examples
    --------
    >>> import newslib as nl
    >>> corpus = nl.load_corpus(nl.paths.SEEDS)
    >>> article = corpus["article"].iloc[0]
    >>> h = highlight_article(article, nl.statements(corpus), paragraphs=[6])
    >>> h.n_statements
    1
    """
    debate = load_debate(debate)
    rows = [r for r in _rows(statements) if r["article_id"] == article.article_id]
    wanted = range(1, len(article.paragraphs) + 1) if paragraphs is None else sorted(set(paragraphs))
    parts, n = [], 0
    for number in wanted:
        if not 1 <= number <= len(article.paragraphs):
            raise HighlightError(article.source or article.article_id, 0,
                                 f"expected paragraph numbers 1 to {len(article.paragraphs)}, found {number}")
        here = [r for r in rows if int(r["paragraph"]) == number]
        text = article.paragraphs[number - 1]
        _check(text, here, f"<statements of {article.article_id} paragraph {number}>")
        n += len(here)
        parts.append(_paragraph_html(text, here, debate, number))
    head = []
    if show_legend:
        present = [c for c in debate.camp_names if any((r["camp"] or "other") == c for r in rows)]
        head.append(legend(present or debate.camp_names, debate).html)
    if title:
        head.append(f'<h4 style="margin:0 0 0.4em 0">{html.escape(article.title)}</h4>')
    return Highlighted(f'<div class="nl-article" data-article="{html.escape(article.article_id)}">'
                       f'{"".join(head + parts)}</div>', n)



def nested_paragraphs(statements: "pd.DataFrame | Iterable[Any]") -> dict[str, list[int]]:
    """The paragraphs where a statement holds another camp's statement inside it, per article.

    These are the nested marks whose colours add up in :func:`highlight_article`, and the hardest cases
    for a coder (a columnist's claim that quotes an anonymous source). Articles come in order of how many
    such paragraphs they have (most first, then by id); articles without one are left out.

    Examples
    --------
    >>> import newslib as nl
    >>> nested_paragraphs(nl.statements(nl.load_corpus(nl.paths.SEEDS)))
    {'000_37b9d2e576f7496a': [4, 24]}
    """
    found: dict[str, set[int]] = {}
    rows = _rows(statements)
    for outer in rows:
        for inner in rows:
            if (inner is not outer and inner["article_id"] == outer["article_id"]
                    and int(inner["paragraph"]) == int(outer["paragraph"])
                    and (inner["camp"] or "other") != (outer["camp"] or "other")
                    and int(outer["start"]) <= int(inner["start"]) and int(inner["end"]) <= int(outer["end"])):
                found.setdefault(outer["article_id"], set()).add(int(outer["paragraph"]))
    ranked = sorted(found, key=lambda a: (-len(found[a]), a))
    return {article: sorted(found[article]) for article in ranked}


def varied_paragraphs(statements: "pd.DataFrame | Iterable[Any]", article_id: str, width: int = 2) -> list[int]:
    """The ``width`` neighbouring paragraphs of an article with the most kinds of statement between them.

    Ties go to the earlier paragraphs; an article with fewer paragraphs holding
    statements than ``width`` gives those it has. Empty when the article has no statement.

    Examples
    --------
    >>> import newslib as nl
    >>> found = nl.statements(nl.load_corpus(nl.paths.SEEDS))
    >>> varied_paragraphs(found, "002_1d70d9a55b5ff4c7")
    [6, 7]
    """
    rows = [r for r in _rows(statements) if r["article_id"] == article_id]
    if not rows:
        return []
    numbers = [int(r["paragraph"]) for r in rows]
    best, best_key = [], None
    for first in range(min(numbers), max(max(numbers) - width + 2, min(numbers) + 1)):
        window = [r for r in rows if first <= int(r["paragraph"]) < first + width]
        key = len({r["kind"] for r in window})
        if best_key is None or key > best_key:
            best, best_key = sorted({int(r["paragraph"]) for r in window}), key
    return best
