"""The screenshot script's parts that need no browser: settings, window height, cutting into pages."""
import json

from PIL import Image, ImageDraw

from newslib import screenshots


def test_lab_settings_render_every_cell_and_silence_the_news(tmp_path):
    folder = screenshots._settings_dir(tmp_path)
    tracker = json.loads((folder / "@jupyterlab/notebook-extension/tracker.jupyterlab-settings").read_text())
    news = json.loads((folder / "@jupyterlab/apputils-extension/notification.jupyterlab-settings").read_text())
    assert tracker == {"windowingMode": "none"}
    assert news == {"fetchNews": "false", "checkForUpdates": False}


def test_window_grows_with_the_notebook(tmp_path):
    def notebook(n_cells, image):
        path = tmp_path / f"nb{n_cells}{image}.ipynb"
        out = [{"output_type": "display_data", "data": {"image/png": "x", "text/plain": ["<Figure>"]}}]
        cells = [{"cell_type": "code", "source": ["x = 1\n"], "outputs": out if image else []}] * n_cells
        path.write_text(json.dumps({"cells": cells}), encoding="utf-8")
        return screenshots._page_height(path, 1400)

    assert notebook(10, False) < notebook(20, False) < notebook(20, True)


def test_tall_shot_is_cut_into_pages_and_the_empty_foot_dropped(tmp_path):
    shot = tmp_path / "01_x.png"
    image = Image.new("RGB", (1000, 5000), "white")
    draw = ImageDraw.Draw(image)
    draw.rectangle((400, 100, 800, 2600), fill="black")            # the notebook's content
    draw.rectangle((0, 0, 100, 5000), fill="grey")                  # the file browser, full height
    draw.rectangle((0, 5000 - screenshots.STATUS_BAR, 1000, 5000), fill="grey")  # the status bar
    image.save(shot)
    pages = screenshots._split(shot, page=1000)
    assert [p.name for p in pages] == ["01_x_p01.png", "01_x_p02.png", "01_x_p03.png"]
    assert [Image.open(p).height for p in pages] == [1000, 1000, 621]  # content to row 2600, then a 20 px margin
    assert not shot.exists()
