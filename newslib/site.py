"""Export the executed notebooks and the figure index as a static site.

A student without Python opens ``OUTDIR/index.html`` in a browser. The notebooks are exported with their
stored outputs (run ``python -m newslib reproduce`` first to refresh them); figures are copied beside them.
"""
from __future__ import annotations

import html
import shutil
from pathlib import Path

from . import paths
from .plotting import figure_index
from .reproduce import notebooks

__all__ = ["export_html"]


def _title(nb) -> str:
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("#"):
                    return line.lstrip("# ").strip()
    return "Notebook"


def export_html(outdir: str | Path, folder: str | Path | None = None) -> Path:
    """Write every notebook as HTML, copy ``figures/``, and write an ``index.html`` linking them.

    Parameters
    ----------
    outdir : path
        The folder to write (created if needed; files in it with the same names are replaced).
    folder : path, optional
        The notebooks folder; default :data:`newslib.paths.NOTEBOOKS`.

    Returns
    -------
    Path
        The ``index.html`` written.
    """
    import nbformat
    from nbconvert import HTMLExporter

    outdir = Path(outdir)
    (outdir / "solutions").mkdir(parents=True, exist_ok=True)
    exporter = HTMLExporter(template_name="lab")
    source_folder = Path(folder) if folder is not None else paths.NOTEBOOKS
    links = []
    for nb_path in notebooks(source_folder):
        nb = nbformat.read(nb_path, as_version=4)
        body, _ = exporter.from_notebook_node(nb)
        relative = nb_path.relative_to(source_folder).with_suffix(".html")
        (outdir / relative).write_text(body, encoding="utf-8")
        links.append((relative.as_posix(), _title(nb)))
    figures_out = outdir / "figures"
    figures_out.mkdir(exist_ok=True)
    rows = figure_index()
    for row in rows:
        for name in (row["figure"], row["data"], row["figure"].replace(".png", ".svg")):
            if (paths.FIGURES / name).exists():
                shutil.copyfile(paths.FIGURES / name, figures_out / name)
    items = "\n".join(f'<li><a href="{html.escape(href)}">{html.escape(title)}</a></li>' for href, title in links)
    figures = "\n".join(
        f'<figure><a href="figures/{html.escape(r["figure"])}"><img src="figures/{html.escape(r["figure"])}" '
        f'alt="{html.escape(r["caption"])}" width="480"></a><figcaption>{html.escape(r["caption"])} '
        f'(<code>{html.escape(r["notebook"])}</code>, numbers: <a href="figures/{html.escape(r["data"])}">'
        f'{html.escape(r["data"])}</a>)</figcaption></figure>' for r in rows)
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>newslib: who says what about the Health and Social Care Bill</title>
<style>body{{font-family:sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5}}
figure{{display:inline-block;margin:1rem;vertical-align:top;max-width:500px}}</style></head>
<body><h1>Who says what about the Health and Social Care Bill</h1>
<p>The executed notebooks of the newslib teaching collection, and every figure they make.</p>
<h2>Notebooks</h2><ol>
{items}
</ol><h2>Figures</h2>
{figures}
</body></html>
"""
    index = outdir / "index.html"
    index.write_text(page, encoding="utf-8")
    return index
