"""save_figure writes byte-identical PNG/SVG, the CSV of the numbers, and an index row."""
import hashlib

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402

from newslib.plotting import CAMP_COLOURS, CAMPS, camp_colour, figure_index, save_figure  # noqa: E402


def _draw():
    data = pd.DataFrame({"camp": list(CAMPS), "n": [3, 2, 4, 1]})
    fig, ax = plt.subplots()
    ax.bar(data["camp"], data["n"], color=[CAMP_COLOURS[c] for c in data["camp"]])
    ax.set_title("toy")
    return fig, data


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_same_figure_saved_twice_has_identical_bytes(tmp_path):
    digests = []
    for run in range(2):
        fig, data = _draw()
        png = save_figure(fig, "toy", data, caption="A toy.", notebook="00_toy", folder=tmp_path / str(run))
        plt.close(fig)
        digests.append((_digest(png), _digest(png.with_suffix(".svg")), _digest(png.with_suffix(".csv"))))
    assert digests[0] == digests[1]


def test_svg_has_no_date_and_csv_has_the_numbers(tmp_path):
    fig, data = _draw()
    png = save_figure(fig, "toy", data, caption="A toy.", notebook="00_toy", folder=tmp_path)
    plt.close(fig)
    assert "<dc:date>" not in png.with_suffix(".svg").read_text(encoding="utf-8")
    assert pd.read_csv(png.with_suffix(".csv")).equals(data)


def test_index_is_updated_not_duplicated(tmp_path):
    for caption in ("First.", "Second."):
        fig, data = _draw()
        save_figure(fig, "toy", data, caption=caption, notebook="00_toy", folder=tmp_path)
        plt.close(fig)
    assert figure_index(tmp_path) == [{"figure": "toy.png", "notebook": "00_toy", "caption": "Second.",
                                       "data": "toy.csv"}]


def test_palette_covers_every_camp_and_unknown_camps_are_grey():
    assert set(CAMP_COLOURS) == set(CAMPS)
    assert len(set(CAMP_COLOURS.values())) == len(CAMPS)
    assert camp_colour("unheard_of") == CAMP_COLOURS["other"]
