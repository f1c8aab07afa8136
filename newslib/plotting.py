"""Two palettes and one way to save a figure.

Every figure in the project takes its camps' colours, labels and order from the debate pack
(:mod:`newslib.debate`; the packaged one uses Okabe–Ito colours, safe for the common forms of colour
blindness): :data:`CAMPS`, :data:`CAMP_COLOURS` and :data:`CAMP_LABELS` are those of the packaged pack,
read when first asked for. Stances are coloured with :data:`STANCE_COLOURS`, which share no colour with the
packaged camps, so a stance is never read as a camp; stances also carry :data:`STANCE_HATCHES`. Each figure
is written by :func:`save_figure`: a PNG at :data:`DPI` and an SVG with fixed metadata, so the bytes are the
same on every run, and the CSV of the numbers behind it, so a reader can check the chart. The figures
themselves are drawn by :mod:`newslib.charts`.
"""
from __future__ import annotations

import csv
import io
import os
from pathlib import Path
from typing import TYPE_CHECKING

from . import paths

if TYPE_CHECKING:
    import matplotlib.figure
    import pandas as pd

__all__ = ["CAMPS", "CAMP_COLOURS", "CAMP_LABELS", "STANCES", "STANCE_COLOURS", "STANCE_HATCHES", "DPI",
           "save_figure", "figure_index", "camp_colour", "text_outside_figure"]

#: Stance labels in display order.
STANCES: tuple[str, ...] = ("favor", "against", "none")
#: Stance colours: the two Okabe–Ito colours no camp uses (yellow, reddish purple) and a near-white for no
#: stance, lighter than the grey of ``other``. None of them is a camp colour (a test checks that they stay
#: far apart), so a stacked bar of stances is never read as a bar of camps.
STANCE_COLOURS: dict[str, str] = {"favor": "#F0E442", "against": "#CC79A7", "none": "#F2F2F2"}
#: Stance hatching, a second encoding for greyscale print: favour plain, against crossed, none dotted.
STANCE_HATCHES: dict[str, str] = {"favor": "", "against": "xxx", "none": "..."}
#: Resolution of the PNGs: sharp when a figure is printed at a paper's column width.
DPI: int = 200

_INDEX_FIELDS = ("figure", "notebook", "caption", "data")


def __getattr__(name: str):
    # CAMPS, CAMP_COLOURS and CAMP_LABELS come from the packaged debate pack, read on first use so that
    # importing newslib reads no pack.
    if name not in ("CAMPS", "CAMP_COLOURS", "CAMP_LABELS"):
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from .debate import load_debate

    debate = load_debate()
    return {"CAMPS": debate.camp_names, "CAMP_COLOURS": debate.colours, "CAMP_LABELS": debate.labels}[name]


def camp_colour(camp: str, debate=None) -> str:
    """The colour of a camp in a debate pack (default: the packaged one); unknown camps look like ``other``."""
    from .debate import load_debate

    return load_debate(debate).colour(camp)


def save_figure(fig: "matplotlib.figure.Figure", name: str, data: "pd.DataFrame", *, caption: str,
                notebook: str, folder: str | Path | None = None) -> Path:
    """Write a figure as PNG and SVG with fixed metadata, its numbers as CSV, and index it.

    Parameters
    ----------
    fig : matplotlib.figure.Figure
        The finished figure.
    name : str
        File stem, e.g. ``"01_paragraph_lengths"``.
    data : pandas.DataFrame
        The numbers the figure shows; written to ``name.csv`` without the index.
    caption : str
        One sentence saying what the figure shows, for ``figures/README.md``.
    notebook : str
        The notebook that makes the figure, e.g. ``"01_corpus"``.
    folder : path, optional
        Where to write; default :data:`newslib.paths.FIGURES`.

    Returns
    -------
    Path
        The PNG written.
    """
    import warnings

    import matplotlib

    outside = text_outside_figure(fig)
    if outside:
        warnings.warn(f"{name}: text outside the figure: {'; '.join(outside)}", stacklevel=2)
    folder = Path(folder) if folder is not None else paths.FIGURES
    folder.mkdir(parents=True, exist_ok=True)
    png = folder / f"{name}.png"
    with matplotlib.rc_context({"svg.hashsalt": "newslib", "svg.fonttype": "path"}):
        fig.savefig(png, dpi=DPI, metadata={"Software": None})
        fig.savefig(folder / f"{name}.svg", metadata={"Date": None, "Creator": None})
    data.to_csv(folder / f"{name}.csv", index=False, lineterminator="\n")
    _update_index(folder, {"figure": f"{name}.png", "notebook": notebook, "caption": caption,
                           "data": f"{name}.csv"})
    return png


def text_outside_figure(fig: "matplotlib.figure.Figure", tolerance: float = 1.0) -> list[str]:
    """The visible texts of a figure that are drawn (partly) outside its frame, as they would be saved.

    Titles, labels, tick labels, annotations and legend entries are all checked after a draw with the
    figure's own layout, at the resolution :func:`save_figure` uses.

    Parameters
    ----------
    fig : matplotlib.figure.Figure
    tolerance : float
        Pixels a text may stick out (anti-aliasing).

    Returns
    -------
    list of str
        The texts cut by the frame; empty when everything is inside.
    """
    original = fig.dpi
    fig.set_dpi(DPI)
    try:
        renderer = fig.canvas.get_renderer()
        fig.draw(renderer)
        frame = fig.bbox

        def outside(box) -> bool:
            return (box.x0 < frame.x0 - tolerance or box.y0 < frame.y0 - tolerance
                    or box.x1 > frame.x1 + tolerance or box.y1 > frame.y1 + tolerance)

        texts = list(fig.texts) + [legend for legend in fig.legends]
        for ax in fig.axes:
            texts += [ax.title, ax._left_title, ax._right_title, ax.xaxis.label, ax.yaxis.label, *ax.texts]
            texts += [legend for legend in [ax.get_legend()] if legend is not None]
        cut = []
        for artist in texts:
            if not artist.get_visible():
                continue
            if hasattr(artist, "get_texts"):  # a legend: its title and its entries
                if outside(artist.get_window_extent(renderer)):
                    cut.append("legend " + " / ".join(t.get_text() for t in artist.get_texts()))
            elif artist.get_text().strip() and outside(artist.get_window_extent(renderer)):
                cut.append(artist.get_text())
        for ax in fig.axes:
            for axis in (ax.xaxis, ax.yaxis):
                # Only the ticks inside the view are drawn; the axis' tight box holds exactly those.
                box = axis.get_tightbbox(renderer)
                if box is not None and axis.get_visible() and outside(box):
                    cut.append(f"tick labels of the axis {axis.label.get_text()!r}")
        return cut
    finally:
        fig.set_dpi(original)


def figure_index(folder: str | Path | None = None) -> list[dict[str, str]]:
    """The rows of ``figures/index.csv``: figure, notebook, caption, data (sorted by figure)."""
    index = (Path(folder) if folder is not None else paths.FIGURES) / "index.csv"
    if not index.exists():
        return []
    with index.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _update_index(folder: Path, row: dict[str, str]) -> None:
    rows = {r["figure"]: r for r in figure_index(folder)}
    rows[row["figure"]] = row
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=_INDEX_FIELDS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows[k] for k in sorted(rows))
    target = folder / "index.csv"
    if not target.exists() or target.read_text(encoding="utf-8") != out.getvalue():
        # Written beside the index and moved over it in one step, so a notebook running at the same time
        # (the test suite runs notebooks in parallel) never reads half a file.
        partial = target.with_name(f".index.{os.getpid()}.csv")
        partial.write_text(out.getvalue(), encoding="utf-8")
        os.replace(partial, target)
