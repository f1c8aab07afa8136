"""Each notebook sets up its own display, whatever the shell it is started from has set."""
import nbformat
import pytest

from newslib import paths

NOTEBOOKS = sorted(paths.NOTEBOOKS.glob("*.ipynb")) + sorted((paths.NOTEBOOKS / "solutions").glob("*.ipynb"))


def _code(notebook):
    # The parameters cell (papermill's convention) comes first and only sets CORPUS, DEBATE and FIGURES;
    # the set-up is the first code cell after it.
    return [c.source for c in nbformat.read(notebook, as_version=4).cells
            if c.cell_type == "code" and not {"parameters", "injected-parameters"} & set(c.metadata.get("tags", []))]


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.stem)
def test_a_notebook_that_draws_chooses_the_inline_backend_first(notebook):
    # The bug: with MPLBACKEND=Agg in the shell (servers, CI images) plt.show() showed nothing and 15 cells
    # failed nbval. The magic in the first code cell wins over the environment.
    cells = _code(notebook)
    if any("plt." in source for source in cells):
        assert cells[0].startswith("%matplotlib inline\n")


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.stem)
def test_a_notebook_shows_tables_with_text_cut_at_a_word(notebook):
    assert "nl.display.use_readable_tables(" in _code(notebook)[0]
