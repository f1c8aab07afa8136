"""What the explorer in notebook 06 shows, computed and tested outside the widgets.

Pick an article, a camp or a search term, and :func:`view` returns the concordance of the term, the
statements that match (speaker, camp, kind, stance, sentiment) and their paragraphs with every statement
highlighted in its camp colour. :func:`explorer` wraps the same function in ipywidgets for JupyterLab;
the widgets hold no logic of their own, so what a student sees is what the tests check.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Iterable

from .concordance import compile_pattern
from .display import shorten

if TYPE_CHECKING:
    import pandas as pd

    from .articles import Article

__all__ = ["ALL", "View", "explorer", "explorer_table", "select", "view", "camps_by_size", "frequent_term",
           "key_term", "shared_term"]

#: The choice that means "no filter" in every drop-down.
ALL = "(all)"
#: The columns :func:`view` lists for each statement.
SHOWN = ["article_id", "paragraph", "speaker", "camp", "kind", "stance", "vader_compound", "afinn", "text"]


def _corpus_frame(corpus: "pd.DataFrame | Iterable[Article]") -> "pd.DataFrame":
    import pandas as pd

    if hasattr(corpus, "columns"):
        return corpus
    # The columns of load_corpus that the explorer and the pipeline read.
    return pd.DataFrame([{"article_id": a.article_id, "title": a.title, "paragraphs": a.paragraphs,
                          "article": a} for a in corpus])


def explorer_table(corpus: "pd.DataFrame | Iterable[Article]",
                   statements: "pd.DataFrame | None" = None, debate=None) -> "pd.DataFrame":
    """Every statement with its stance and sentiment: the table the explorer filters.

    Parameters
    ----------
    corpus : DataFrame or iterable of Article
        From :func:`newslib.load_corpus`.
    statements : DataFrame, optional
        From :func:`newslib.statements`; computed from ``corpus`` when not given.
    debate : path or Debate, optional
        The debate pack (actors, stance targets and cues); default the packaged one.

    Returns
    -------
    pandas.DataFrame
        The statement columns plus ``stance``, ``stance_evidence`` (from :mod:`newslib.stance`, which
        reads only the words said) and the sentiment columns of :func:`newslib.score_statements`
        (``vader_compound`` is VADER's compound score, ``afinn`` the AFINN sum).
    """
    from .sentiment import score_statements
    from .stance import add_stance
    from .statements import statements as find_statements

    frame = _corpus_frame(corpus)
    table = find_statements(frame, debate=debate) if statements is None else statements
    return score_statements(add_stance(table, frame, debate=debate)).reset_index(drop=True)


def select(table: "pd.DataFrame", article: str | None = None, camp: str | None = None,
           term: str = "", regex: bool = False) -> "pd.DataFrame":
    """The statements of one article and camp whose words contain a term.

    Parameters
    ----------
    table : DataFrame
        From :func:`explorer_table` (any statements table with ``article_id``, ``camp``, ``text``).
    article, camp : str or None
        Keep only this article or camp; None or :data:`ALL` keeps all.
    term : str
        A word or phrase, matched as whole words and case-insensitively; empty keeps all.
    regex : bool
        Treat ``term`` as a regular expression.

    Returns
    -------
    pandas.DataFrame
        The matching rows, in reading order.

    Raises
    ------
    re.error
        When ``regex`` is true and ``term`` is not a valid regular expression.
    """
    keep = [True] * len(table)
    if article not in (None, ALL):
        keep = [k and a == article for k, a in zip(keep, table["article_id"])]
    if camp not in (None, ALL):
        keep = [k and c == camp for k, c in zip(keep, table["camp"])]
    if term.strip():
        found = compile_pattern(term.strip(), regex).search
        keep = [k and found(str(t)) is not None for k, t in zip(keep, table["text"])]
    return table[keep]


@dataclass
class View:
    """What the explorer shows for one choice: tables for code, HTML for people.

    Attributes
    ----------
    statements : DataFrame
        The selected statements (:data:`SHOWN` columns).
    concordance : DataFrame
        Keyword in context of the term in the selected article(s); empty without a term.
    html : str
        The page: a summary line, the concordance, the statements, the highlighted paragraphs.
    message : str
        One line saying what is shown, or why nothing is (for example an invalid pattern).
    """

    statements: "pd.DataFrame"
    concordance: "pd.DataFrame"
    html: str
    message: str = field(default="")

    def _repr_html_(self) -> str:
        return self.html

    def __repr__(self) -> str:
        return f"<View: {self.message}>"


def _table_html(frame: "pd.DataFrame", max_text: int, debate=None) -> str:
    from .debate import load_debate
    from .plotting import STANCE_COLOURS

    colours = load_debate(debate).colours

    head = "".join(f"<th style='text-align:left'>{html.escape(c)}</th>" for c in frame.columns)
    rows = []
    for record in frame.to_dict("records"):
        cells = []
        for column, value in record.items():
            text = f"{value:+.2f}" if isinstance(value, float) else str(value)
            if column == "text":
                text = shorten(text, max_text)
            # Explicit alignment, because notebook front ends right-align table cells by default: a
            # concordance reads towards its match, text reads from the left, numbers line up on the right.
            align = {"left": "right", "match": "center"}.get(column, "right" if isinstance(value, (int, float))
                                                             else "left")
            style = f"text-align:{align}"
            if column == "text":  # room to read a statement, not a column squeezed by its neighbours
                style += ";min-width:28em"
            if column == "match":
                style += ";font-weight:bold"
            if column == "camp" and value in colours:
                style += f";border-left:6px solid {colours[value]};padding-left:4px"
            elif column == "stance" and value in STANCE_COLOURS:
                style += f";background:{STANCE_COLOURS[value]}"
            cells.append(f"<td style='{style}'>{html.escape(text)}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return ("<table style='border-collapse:collapse;font-size:90%'><thead><tr>" + head + "</tr></thead><tbody>"
            + "".join(rows) + "</tbody></table>")


def _paragraphs_html(frame: "pd.DataFrame", table: "pd.DataFrame", chosen: "pd.DataFrame", debate=None) -> str:
    """Each paragraph that holds a chosen statement, with all of its statements highlighted."""
    from .highlight import highlight_paragraph

    texts = {row.article_id: row.paragraphs for row in frame.itertuples()}
    parts = []
    for article_id, paragraph in dict.fromkeys(zip(chosen["article_id"], chosen["paragraph"])):
        rows = table[(table["article_id"] == article_id) & (table["paragraph"] == paragraph)]
        text = texts[article_id][int(paragraph) - 1]
        parts.append(f"<p><b>{html.escape(article_id)} ¶{int(paragraph)}</b><br>"
                     f"{highlight_paragraph(text, rows, debate=debate)}</p>")
    return "".join(parts)


def view(corpus: "pd.DataFrame | Iterable[Article]", table: "pd.DataFrame", article: str | None = None,
         camp: str | None = None, term: str = "", regex: bool = False, max_rows: int = 20,
         max_text: int = 90, window: int = 40, debate=None) -> View:
    """The explorer's page for one choice of article, camp and search term.

    Parameters
    ----------
    corpus : DataFrame or iterable of Article
        The articles, for the concordance and the paragraphs.
    table : DataFrame
        From :func:`explorer_table`.
    article, camp, term, regex
        As for :func:`select`.
    max_rows : int
        At most this many statements and concordance lines are listed (the message says how many there
        are), so the page stays readable on a laptop screen.
    max_text : int
        Statement text is cut to this many characters in the table (the highlighted paragraphs show it
        in full).
    window : int
        Characters of context on each side in the concordance.
    debate : path or Debate, optional
        The debate pack whose camp colours and labels to use; default the packaged one.

    Returns
    -------
    View
        Never raises for a bad pattern: the message says what is wrong instead.

    Examples
    --------
    >>> import newslib as nl
    >>> from newslib import explore
    >>> corpus = nl.load_corpus(nl.paths.SEEDS)
    >>> v = explore.view(corpus, explore.explorer_table(corpus), camp="labour", term="drop")
    >>> v.message.startswith("2 of 2 statements")
    True
    """
    import pandas as pd

    from .concordance import kwic

    frame = _corpus_frame(corpus)
    if article not in (None, ALL):
        frame = frame[frame["article_id"] == article]
    term = term.strip()
    try:
        chosen = select(table, article, camp, term, regex)
        lines = kwic(frame, term, window=window, regex=regex) if term else pd.DataFrame(
            columns=["article_id", "paragraph", "start", "left", "match", "right"])
    except re.error as err:
        message = f"{term!r} is not a valid regular expression: {err}"
        empty = table.iloc[0:0][[c for c in SHOWN if c in table.columns]]
        return View(empty, pd.DataFrame(), f"<p><b>{html.escape(message)}</b></p>", message)
    shown = chosen[[c for c in SHOWN if c in chosen.columns]].head(max_rows)
    what = " and ".join(x for x in (f"camp {camp}" if camp not in (None, ALL) else "",
                                    f"the term {term!r}" if term else "") if x) or "no filter"
    counts = chosen["stance"].value_counts() if "stance" in chosen.columns else pd.Series(dtype=int)
    stances = ", ".join(f"{counts[s]} {s}" for s in ("favor", "against", "none") if s in counts)
    message = (f"{len(shown)} of {len(chosen)} statements with {what}"
               + (f" ({stances})" if stances else "")
               + (f"; {min(len(lines), max_rows)} of {len(lines)} concordance lines" if term else ""))
    parts = [f"<p><b>{html.escape(message)}</b></p>"]
    if term:
        parts += ["<h4>Concordance</h4>", _table_html(lines.drop(columns="start").head(max_rows), max_text,
                                                      debate)]
    parts += ["<h4>Statements</h4>", _table_html(shown, max_text, debate)]
    if len(shown):
        from .highlight import legend

        parts += ["<h4>In context</h4>", str(legend(debate=debate)), _paragraphs_html(frame, table, shown, debate)]
    return View(shown.reset_index(drop=True), lines.head(max_rows).reset_index(drop=True),
                "\n".join(parts), message)


def _explorer_class():
    """A VBox that says what it is when no live kernel can draw it (a static page, a text console)."""
    import ipywidgets as w

    class Explorer(w.VBox):
        def __repr__(self) -> str:
            # Under 110 characters: ipywidgets cuts a longer plain-text form of a widget in the middle.
            return "Explorer: choose an article, a camp and a term in JupyterLab with a live kernel"

    return Explorer


def explorer(corpus: "pd.DataFrame | Iterable[Article]", table: "pd.DataFrame | None" = None, debate=None):
    """An ipywidgets explorer: an article, a camp and a search term, and the :func:`view` they select.

    Parameters
    ----------
    corpus : DataFrame or iterable of Article
    table : DataFrame, optional
        From :func:`explorer_table`; computed when not given.
    debate : path or Debate, optional
        The debate pack: its camps fill the camp menu, its colours the page; default the packaged one.

    Returns
    -------
    ipywidgets.VBox
        The controls above an output area; changing a control redraws the view.
    """
    import ipywidgets as w

    frame = _corpus_frame(corpus)
    from .debate import load_debate

    debate = load_debate(debate)
    table = explorer_table(frame, debate=debate) if table is None else table
    article = w.Dropdown(options=[ALL, *frame["article_id"]], value=ALL, description="Article")
    camp = w.Dropdown(options=[ALL, *debate.camp_names], value=ALL, description="Camp")
    term = w.Text(value="", placeholder="a word, a phrase or a pattern", description="Search",
                  continuous_update=False)
    regex = w.Checkbox(value=False, description="regular expression", indent=False)
    out = w.Output()
    Explorer = _explorer_class()

    def redraw(*_):
        page = view(frame, table, article.value, camp.value, term.value, regex.value, debate=debate)
        # Setting the outputs directly (rather than printing inside ``with out``) works the same with
        # or without a live kernel, so the tests see exactly what JupyterLab shows.
        out.outputs = ({"output_type": "display_data", "metadata": {},
                        "data": {"text/html": page.html, "text/plain": page.message}},)

    for control in (article, camp, term, regex):
        control.observe(redraw, names="value")
    redraw()
    return Explorer([w.HBox([article, camp]), w.HBox([term, regex]), out])


# Starting points for the explorer picked from the data, so that notebook 06 names no camp or word itself.
def camps_by_size(table: "pd.DataFrame", exclude: Iterable[str] = ("other",)) -> list[str]:
    """The camps of a statements table, the one with the most statements first.

    Parameters
    ----------
    table : DataFrame
        Statements with a ``camp`` column (e.g. :func:`explorer_table`).
    exclude : iterable of str
        Camps left out (default the catch-all ``other``).

    Returns
    -------
    list of str
        Ties in the order the camps first appear in the table.

    Examples
    --------
    >>> import pandas as pd
    >>> camps_by_size(pd.DataFrame({"camp": ["unions", "ministers", "other", "ministers", "other"]}))
    ['ministers', 'unions']
    """
    counts: dict[str, int] = {}
    for camp in table["camp"].dropna():
        counts[camp] = counts.get(camp, 0) + 1
    left_out = set(exclude)
    return sorted((c for c in counts if c not in left_out), key=lambda c: -counts[c])


def _term_table(table: "pd.DataFrame") -> "pd.DataFrame":
    # one row per (statement, term), terms as notebook 04 counts them
    import pandas as pd

    from .compare import tokenize

    rows = [(camp, term) for camp, text in zip(table["camp"], table["text"]) for term in tokenize(str(text))]
    if not rows:
        raise ValueError("expected statements with at least one term that is not a stop word")
    return pd.DataFrame(rows, columns=["camp", "term"])


def frequent_term(table: "pd.DataFrame", camp: str | None = None) -> str:
    """The term a camp's statements use most (stop words left out, as notebook 04 counts terms).

    Parameters
    ----------
    table : DataFrame
        Statements with ``camp`` and ``text``.
    camp : str, optional
        One camp; None or :data:`ALL` for every statement.

    Returns
    -------
    str
        Ties go to the alphabet.

    Raises
    ------
    ValueError
        When the chosen statements have no term.

    Examples
    --------
    >>> import pandas as pd
    >>> said = pd.DataFrame({"camp": ["unions", "unions", "ministers"],
    ...                      "text": ["Scrap the levy.", "The levy hurts workers.", "Rivers first."]})
    >>> frequent_term(said, "unions"), frequent_term(said)
    ('levy', 'levy')
    """
    chosen = table if camp in (None, ALL) else table[table["camp"] == camp]
    counts = _term_table(chosen)["term"].value_counts()
    return sorted(counts.index, key=lambda t: (-counts[t], t))[0]


def key_term(table: "pd.DataFrame", camp: str) -> str:
    """The term that most marks one camp against all the others: the top of Fightin' Words, one camp vs rest.

    Parameters
    ----------
    table : DataFrame
        Statements with ``camp`` and ``text``.
    camp : str

    Returns
    -------
    str
        The term with the highest z-score of :func:`newslib.compare.log_odds`.

    Examples
    --------
    >>> import pandas as pd
    >>> said = pd.DataFrame({"camp": ["unions", "unions", "ministers", "ministers"],
    ...                      "text": ["Scrap the levy now.", "The levy hurts workers.", "Rivers first.",
    ...                               "Clean rivers, the levy pays."]})
    >>> key_term(said, "ministers")
    'rivers'
    """
    import numpy as np

    from .compare import log_odds

    if not (table["camp"] == camp).any():
        raise ValueError(f"expected statements of the camp {camp!r}")
    docs = table.assign(group=np.where(table["camp"] == camp, camp, "rest"))
    return log_odds(docs, camp, "rest", by="group")["term"].iloc[0]


def shared_term(table: "pd.DataFrame", exclude: Iterable[str] = ("other",), avoid: Iterable[str] = ()) -> str:
    """The term used by the most camps (then the most often): the word the sides fight over.

    Parameters
    ----------
    table : DataFrame
        Statements with ``camp`` and ``text``.
    exclude : iterable of str
        Camps not counted (default ``other``); all are counted if no other camp has a term.
    avoid : iterable of str
        Terms passed over (one already shown, say), unless no other term is left.

    Examples
    --------
    >>> import pandas as pd
    >>> said = pd.DataFrame({"camp": ["unions", "ministers", "ministers"],
    ...                      "text": ["Scrap the levy.", "The levy cleans rivers.", "Rivers first."]})
    >>> shared_term(said), shared_term(said, avoid=["levy"])
    ('levy', 'rivers')
    """
    terms = _term_table(table)
    kept = terms[~terms["camp"].isin(set(exclude))]
    terms = kept if len(kept) else terms
    stats = terms.groupby("term").agg(camps=("camp", "nunique"), uses=("camp", "size"))
    fresh = stats[~stats.index.isin(set(avoid))]
    stats = fresh if len(fresh) else stats
    return sorted(stats.index, key=lambda t: (-stats.at[t, "camps"], -stats.at[t, "uses"], t))[0]
