"""The one place that knows where the project's folders are.

Notebooks and the command line ask this module for paths, never the machine, so the same code runs in
a clone anywhere. The folders are found relative to the installed (editable) package: ``newslib/`` sits
at the top of the repository, beside ``seeds/`` and ``figures/``.
"""
from __future__ import annotations

import os
from pathlib import Path

#: The top of the repository (the folder that holds ``newslib/``).
ROOT: Path = Path(__file__).resolve().parent.parent
#: The two seed articles and the hand-coded CSVs about them.
SEEDS: Path = ROOT / "seeds"
#: Every figure, with the CSV of its numbers; written only by code. ``python -m newslib reproduce --out DIR``
#: sets ``NEWSLIB_FIGURES`` for the notebooks it runs, so their figures go to ``DIR/figures`` instead.
FIGURES: Path = Path(os.environ["NEWSLIB_FIGURES"]) if os.environ.get("NEWSLIB_FIGURES") else ROOT / "figures"
#: The numbered notebook series.
NOTEBOOKS: Path = ROOT / "notebooks"
#: The development corpus: its recipe (manifest), hand codings and results; no article text.
VALIDATION: Path = ROOT / "validation"
