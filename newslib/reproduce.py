"""Run the notebooks in order, in fresh kernels, and write their outputs back deterministically.

A second run changes no byte: execution counts restart at 1 in each fresh kernel, no timing metadata is
recorded, cell ids are kept, and figures are written with fixed metadata by
:func:`newslib.plotting.save_figure`.

On a corpus of your own (:func:`reproduce` with ``corpus`` and ``out``) each notebook gets its values the
way papermill gives them: a code cell tagged ``injected-parameters`` is inserted just after the cell tagged
``parameters`` (at the top when there is none) and sets :data:`PARAMETERS`; the executed notebooks and the
figures go to ``out``, and the repository's ``notebooks/`` and ``figures/`` are never written.
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
from .errors import InputError
from .plotting import figure_index

__all__ = ["NotebookError", "ReproduceError", "PARAMETERS", "notebooks", "inject_parameters", "run_notebook",
           "reproduce", "write_figure_index"]

#: Seconds one cell may run before the notebook counts as failed.
CELL_TIMEOUT = 300
#: The names a run on your corpus sets in each notebook: the corpus (a file or folder of articles), the
#: debate pack folder (None for the packaged one) and the folder for figures.
PARAMETERS: tuple[str, ...] = ("CORPUS", "DEBATE", "FIGURES")
#: The tag of the cell that holds a notebook's default parameters, and of the cell a run inserts after it
#: (papermill's names, so ``papermill`` runs the notebooks too).
PARAMETERS_TAG, INJECTED_TAG = "parameters", "injected-parameters"
#: Set in the environment of the kernels of a run with ``out``: :data:`newslib.paths.FIGURES` reads it, so
#: a figure saved without an explicit folder still lands in ``out``.
FIGURES_VARIABLE = "NEWSLIB_FIGURES"


class ReproduceError(InputError):
    """Arguments of a run on your corpus that cannot be used (the path, what was expected)."""


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


def inject_parameters(nb, values: dict[str, object]):
    """Insert a cell setting ``values`` after the notebook's ``parameters`` cell, as papermill does.

    The new code cell is tagged ``injected-parameters`` and assigns each name its value as a Python
    literal (paths as strings). An earlier injected cell is replaced; without a cell tagged ``parameters``
    the new cell goes first. The notebook is changed in place and returned.

    Parameters
    ----------
    nb : nbformat.NotebookNode
    values : dict
        Names and values: str, int, float, bool, None, or paths.

    Returns
    -------
    nbformat.NotebookNode

    Examples
    --------
    >>> from nbformat.v4 import new_code_cell, new_notebook
    >>> nb = new_notebook(cells=[new_code_cell("CORPUS = None", metadata={"tags": ["parameters"]}),
    ...                          new_code_cell("print(CORPUS)")])
    >>> print(inject_parameters(nb, {"CORPUS": "my_articles"}).cells[1].source)
    # Parameters
    CORPUS = 'my_articles'
    """
    import nbformat

    lines = ["# Parameters"]
    for name, value in values.items():
        if not name.isidentifier():
            raise ValueError(f"a parameter name must be a Python identifier, not {name!r}")
        if isinstance(value, Path):
            value = str(value)
        if value is not None and not isinstance(value, (str, int, float, bool)):
            raise TypeError(f"parameter {name} must be a str, number, bool, None or path, not "
                            f"{type(value).__name__}")
        lines.append(f"{name} = {value!r}")
    cell = nbformat.v4.new_code_cell("\n".join(lines), metadata={"tags": [INJECTED_TAG]})
    cell.id = INJECTED_TAG
    nb.cells = [c for c in nb.cells if INJECTED_TAG not in c.metadata.get("tags", [])]
    at = next((i + 1 for i, c in enumerate(nb.cells) if PARAMETERS_TAG in c.metadata.get("tags", [])), 0)
    nb.cells.insert(at, cell)
    return nb


def run_notebook(path: str | Path, timeout: int = CELL_TIMEOUT, parameters: dict[str, object] | None = None,
                 target: str | Path | None = None, env: dict[str, str] | None = None) -> RunResult:
    """Execute one notebook top to bottom in a fresh kernel and store its outputs (in place by default).

    Parameters
    ----------
    path : path
        The ``.ipynb`` file; it runs with its own folder as the working directory.
    timeout : int
        Seconds a single cell may take.
    parameters : dict, optional
        Values to inject after the ``parameters`` cell (:func:`inject_parameters`).
    target : path, optional
        Where to write the executed notebook; default ``path`` itself. With a target, ``path`` is only read.
    env : dict, optional
        Environment variables for the kernel, on top of this process's.

    Returns
    -------
    RunResult
        The path written, the seconds taken, and whether the written file's bytes changed.

    Raises
    ------
    NotebookError
        When a cell raises; the file is left as it was (a ``target`` gets the notebook up to the error,
        with its traceback, so you can read what went wrong).
    """
    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError

    path = Path(path)
    target = Path(target) if target is not None else path
    before = target.read_bytes() if target.exists() else b""
    nb = nbformat.reads(path.read_bytes().decode("utf-8"), as_version=4)
    if parameters is not None:
        inject_parameters(nb, parameters)
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs, cell.execution_count = [], None
        cell.metadata.pop("execution", None)
    # The kernel inherits this environment: a fixed hash seed keeps set and dict orders stable.
    os.environ.setdefault("PYTHONHASHSEED", "0")
    client = NotebookClient(nb, timeout=timeout, kernel_name="python3", record_timing=False,
                            resources={"metadata": {"path": str(path.parent)}})
    start = time.perf_counter()
    saved = {k: os.environ.get(k) for k in (env or {})}
    try:
        os.environ.update(env or {})
        # The kernel's own stderr (ipykernel's transport notice) is not the notebook's output: cell
        # errors still arrive as outputs and are reported below.
        client.execute(stderr=subprocess.DEVNULL)
    except CellExecutionError:
        failed = next((i for i, c in enumerate(nb.cells, start=1) if c.cell_type == "code"
                       and any(o.get("output_type") == "error" for o in c.get("outputs", []))), 0)
        if target != path:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(nbformat.writes(nb) + "\n", encoding="utf-8")
        raise NotebookError(target if target != path else path, failed,
                            _last_error_line(nb.cells[failed - 1].outputs)) from None
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
    seconds = time.perf_counter() - start
    for cell in nb.cells:
        cell.metadata.pop("execution", None)
        if cell.cell_type == "code":
            cell.outputs = _coalesce_streams(cell.outputs)
    text = _stable_widget_ids(nb, path.stem)
    after = (text if text.endswith("\n") else text + "\n").encode("utf-8")
    if after != before:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(after)
    return RunResult(target, seconds, after != before)


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


def write_figure_index(folder: str | Path | None = None, corpus: str | Path | None = None) -> Path:
    """Write ``figures/README.md``: every figure, its notebook, caption and data file.

    ``corpus`` names the articles the figures were made from, when they are not the seeds.
    """
    folder = Path(folder) if folder is not None else paths.FIGURES
    source = "the seeds" if corpus is None else f"`{corpus}`"
    command = "`python -m newslib reproduce`" if corpus is None else \
        f"`python -m newslib reproduce --corpus {corpus} ...`"
    lines = ["# Figures", "",
             f"Written only by code: {command} regenerates every file here from "
             f"{source}. Each PNG has an SVG twin and a CSV of the numbers it shows.", "",
             "| Figure | Notebook | What it shows | Numbers |", "| --- | --- | --- | --- |"]
    for row in figure_index(folder):
        lines.append(f"| [{row['figure']}]({row['figure']}) | `{row['notebook']}.ipynb` | "
                     f"{row['caption']} | [{row['data']}]({row['data']}) |")
    target = folder / "README.md"
    text = "\n".join(lines) + "\n"
    if not target.exists() or target.read_text(encoding="utf-8") != text:
        folder.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    return target


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def check_output_folder(out: str | Path) -> Path:
    """The resolved output folder of a run on your corpus, refused if writing it could touch the repository.

    Raises
    ------
    ReproduceError
        If ``out`` is (or is inside) the repository's ``figures/`` or ``notebooks/``, or is a folder whose
        ``figures/`` or ``notebooks/`` would be the repository's (the repository's top folder), or is a file.
    """
    resolved = Path(out).expanduser().resolve()
    for name, folder in (("figures", paths.FIGURES), ("notebooks", paths.NOTEBOOKS)):
        folder = folder.resolve()
        if _inside(resolved, folder) or resolved / name == folder:
            raise ReproduceError(out, 0, f"expected an output folder outside the repository's {name}/ "
                                         f"(a run on your corpus never writes there)")
    if resolved.exists() and not resolved.is_dir():
        raise ReproduceError(out, 0, "expected a folder for --out, found a file")
    return resolved


def _check_corpus(corpus: str | Path) -> Path:
    from .articles import iter_articles

    path = Path(corpus).expanduser()
    if not path.exists():
        raise ReproduceError(corpus, 0, "expected a file or folder of articles for --corpus")
    if path.is_dir() and not any(path.glob("*.txt")):
        raise ReproduceError(corpus, 0, "expected a folder holding article .txt files (or a CSV/JSONL corpus file)")
    for _ in iter_articles([path]):      # every article checked here: a bad one is one error line, not a notebook failure
        pass
    return path.resolve()


def _check_parameters_cell(path: Path) -> None:
    """Refuse a notebook that would ignore the injected values and quietly run on the seeds."""
    import nbformat

    try:
        nb = nbformat.read(path, as_version=4)
    except (OSError, ValueError) as err:
        raise ReproduceError(path, 0, f"expected a readable notebook ({err})") from None
    if not any(c.cell_type == "code" and PARAMETERS_TAG in c.metadata.get("tags", []) for c in nb.cells):
        raise ReproduceError(path, 0, f"expected a code cell tagged {PARAMETERS_TAG!r} setting "
                                      f"{', '.join(PARAMETERS)}: without it the notebook would run on the "
                                      f"seeds, not on your corpus")


def reproduce(selected: Iterable[str | Path] | None = None,
              progress: Callable[[str], None] | None = None, *, corpus: str | Path | None = None,
              debate: str | Path | None = None, out: str | Path | None = None) -> list[RunResult]:
    """Run every notebook (or the ones given) in order and rebuild the figure index.

    Parameters
    ----------
    selected : paths, optional
        Notebooks to run; default all of :func:`notebooks` (with ``out``: the numbered series only, as
        the solutions are about the seeds).
    progress : callable, optional
        Called with one line of progress per notebook (default: print to stderr).
    corpus : path, optional
        Your articles (a file or a folder, as :func:`newslib.load_corpus` takes); needs ``out``.
    debate : path, optional
        Your debate pack folder (:mod:`newslib.debate`); default the packaged one. Needs ``out``.
    out : path, optional
        Where a run on your corpus writes: ``out/notebooks/`` (the executed notebooks) and
        ``out/figures/`` (PNG, SVG, CSV, ``index.csv`` and ``README.md``). Without ``corpus`` the seeds
        are used. Without ``out`` the notebooks are run in place on the seeds and ``figures/`` is
        regenerated, as before.

    Returns
    -------
    list of RunResult

    Raises
    ------
    NotebookError
        At the first failing cell.
    ReproduceError, InputError
        For ``corpus`` or ``debate`` without ``out``, an ``out`` that could touch the repository, a
        corpus that is missing or malformed, or a malformed debate pack (before any notebook runs).
    """
    say = progress or (lambda line: print(line, file=sys.stderr, flush=True))
    if out is None:
        if corpus is not None or debate is not None:
            raise ReproduceError(corpus if corpus is not None else debate, 0,
                                 "expected --out DIR with --corpus or --debate (a run on your corpus "
                                 "writes its notebooks and figures there, never into the repository)")
        return _reproduce_in_place(selected, say)
    from .debate import load_debate

    target = check_output_folder(out)
    corpus_path = _check_corpus(corpus if corpus is not None else paths.SEEDS)
    pack = None
    if debate is not None:
        load_debate(debate)                      # a malformed pack is one error line before any notebook runs
        pack = Path(debate).expanduser().resolve()
    figures = target / "figures"
    values = {"CORPUS": corpus_path, "DEBATE": pack, "FIGURES": figures}
    todo = [Path(p) for p in selected] if selected else sorted(paths.NOTEBOOKS.glob("[0-9]*.ipynb"))
    for nb in todo:
        _check_parameters_cell(nb)
    results, total = [], time.perf_counter()
    for i, nb in enumerate(todo, start=1):
        say(f"[{i}/{len(todo)}] {nb.name} on {corpus_path} ...")
        result = run_notebook(nb, parameters=values, target=target / "notebooks" / nb.name,
                              env={FIGURES_VARIABLE: str(figures)})
        results.append(result)
        say(f"[{i}/{len(todo)}] {nb.name}: {result.seconds:.1f} s")
    index = write_figure_index(figures, corpus_path)
    say(f"{len(todo)} notebooks in {time.perf_counter() - total:.1f} s; executed notebooks in "
        f"{target / 'notebooks'}, figures indexed in {index}")
    return results


def _reproduce_in_place(selected: Iterable[str | Path] | None, say: Callable[[str], None]) -> list[RunResult]:
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
