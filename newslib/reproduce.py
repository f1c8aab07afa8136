"""Run the notebooks in order, in fresh kernels, and write their outputs back deterministically.

A second run changes no byte: execution counts restart at 1 in each fresh kernel, no timing metadata is
recorded, cell ids are kept, and figures are written with fixed metadata by
:func:`newslib.plotting.save_figure`.
"""
from __future__ import annotations

import os
import re
import uuid
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

from . import paths
from .plotting import figure_index

__all__ = ["NotebookError", "notebooks", "run_notebook", "reproduce", "write_figure_index"]

#: Seconds one cell may run before the notebook counts as failed.
CELL_TIMEOUT = 300


class NotebookError(RuntimeError):
    """A notebook cell failed: which notebook, which cell (1-based, code and Markdown counted), why."""

    def __init__(self, notebook: str | Path, cell: int, error: str):
        self.notebook, self.cell, self.error = str(notebook), cell, error
        super().__init__(f"{notebook}: cell {cell}: {error}")


@dataclass(frozen=True)
class RunResult:
    """What one notebook run did."""

    notebook: Path
    seconds: float
    changed: bool


def notebooks(folder: str | Path | None = None) -> list[Path]:
    """The notebooks to run, in order: the numbered series, then the solutions."""
    folder = Path(folder) if folder is not None else paths.NOTEBOOKS
    return sorted(folder.glob("[0-9]*.ipynb")) + sorted((folder / "solutions").glob("*.ipynb"))


def _last_error_line(outputs: list) -> str:
    for out in outputs:
        if out.get("output_type") == "error":
            return f"{out.get('ename', 'Error')}: {out.get('evalue', '')}".strip()
    return "the cell raised an error"


def run_notebook(path: str | Path, timeout: int = CELL_TIMEOUT) -> RunResult:
    """Execute one notebook top to bottom in a fresh kernel and store its outputs in place.

    Parameters
    ----------
    path : path
        The ``.ipynb`` file; it runs with its own folder as the working directory.
    timeout : int
        Seconds a single cell may take.

    Returns
    -------
    RunResult
        The path, the seconds taken, and whether the file's bytes changed.

    Raises
    ------
    NotebookError
        When a cell raises; the file is left as it was.
    """
    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError

    path = Path(path)
    before = path.read_bytes()
    nb = nbformat.reads(before.decode("utf-8"), as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs, cell.execution_count = [], None
        cell.metadata.pop("execution", None)
    # The kernel inherits this environment: a fixed hash seed keeps set and dict orders stable.
    os.environ.setdefault("PYTHONHASHSEED", "0")
    client = NotebookClient(nb, timeout=timeout, kernel_name="python3", record_timing=False,
                            resources={"metadata": {"path": str(path.parent)}})
    start = time.perf_counter()
    try:
        # The kernel's own stderr (ipykernel's transport notice) is not the notebook's output: cell
        # errors still arrive as outputs and are reported below.
        client.execute(stderr=subprocess.DEVNULL)
    except CellExecutionError:
        failed = next((i for i, c in enumerate(nb.cells, start=1) if c.cell_type == "code"
                       and any(o.get("output_type") == "error" for o in c.get("outputs", []))), 0)
        raise NotebookError(path, failed, _last_error_line(nb.cells[failed - 1].outputs)) from None
    seconds = time.perf_counter() - start
    for cell in nb.cells:
        cell.metadata.pop("execution", None)
        if cell.cell_type == "code":
            cell.outputs = _coalesce_streams(cell.outputs)
    text = _stable_widget_ids(nb, path.stem)
    after = (text if text.endswith("\n") else text + "\n").encode("utf-8")
    if after != before:
        path.write_bytes(after)
    return RunResult(path, seconds, after != before)


def _coalesce_streams(outputs: list) -> list:
    """Consecutive stdout (or stderr) chunks of a cell joined into one output.

    The kernel sends printed text in chunks whenever its buffer is flushed, which depends on timing: a cell
    that prints slowly would be stored as one output on one run and two on the next.
    """
    import nbformat

    merged: list = []
    for out in outputs:
        last = merged[-1] if merged else None
        if (out.get("output_type") == "stream" and last is not None and last.get("output_type") == "stream"
                and last.get("name") == out.get("name")):
            merged[-1] = nbformat.v4.new_output("stream", name=out["name"], text=last["text"] + out["text"])
        else:
            merged.append(out)
    return merged


_MODEL_REF = re.compile(r"IPY_MODEL_([0-9a-f]{32})")
_WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
_WIDGET_STATE = "application/vnd.jupyter.widget-state+json"


def _refs(value) -> list[str]:
    """The widget models a stored state refers to, in a fixed order (sorted keys, list order)."""
    if isinstance(value, str):
        return _MODEL_REF.findall(value)
    if isinstance(value, list):
        return [r for item in value for r in _refs(item)]
    if isinstance(value, dict):
        return [r for key in sorted(value) for r in _refs(value[key])]
    return []


def _widget_order(nb) -> list[str]:
    """Every widget model id, in an order that does not depend on the ids themselves.

    Models shown in outputs come first, in cell order, each followed by the models its state refers to
    (depth first); models nobody refers to follow, ordered by their type and state.
    """
    import json

    state = nb.metadata.get("widgets", {}).get(_WIDGET_STATE, {}).get("state", {})
    roots = [out["data"][_WIDGET_VIEW]["model_id"] for cell in nb.cells if cell.cell_type == "code"
             for out in cell.get("outputs", []) if _WIDGET_VIEW in out.get("data", {})]

    def blank(model_id: str) -> str:
        return _MODEL_REF.sub("IPY_MODEL_", json.dumps(state[model_id], sort_keys=True))

    order: list[str] = []

    def visit(model_id: str) -> None:
        if model_id in order:
            return
        order.append(model_id)
        for ref in _refs(state.get(model_id, {})):
            visit(ref)

    for model_id in roots:
        visit(model_id)
    for model_id in sorted((m for m in state if m not in order), key=blank):
        visit(model_id)
    return order


def _stable_widget_ids(nb, name: str) -> str:
    """The notebook as text, the random ids of ipywidgets models replaced by ids derived from their order.

    The kernel gives every widget a fresh random id, and the stored state is sorted by id; without this,
    each run would rewrite the widget state and outputs, and a second run would change the notebook.
    """
    import nbformat

    text = nbformat.writes(nb)
    for number, old in enumerate(_widget_order(nb)):
        text = text.replace(old, uuid.uuid5(uuid.NAMESPACE_URL, f"newslib/{name}/{number}").hex)
    # Re-serialise so the state is sorted by the new, stable ids.
    return nbformat.writes(nbformat.reads(text, as_version=4))


def write_figure_index(folder: str | Path | None = None) -> Path:
    """Write ``figures/README.md``: every figure, its notebook, caption and data file."""
    folder = Path(folder) if folder is not None else paths.FIGURES
    lines = ["# Figures", "",
             "Written only by code: `python -m newslib reproduce` regenerates every file here from the "
             "seeds. Each PNG has an SVG twin and a CSV of the numbers it shows.", "",
             "| Figure | Notebook | What it shows | Numbers |", "| --- | --- | --- | --- |"]
    for row in figure_index(folder):
        lines.append(f"| [{row['figure']}]({row['figure']}) | `{row['notebook']}.ipynb` | "
                     f"{row['caption']} | [{row['data']}]({row['data']}) |")
    target = folder / "README.md"
    text = "\n".join(lines) + "\n"
    if not target.exists() or target.read_text(encoding="utf-8") != text:
        target.write_text(text, encoding="utf-8")
    return target


def reproduce(selected: Iterable[str | Path] | None = None,
              progress: Callable[[str], None] | None = None) -> list[RunResult]:
    """Run every notebook (or the ones given) in order and rebuild the figure index.

    Parameters
    ----------
    selected : paths, optional
        Notebooks to run; default all of :func:`notebooks`.
    progress : callable, optional
        Called with one line of progress per notebook (default: print to stderr).

    Returns
    -------
    list of RunResult

    Raises
    ------
    NotebookError
        At the first failing cell.
    """
    say = progress or (lambda line: print(line, file=sys.stderr, flush=True))
    todo = [Path(p) for p in selected] if selected else notebooks()
    results, total = [], time.perf_counter()
    for i, nb in enumerate(todo, start=1):
        say(f"[{i}/{len(todo)}] {nb.name} ...")
        result = run_notebook(nb)
        results.append(result)
        say(f"[{i}/{len(todo)}] {nb.name}: {result.seconds:.1f} s"
            f"{'' if result.changed else ' (unchanged)'}")
    write_figure_index()
    say(f"{len(todo)} notebooks in {time.perf_counter() - total:.1f} s; figures indexed in "
        f"{paths.FIGURES / 'README.md'}")
    return results
