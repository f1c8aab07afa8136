"""The notebook runner: outputs stored deterministically, failures named by notebook and cell."""
import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from newslib.__main__ import main
from newslib.reproduce import NotebookError, run_notebook, write_figure_index


def _notebook(path, *sources):
    nb = new_notebook(metadata={"kernelspec": {"name": "python3", "display_name": "Python 3",
                                               "language": "python"}})
    nb.cells = [new_markdown_cell("# Toy")] + [new_code_cell(s) for s in sources]
    for i, cell in enumerate(nb.cells):
        cell.id = f"cell-{i}"
    nbformat.write(nb, path)
    return path


def test_second_run_changes_no_byte(tmp_path):
    path = _notebook(tmp_path / "toy.ipynb", "print(sorted({'b', 'a'}))", "1 + 1")
    first = run_notebook(path)
    stored = path.read_bytes()
    second = run_notebook(path)
    assert first.changed and not second.changed
    assert path.read_bytes() == stored
    nb = nbformat.read(path, as_version=4)
    assert [c.execution_count for c in nb.cells if c.cell_type == "code"] == [1, 2]
    assert nb.cells[1].outputs[0]["text"] == "['a', 'b']\n"
    assert "execution" not in nb.cells[1].metadata


def test_failing_cell_is_named_and_file_left_alone(tmp_path):
    path = _notebook(tmp_path / "bad.ipynb", "x = 1", "raise ValueError('no data here')")
    before = path.read_bytes()
    with pytest.raises(NotebookError) as err:
        run_notebook(path)
    assert str(err.value) == f"{path}: cell 3: ValueError: no data here"
    assert path.read_bytes() == before


def test_cli_reports_a_failing_notebook_in_one_line(tmp_path, capsys):
    path = _notebook(tmp_path / "bad.ipynb", "1 / 0")
    assert main(["reproduce", str(path)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1] == f"error: {path}: cell 2: ZeroDivisionError: division by zero"


def test_figure_index_lists_every_figure(tmp_path):
    (tmp_path / "index.csv").write_text("figure,notebook,caption,data\nb.png,02_x,Bee.,b.csv\n", encoding="utf-8")
    text = write_figure_index(tmp_path).read_text(encoding="utf-8")
    assert "| [b.png](b.png) | `02_x.ipynb` | Bee. | [b.csv](b.csv) |" in text


def test_widget_ids_are_stable_across_runs(tmp_path):
    path = _notebook(tmp_path / "widgets.ipynb", "import ipywidgets as w\nw.IntSlider(value=3, description='n')")
    run_notebook(path)
    stored = path.read_bytes()
    assert b"application/vnd.jupyter.widget-view+json" in stored
    assert not run_notebook(path).changed
    assert path.read_bytes() == stored


def test_slow_printing_is_stored_as_one_output(tmp_path):
    # The kernel flushes printed text on a timer; a pause between prints would otherwise split the output
    # into as many chunks as flushes, differently from run to run.
    path = _notebook(tmp_path / "slow.ipynb", "import time\nprint('a')\ntime.sleep(0.6)\nprint('b')")
    run_notebook(path)
    outputs = nbformat.read(path, as_version=4).cells[1].outputs
    assert [(o["output_type"], o["name"], o["text"]) for o in outputs] == [("stream", "stdout", "a\nb\n")]
