"""The notebook runner: outputs stored deterministically, failures named by notebook and cell."""
from pathlib import Path

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from newslib.__main__ import main
from newslib.reproduce import NotebookError, inject_parameters, reproduce, run_notebook, write_figure_index


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


# Runs on your corpus: parameters injected as papermill does, outputs written outside the repository.

def _parametrised(path, *sources, tagged=True):
    nb = new_notebook(metadata={"kernelspec": {"name": "python3", "display_name": "Python 3",
                                               "language": "python"}})
    params = new_code_cell("CORPUS = None\nDEBATE = None\nFIGURES = None",
                           metadata={"tags": ["parameters"]} if tagged else {})
    nb.cells = [new_markdown_cell("# Toy"), params] + [new_code_cell(s) for s in sources]
    for i, cell in enumerate(nb.cells):
        cell.id = f"cell-{i}"
    nbformat.write(nb, path)
    return path


def test_injected_cell_follows_the_parameters_cell(tmp_path):
    nb = nbformat.read(_parametrised(tmp_path / "p.ipynb", "print(CORPUS)"), as_version=4)
    inject_parameters(nb, {"CORPUS": tmp_path / "my articles", "DEBATE": None, "FIGURES": "out/figures"})
    assert [c.metadata.get("tags", []) for c in nb.cells[:4]] == [[], ["parameters"], ["injected-parameters"], []]
    assert nb.cells[2].source == (f"# Parameters\nCORPUS = {str(tmp_path / 'my articles')!r}\nDEBATE = None\n"
                                  "FIGURES = 'out/figures'")
    assert len(nb.cells) == 4


def test_injecting_again_replaces_the_injected_cell(tmp_path):
    nb = nbformat.read(_parametrised(tmp_path / "p.ipynb", "print(CORPUS)"), as_version=4)
    inject_parameters(nb, {"CORPUS": "a"})
    inject_parameters(nb, {"CORPUS": "b"})
    injected = [c for c in nb.cells if "injected-parameters" in c.metadata.get("tags", [])]
    assert [c.source for c in injected] == ["# Parameters\nCORPUS = 'b'"] and nb.cells[2] is injected[0]


def test_without_a_parameters_cell_the_values_go_first(tmp_path):
    nb = nbformat.read(_parametrised(tmp_path / "p.ipynb", "print(CORPUS)", tagged=False), as_version=4)
    inject_parameters(nb, {"CORPUS": "a"})
    assert nb.cells[0].metadata["tags"] == ["injected-parameters"]


@pytest.mark.parametrize("values, error", [({"not a name": 1}, ValueError), ({"CORPUS": object()}, TypeError)])
def test_injection_refuses_what_is_not_a_literal(tmp_path, values, error):
    nb = nbformat.read(_parametrised(tmp_path / "p.ipynb"), as_version=4)
    with pytest.raises(error):
        inject_parameters(nb, values)


def test_run_with_parameters_writes_the_target_and_leaves_the_source(tmp_path):
    source = _parametrised(tmp_path / "p.ipynb", "print(CORPUS, DEBATE)")
    before = source.read_bytes()
    result = run_notebook(source, parameters={"CORPUS": "mine", "DEBATE": None}, target=tmp_path / "out" / "p.ipynb")
    assert source.read_bytes() == before and result.notebook == tmp_path / "out" / "p.ipynb"
    cells = nbformat.read(result.notebook, as_version=4).cells
    assert cells[3].outputs[0]["text"] == "mine None\n"
    assert [c.execution_count for c in cells if c.cell_type == "code"] == [1, 2, 3]


def test_a_failing_run_on_your_corpus_keeps_the_traceback_in_the_target(tmp_path):
    source = _parametrised(tmp_path / "p.ipynb", "raise KeyError('health_professionals')")
    before = source.read_bytes()
    with pytest.raises(NotebookError, match=r"cell 4: KeyError"):
        run_notebook(source, parameters={"CORPUS": "mine"}, target=tmp_path / "out" / "p.ipynb")
    assert source.read_bytes() == before
    assert "KeyError" in (tmp_path / "out" / "p.ipynb").read_text(encoding="utf-8")


def test_reproduce_on_a_corpus_writes_notebooks_and_figures_into_out(tmp_path):
    from newslib import paths

    root = Path(__file__).resolve().parent.parent
    # one figure saved into the FIGURES parameter, one with the helper's default folder: both land in out
    source = _parametrised(tmp_path / "01_toy.ipynb", SAVE_TWO_FIGURES)
    index = paths.FIGURES / "index.csv"
    stored = index.read_bytes()
    reproduce([source], progress=lambda line: None, corpus=root / "examples" / "water_bill" / "articles",
              debate=root / "examples" / "water_bill" / "pack", out=tmp_path / "out")
    figures = tmp_path / "out" / "figures"
    assert sorted(p.name for p in figures.iterdir()) == [
        "README.md", "a.csv", "a.png", "a.svg", "b.csv", "b.png", "b.svg", "index.csv"]
    assert "examples/water_bill/articles" in (figures / "README.md").read_text(encoding="utf-8")
    run = nbformat.read(tmp_path / "out" / "notebooks" / "01_toy.ipynb", as_version=4)
    assert run.cells[3].outputs[0]["text"] == "3 water_bill/pack\n"
    assert index.read_bytes() == stored


SAVE_TWO_FIGURES = """\
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
import pandas as pd
import newslib as nl
corpus = nl.load_corpus(CORPUS)
print(len(corpus), "/".join(DEBATE.split("/")[-2:]))
fig, ax = plt.subplots()
nl.plotting.save_figure(fig, "a", pd.DataFrame({"n": [1]}), caption="A.", notebook="01_toy", folder=FIGURES)
nl.plotting.save_figure(fig, "b", pd.DataFrame({"n": [2]}), caption="B.", notebook="01_toy")
"""


@pytest.mark.parametrize("args, words", [
    (["--corpus", "seeds"], "expected --out DIR with --corpus or --debate"),
    (["--debate", "examples/water_bill/pack"], "expected --out DIR with --corpus or --debate"),
    (["--corpus", "seeds", "--out", "figures"], "outside the repository's figures/"),
    (["--corpus", "seeds", "--out", "figures/mine"], "outside the repository's figures/"),
    (["--corpus", "seeds", "--out", "notebooks/run"], "outside the repository's notebooks/"),
    (["--corpus", "seeds", "--out", "."], "outside the repository's figures/"),
    (["--corpus", "no/such/folder", "--out", "{tmp}/out"], "expected a file or folder of articles"),
    (["--corpus", "{tmp}", "--out", "{tmp}/out"], "expected a folder holding article .txt files"),
    (["--corpus", "seeds", "--debate", "{tmp}", "--out", "{tmp}/out"], "expected the debate pack file camps.csv"),
])
def test_reproduce_on_a_corpus_refuses_bad_arguments_before_running(tmp_path, capsys, monkeypatch, args, words):
    root = Path(__file__).resolve().parent.parent
    monkeypatch.chdir(root)
    figures = sorted((p.name, p.stat().st_mtime_ns) for p in (root / "figures").iterdir())
    assert main(["reproduce", *[a.format(tmp=tmp_path) for a in args]]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and err.count("\n") == 1 and words in err
    assert sorted((p.name, p.stat().st_mtime_ns) for p in (root / "figures").iterdir()) == figures
    assert not (tmp_path / "out").exists()


def test_a_bad_article_in_the_corpus_is_one_error_line(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("07/02/2031 12:37 PST\n\nT\n\nB\n", encoding="utf-8")
    assert main(["reproduce", "--corpus", str(tmp_path), "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"error: {tmp_path / 'a.txt'}:1: unknown time zone 'PST'") and err.count("\n") == 1


def test_a_notebook_without_a_parameters_cell_is_refused_on_your_corpus(tmp_path, capsys):
    # it would ignore the injected values and quietly run on the seeds
    untagged = _parametrised(tmp_path / "01_toy.ipynb", "print(1)", tagged=False)
    from newslib import paths

    assert main(["reproduce", str(untagged), "--corpus", str(paths.SEEDS), "--out", str(tmp_path / "out")]) == 2
    assert capsys.readouterr().err == (f"error: {untagged}:0: expected a code cell tagged 'parameters' setting "
                                       "CORPUS, DEBATE, FIGURES: without it the notebook would run on the "
                                       "seeds, not on your corpus\n")
    assert not (tmp_path / "out").exists()
