"""Every numbered notebook runs on the worked example (the invented Water Bill) through the command line.

``python -m newslib reproduce NOTEBOOK --corpus examples/water_bill/articles --debate examples/water_bill/pack
--out DIR`` must execute the notebook without an error, write it executed to ``DIR/notebooks/`` and its
figures (PNG, SVG, CSV, indexed) to ``DIR/figures/``, and leave the repository's ``figures/`` and
``notebooks/`` byte for byte as they were. One run per notebook, so that a failure names its notebook.
"""
import csv
import hashlib
import time
from pathlib import Path

import nbformat
import pytest

from newslib import paths
from newslib.__main__ import main
from newslib.reproduce import INJECTED_TAG

WATER = Path(__file__).resolve().parent.parent / "examples" / "water_bill"
NUMBERED = sorted(p.name for p in paths.NOTEBOOKS.glob("[0-9]*.ipynb"))
CASES = NUMBERED


def _snapshot() -> dict[str, str]:
    files = {}
    for folder in (paths.FIGURES, paths.NOTEBOOKS):
        for path in sorted(folder.rglob("*")):
            if path.is_file() and ".ipynb_checkpoints" not in path.parts:
                files[str(path.relative_to(folder.parent))] = hashlib.sha256(path.read_bytes()).hexdigest()
    return files


def _settled_snapshot() -> dict[str, str]:
    # nbval may be running a notebook in another worker, which rewrites figures/ with the same bytes; a
    # snapshot taken mid-write is retaken until two in a row agree.
    previous = _snapshot()
    for _ in range(10):
        time.sleep(0.2)
        current = _snapshot()
        if current == previous:
            return current
        previous = current
    return previous


def _index_rows(folder: Path, notebook: str) -> list[dict[str, str]]:
    if not (folder / "index.csv").is_file():    # a run of notebooks that draw nothing (06) has no index
        return []
    with open(folder / "index.csv", newline="", encoding="utf-8") as handle:
        return [row for row in csv.DictReader(handle) if row["notebook"] == notebook]


def test_the_numbered_notebooks_are_the_six_of_the_collection():
    assert len(NUMBERED) == 6 and NUMBERED[0].startswith("01_") and NUMBERED[-1].startswith("06_")


@pytest.mark.parametrize("notebook", CASES)
def test_notebook_runs_on_the_example_and_writes_only_to_the_out_folder(notebook, tmp_path):
    out = tmp_path / "water_run"
    before = _settled_snapshot()
    status = main(["reproduce", str(paths.NOTEBOOKS / notebook), "--corpus", str(WATER / "articles"),
                   "--debate", str(WATER / "pack"), "--out", str(out)])
    assert status == 0

    executed = nbformat.read(out / "notebooks" / notebook, as_version=4)
    errors = [o for c in executed.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "error"]
    assert errors == []
    injected = [c for c in executed.cells if INJECTED_TAG in c.metadata.get("tags", [])]
    assert len(injected) == 1 and str((WATER / "articles").resolve()) in injected[0].source
    # every code cell ran
    assert all(c.execution_count for c in executed.cells if c.cell_type == "code" and c.source.strip())

    # the same figures as on the seeds (a section that skips a figure on other data would show here),
    # each as PNG, SVG and CSV, all indexed
    stem = notebook.removesuffix(".ipynb")
    figures = out / "figures"
    made = _index_rows(figures, stem)
    assert len(made) == len(_index_rows(paths.FIGURES, stem))
    for row in made:
        png = figures / row["figure"]
        assert png.is_file() and png.with_suffix(".svg").is_file() and (figures / row["data"]).is_file()
    assert not made or (figures / "README.md").is_file()

    assert _settled_snapshot() == before, "the run changed the repository's figures/ or notebooks/"
