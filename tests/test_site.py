"""The static site: every notebook as HTML, every indexed figure copied, one index page linking them."""
from newslib import paths
from newslib.plotting import figure_index
from newslib.reproduce import notebooks
from newslib.site import export_html


def test_site_links_every_notebook_and_figure(tmp_path):
    index = export_html(tmp_path / "site")
    page = index.read_text(encoding="utf-8")
    for nb in notebooks():
        relative = nb.relative_to(paths.NOTEBOOKS).with_suffix(".html").as_posix()
        assert f'href="{relative}"' in page
        assert (tmp_path / "site" / relative).read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    for row in figure_index():
        assert (tmp_path / "site" / "figures" / row["figure"]).exists()
        assert row["caption"] in page
