"""One palette and one way to save a figure.

Every figure in the project takes its camps' colours, labels and order from the debate pack
(:mod:`newslib.debate`; the packaged one uses Okabe–Ito colours, safe for the common forms of colour
blindness). :data:`CAMPS`, :data:`CAMP_COLOURS` and :data:`CAMP_LABELS` are those of the packaged pack,
read when first asked for. Every figure is written by :func:`save_figure`: a PNG and an SVG with fixed
metadata, so the bytes are the same on every run, and the CSV of the numbers behind it, so a reader can
check the chart.
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

__all__ = ["CAMPS", "CAMP_COLOURS", "CAMP_LABELS", "STANCES", "STANCE_COLOURS", "save_figure",
           "figure_index", "camp_colour"]

#: Stance labels in display order, and their colours (also Okabe–Ito).
STANCES: tuple[str, ...] = ("favor", "against", "none")
STANCE_COLOURS: dict[str, str] = {"favor": "#56B4E9", "against": "#E69F00", "none": "#CCCCCC"}

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
    import matplotlib

    folder = Path(folder) if folder is not None else paths.FIGURES
    folder.mkdir(parents=True, exist_ok=True)
    png = folder / f"{name}.png"
    with matplotlib.rc_context({"svg.hashsalt": "newslib", "svg.fonttype": "path"}):
        fig.savefig(png, dpi=100, metadata={"Software": None})
        fig.savefig(folder / f"{name}.svg", metadata={"Date": None, "Creator": None})
    data.to_csv(folder / f"{name}.csv", index=False, lineterminator="\n")
    _update_index(folder, {"figure": f"{name}.png", "notebook": notebook, "caption": caption,
                           "data": f"{name}.csv"})
    return png


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
