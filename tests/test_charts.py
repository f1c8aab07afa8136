"""Every figure function draws on the seeds with its text inside the frame, saved at 200 dpi or more, and
stance never borrows a camp's colour."""
from __future__ import annotations

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from matplotlib.colors import to_rgb  # noqa: E402
from PIL import Image  # noqa: E402

import newslib as nl  # noqa: E402
from newslib import charts, compare, plotting, polarity, sentiment, stance  # noqa: E402


@pytest.fixture(scope="module")
def seeds():
    corpus = nl.load_corpus(nl.paths.SEEDS)
    found = nl.statements(corpus)
    found["words"] = found["text"].map(nl.count_words)
    gold = pd.read_csv(nl.paths.SEEDS / "statements_gold.csv")
    gold["rules"] = stance.add_stance(gold.drop(columns=["stance", "stance_note"]), corpus)["stance"]
    camps = compare.documents(corpus, found, unit="camp")
    articles = compare.documents(corpus, unit="article")
    titles = dict(zip(corpus["article_id"], corpus["title"]))
    return {"corpus": corpus, "found": found, "gold": gold, "camps": camps, "articles": articles,
            "titles": titles}


def _voices(found):
    voices = (found.pivot_table(index=["speaker", "camp"], columns="kind", values="words", aggfunc="size",
                                fill_value=0).reindex(columns=["direct", "partial", "reported"], fill_value=0))
    voices["words"] = found.groupby(["speaker", "camp"])["words"].sum()
    return voices.sort_values("words", ascending=False).reset_index()


def _lengths(s):
    return pd.DataFrame([(a.article_id, i, nl.count_words(p)) for a in s["corpus"]["article"]
                         for i, p in enumerate(a.paragraphs, start=1)], columns=["article_id", "paragraph", "words"])


def _confusion(s):
    gold = s["gold"]
    table = nl.agreement.confusion_table(gold["stance"], gold["rules"], names=("gold", "rules"), wide=True)
    return charts.confusion({"rules": table}, {"rules": nl.agreement.cohen_kappa(gold["stance"], gold["rules"])},
                            len(gold))


def _cross_validation(s):
    folds = nl.stance_model.cross_validate_stance(s["gold"], "loao", rules="rules")
    return charts.cross_validation(folds, nl.stance_model.MODELS, len(s["gold"]))


def _top_terms(s):
    weights = compare.tfidf(s["camps"])
    top = compare.top_terms(weights[weights["tf"] >= 2], n=8).merge(s["camps"][["doc_id", "camp"]], on="doc_id")
    return charts.top_terms(top, s["camps"])


def _cosine(s):
    return charts.cosine_similarity(compare.cosine_similarity(compare.tfidf(s["camps"])),
                                    compare.cosine_similarity(compare.tfidf(s["articles"])), s["titles"])


def _arc(s):
    paragraphs = sentiment.score_paragraphs(s["corpus"])
    return charts.sentiment_arc(paragraphs, s["found"][["article_id", "paragraph", "camp"]].drop_duplicates(),
                                s["titles"])


def _lexicons(s):
    sentences = sentiment.score_sentences(s["corpus"])
    return charts.lexicons_compared(sentences, polarity.lexicon_disagreements(sentences, n=3), 0.86)


def _vs_stance(s):
    scored = sentiment.score_statements(s["gold"])
    by_stance = pd.concat([polarity.polarity_by_stance(scored, lex).assign(lexicon=lex) for lex in ("vader", "afinn")],
                          ignore_index=True)
    return charts.sentiment_vs_stance(by_stance, 3, 20)


def _domain(s):
    return charts.domain_terms(sentiment.lexicon_terms(s["corpus"]), sentiment.domain_neutral_terms()["term"],
                               49)


FIGURES = {
    "paragraph_lengths": lambda s: charts.paragraph_lengths(_lengths(s), s["titles"]),
    "who_speaks": lambda s: charts.who_speaks(_voices(s["found"]), len(s["corpus"])),
    "confusion": _confusion,
    "stance_by_camp": lambda s: charts.stance_by_camp(stance.stance_by_camp(s["gold"]), s["titles"]),
    "cross_validation": _cross_validation,
    "top_terms": _top_terms,
    "cosine_similarity": _cosine,
    "fightin_words": lambda s: charts.fightin_words(compare.log_odds(s["camps"], "government", "labour"),
                                                    "government", "labour"),
    "sentiment_arc": _arc,
    "sentiment_by_camp": lambda s: charts.sentiment_by_camp(sentiment.score_statements(s["found"])),
    "lexicons_compared": _lexicons,
    "sentiment_vs_stance": _vs_stance,
    "domain_terms": _domain,
}
FIGURES.update({
    "validation_scores": lambda s: charts.validation_scores(nl.scoring.load_results()),
    "validation_shares": lambda s: charts.validation_shares(pd.read_csv(nl.paths.VALIDATION / "shares_test.csv")),
})


def test_every_figure_function_is_drawn_here():
    assert set(FIGURES) == set(charts.__all__) - {"article_label", "keyness_labels"}


@pytest.mark.parametrize("name", sorted(FIGURES))
def test_figure_keeps_its_text_inside_and_is_saved_sharp(name, seeds, tmp_path):
    fig = FIGURES[name](seeds)
    try:
        assert plotting.text_outside_figure(fig) == []
        assert fig.get_figwidth() <= charts.WIDTH
        assert fig._suptitle is not None and fig._suptitle.get_text()
        # Every labelled numeric axis says its unit or its range in brackets: "(count)", "(0 to 1)", "(%)".
        numeric = [axis.label.get_text() for ax in fig.axes if ax.get_visible() for axis in (ax.xaxis, ax.yaxis)
                   if axis.label.get_text() and _numeric_ticks(axis)]
        assert all("(" in label for label in numeric), numeric
        png = plotting.save_figure(fig, name, pd.DataFrame({"x": [1]}), caption="c", notebook="00",
                                   folder=tmp_path)
    finally:
        plt.close(fig)
    with Image.open(png) as image:
        assert min(image.info["dpi"]) >= 199.9


def _numeric_ticks(axis):
    texts = [t.get_text().replace("\u2212", "-").rstrip("%") for t in axis.get_ticklabels() if t.get_text()]
    try:
        return bool(texts) and all(float(t) is not None for t in texts)
    except ValueError:
        return False


def test_text_outside_the_frame_is_found():
    fig, ax = plt.subplots(figsize=(3, 2))
    ax.set_title("a title far too long to fit inside a figure only three inches wide, so it is cut")
    ax.annotate("off the edge", (1, 1), xytext=(200, 0), textcoords="offset points")
    try:
        cut = plotting.text_outside_figure(fig)
    finally:
        plt.close(fig)
    assert any(t.startswith("a title") for t in cut) and "off the edge" in cut


def _lab(colour):
    """CIE L*a*b* of an sRGB colour (D65), for distances a reader can see."""
    def linear(c):
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (linear(c) for c in to_rgb(colour))
    x, y, z = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047, 0.2126 * r + 0.7152 * g + 0.0722 * b, \
        (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883
    f = [t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116 for t in (x, y, z)]
    return 116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])


def test_stance_palette_is_disjoint_from_and_far_from_the_camp_palette():
    camps = {c.lower() for c in plotting.CAMP_COLOURS.values()}
    stances = {c.lower() for c in plotting.STANCE_COLOURS.values()}
    assert not camps & stances
    for stance_colour in stances:
        for camp_colour in camps:
            distance = sum((p - q) ** 2 for p, q in zip(_lab(stance_colour), _lab(camp_colour))) ** 0.5
            assert distance > 25, (stance_colour, camp_colour, distance)
    assert set(plotting.STANCE_COLOURS) == set(plotting.STANCES) == set(plotting.STANCE_HATCHES)
    assert len(set(plotting.STANCE_HATCHES.values())) == len(plotting.STANCES)


def test_stance_by_camp_draws_no_empty_camp_and_whole_counts(seeds):
    table = stance.stance_by_camp(seeds["gold"])
    fig = charts.stance_by_camp(table, seeds["titles"])
    try:
        fig.canvas.draw()
        labels = [t.get_text() for ax in fig.axes for t in ax.get_yticklabels()]
        count_ticks = [t for ax in fig.axes[::2] for t in ax.get_xticks()]
    finally:
        plt.close(fig)
    assert labels and not any("(n = 0)" in label for label in labels)
    assert all(float(t).is_integer() for t in count_ticks)


def test_stance_bars_use_stance_colours_never_camp_colours(seeds):
    fig = charts.stance_by_camp(stance.stance_by_camp(seeds["gold"]), seeds["titles"])
    try:
        faces = {matplotlib.colors.to_hex(p.get_facecolor()) for ax in fig.axes for p in ax.patches}
    finally:
        plt.close(fig)
    assert faces <= {c.lower() for c in plotting.STANCE_COLOURS.values()}


def test_tied_weights_share_a_rank():
    assert charts._tie_ranks(pd.Series([0.3, 0.2, 0.2, 0.1])) == ["1", "=2", "=2", "4"]


def test_labels_moved_apart_keep_their_order_and_gap():
    placed = charts._spread([10.0, 10.5, 11.0, 40.0], gap=5)
    assert placed == sorted(placed)
    assert all(b - a >= 5 - 1e-9 for a, b in zip(placed, placed[1:]))


def test_points_at_one_place_become_one_marker(seeds):
    table = compare.log_odds(seeds["camps"], "government", "labour")
    fig = charts.fightin_words(table, "government", "labour")
    try:
        markers = sum(len(c.get_offsets()) for c in fig.axes[0].collections)
        distinct = len((table["count_a"] + table["count_b"]).to_frame().assign(z=table["z"].round(6))
                       .drop_duplicates())
    finally:
        plt.close(fig)
    assert markers == distinct < len(table)


def test_who_speaks_shows_every_speaker_in_full_and_kinds_as_hatching(seeds):
    voices = _voices(seeds["found"])
    fig = charts.who_speaks(voices, len(seeds["corpus"]))
    try:
        fig.canvas.draw()
        counts, words = fig.axes
        names = [t.get_text().replace("\n", " ") for t in counts.get_yticklabels()]
        dots = sum(len(c.get_offsets()) for c in words.collections if hasattr(c, "get_sizes") and len(c.get_sizes()))
        legend = fig.legends[0]
        kind_faces = {matplotlib.colors.to_hex(h.get_facecolor()) for h in legend.legend_handles[-3:]}
    finally:
        plt.close(fig)
    # Names were cut with "…"; kinds were grey swatches (one the grey of "other"); 2-word bars vanished.
    assert sorted(names) == sorted(voices["speaker"]) and not any("…" in n for n in names)
    assert kind_faces == {"#ffffff"}
    assert dots == len(voices)


def test_cosine_heatmaps_have_one_height_and_articles_have_titles(seeds):
    fig = _cosine(seeds)
    try:
        fig.canvas.draw()
        camps, articles = fig.axes[:2]
        labels = [t.get_text() for t in articles.get_yticklabels()]
    finally:
        plt.close(fig)
    assert camps.get_position().height == pytest.approx(articles.get_position().height)
    assert all(":" in label and len(label) > 5 for label in labels)


def test_lexicon_disagreements_are_labelled_with_their_words(seeds):
    fig = _lexicons(seeds)
    try:
        texts = [t.get_text() for t in fig.axes[0].texts]
    finally:
        plt.close(fig)
    labels = [t for t in texts if t[:2] in {"1.", "2.", "3."}]
    assert len(labels) == 3 and all(len(t) > 20 for t in labels)


WATER_PACK = nl.paths.ROOT / "examples" / "water_bill" / "pack"


def test_who_speaks_takes_camp_colours_and_labels_from_the_debate_pack():
    debate = nl.load_debate(WATER_PACK)
    voices = pd.DataFrame({"speaker": ["Helen Marsh", "A union"], "camp": ["ministers", "unions"],
                           "direct": [1, 0], "partial": [0, 1], "reported": [1, 0], "words": [12, 3]})
    fig = charts.who_speaks(voices, n_articles=1, debate=debate)
    try:
        legend = {t.get_text() for t in fig.legends[0].get_texts()}
        bars = {to_rgb(p.get_facecolor()) for p in fig.axes[0].patches}
    finally:
        plt.close(fig)
    assert {"Ministers (2 statements)", "Unions (1 statements)"} <= legend
    assert {to_rgb(debate.colour("ministers")), to_rgb(debate.colour("unions"))} <= bars
    assert "Ministers" in fig._suptitle.get_text()


def test_stance_by_camp_names_camps_by_the_debate_pack_labels_and_who_coded_the_stance():
    debate = nl.load_debate(WATER_PACK)
    rows = pd.DataFrame({"article_id": ["all"] * 3, "camp": ["industry"] * 3, "stance": list(plotting.STANCES),
                         "n": [1, 2, 0], "share_n": [1 / 3, 2 / 3, 0], "words": [5, 5, 0],
                         "share_words": [0.5, 0.5, 0.0]})
    fig = charts.stance_by_camp(rows, debate=debate, coded_by="Rules'")
    try:
        ticks = [t.get_text() for t in fig.axes[0].get_yticklabels()]
        legend = fig.legends[0].get_title().get_text()
    finally:
        plt.close(fig)
    assert ticks == ["Water industry (n = 3)"]
    assert legend == "Rules' stance (colour and hatching)"


def test_validation_scores_draws_each_measure_for_each_split_with_its_articles():
    results = pd.DataFrame({"split": ["seeds", "test"], "articles": [2, 21], "camp_recall": [1.0, 0.7],
                            "camp_precision": [1.0, 0.8], "stance_agreement": [0.95, 0.6],
                            "always_against": [0.4, 0.3]})
    fig = charts.validation_scores(results)
    try:
        heights = [round(p.get_height(), 2) for p in fig.axes[0].patches]
        legend = [t.get_text() for t in fig.legends[0].get_texts()]
        title = fig._suptitle.get_text()
    finally:
        plt.close(fig)
    assert heights == [1.0, 1.0, 0.95, 0.4, 0.7, 0.8, 0.6, 0.3]
    assert legend == ["seeds (n = 2 articles)", "test (n = 21 articles)"]
    assert "0.95 on the seeds" in title and "0.60 on test" in title


@pytest.mark.parametrize("n_splits, upright", [(5, False), (7, True)])
def test_validation_scores_stand_their_values_upright_past_five_splits(n_splits, upright):
    names = ["seeds", "tune", "test", "test2", "test3", "test4", "test5"][:n_splits]
    results = pd.DataFrame({"split": names, "articles": [10] * n_splits, "camp_recall": [0.81] * n_splits,
                            "camp_precision": [0.8] * n_splits, "stance_agreement": [0.6] * n_splits,
                            "always_against": [0.3] * n_splits})
    fig = charts.validation_scores(results)
    try:
        rotations = {t.get_rotation() for t in fig.axes[0].texts}
        labels = len(fig.axes[0].texts)
    finally:
        plt.close(fig)
    assert labels == 4 * n_splits
    assert rotations == ({90.0} if upright else {0.0})


def test_validation_shares_puts_hand_and_tool_side_by_side_and_names_the_furthest_camp():
    # the furthest camp as the worst camp distance counts it: among camps with enough hand-coded statements;
    # a camp with too few is drawn, and its distance marked
    shares = pd.DataFrame({"camp": ["other", "government", "labour"], "n_gold": [4, 10, 8],
                           "favor_gold": [0.0, 0.5, 0.0], "against_gold": [1.0, 0.0, 1.0], "none_gold": [0.0, 0.5, 0.0],
                           "n_pred": [3, 9, 8], "favor_pred": [0.0, 0.5, 0.0], "against_pred": [0.5, 0.0, 0.7],
                           "none_pred": [0.5, 0.5, 0.3], "distance": [0.5, 0.0, 0.3]})
    fig = charts.validation_shares(shares)
    try:
        ticks = [t.get_text() for t in fig.axes[0].get_yticklabels()]
        title = fig._suptitle.get_text()
        notes = [t.get_text() for t in fig.axes[0].texts]
    finally:
        plt.close(fig)
    assert ticks == ["Government, hand (n = 10)", "Government, tool (n = 9)", "Labour, hand (n = 8)",
                     "Labour, tool (n = 8)", "Other, hand (n = 4)", "Other, tool (n = 3)"]
    assert "Labour (distance 0.30; of camps with 5 or more hand-coded statements)" in title
    assert notes == ["distance\n0.00", "distance\n0.30", "distance\n0.50\n(too few)"]


def test_paragraph_lengths_of_three_articles_keep_their_axis_labels_apart():
    lengths = pd.DataFrame([(a, i, 10 + i) for a in ("001_a", "002_b", "003_c") for i in range(1, 9)],
                           columns=["article_id", "paragraph", "words"])
    fig = charts.paragraph_lengths(lengths)
    try:
        assert plotting.text_outside_figure(fig) == []
        fig.canvas.draw()
        boxes = [ax.xaxis.label.get_window_extent() for ax in fig.axes]
    finally:
        plt.close(fig)
    assert all(left.x1 <= right.x0 for left, right in zip(boxes, boxes[1:]))


def test_camp_figures_take_labels_and_colours_from_the_debate_pack():
    from pathlib import Path

    water = Path(__file__).resolve().parent.parent / "examples" / "water_bill"
    debate = nl.load_debate(water / "pack")
    corpus = nl.load_corpus(water / "articles")
    found = nl.statements(corpus, debate=debate)
    camps = compare.documents(corpus, found, unit="camp", debate=debate)
    weights = compare.tfidf(camps)
    top = compare.top_terms(weights[weights["tf"] >= 2], n=4).merge(camps[["doc_id", "camp"]], on="doc_id")
    a, b = compare.largest_camps(camps, 2)
    scored = sentiment.score_statements(found)
    paragraphs = sentiment.score_paragraphs(corpus)
    voices = scored[["article_id", "paragraph", "camp"]].drop_duplicates()
    figures = [charts.top_terms(top, camps, debate=debate),
               charts.fightin_words(compare.log_odds(camps, a, b), a, b, debate=debate),
               charts.sentiment_arc(paragraphs, voices, debate=debate),
               charts.sentiment_by_camp(scored, debate=debate),
               charts.cosine_similarity(compare.cosine_similarity(weights), compare.cosine_similarity(
                   compare.tfidf(compare.documents(corpus, unit="article"))), debate=debate)]
    try:
        texts = " ".join(t.get_text() for fig in figures for t in fig.findobj(matplotlib.text.Text))
        # the pack's labels, not the camp names capitalised
        assert "Water industry" in texts and "Ministers" in texts
        assert "Industry" not in texts.replace("Water industry", "")
        colours = {to_rgb(c) for fig in figures for ax in fig.axes for coll in ax.collections
                   for c in coll.get_facecolors()[:, :3].tolist() if len(coll.get_facecolors())}
        colours |= {to_rgb(p.get_facecolor()) for fig in figures for ax in fig.axes for p in ax.patches}
        assert {to_rgb(debate.colour(a)), to_rgb(debate.colour(b))} <= {tuple(c) for c in colours}
        # the unions' pink is the pack's, not a Health Bill camp's colour
        assert to_rgb(debate.colour("unions")) in {tuple(c) for c in colours}
    finally:
        for fig in figures:
            plt.close(fig)


def test_sentiment_by_camp_labels_do_not_overlap_with_six_camps():
    import math

    # The bug: with the Water Bill's six camps the two-line labels ran into each other.
    from pathlib import Path

    water = Path(__file__).resolve().parent.parent / "examples" / "water_bill"
    debate = nl.load_debate(water / "pack")
    scored = sentiment.score_statements(nl.statements(nl.load_corpus(water / "articles"), debate=debate))
    fig = charts.sentiment_by_camp(scored, debate=debate)
    try:
        fig.canvas.draw()
        renderer = fig.canvas.get_renderer()
        for ax in fig.axes:
            labels = [t for t in ax.get_xticklabels() if t.get_text()]
            assert len(labels) == 6
            if labels[0].get_rotation() == 0:
                boxes = [t.get_window_extent(renderer) for t in labels]
                assert not any(a.overlaps(b) for i, a in enumerate(boxes) for b in boxes[i + 1:])
            else:
                # Parallel one-line labels turned by an angle are apart when the distance between their
                # baselines, the tick spacing times the sine of the angle, exceeds a line's height.
                assert all("\n" not in t.get_text() for t in labels)
                x = [ax.transData.transform((i, 0))[0] for i in range(len(labels))]
                spacing = min(b - a for a, b in zip(x, x[1:]))
                line = labels[0].get_fontsize() * fig.dpi / 72 * 1.2
                assert spacing * math.sin(math.radians(labels[0].get_rotation())) > line
    finally:
        plt.close(fig)


@pytest.mark.parametrize("n_splits", [4, 8, 12, 13, 17])
def test_validation_scores_legend_stays_inside_the_figure(n_splits):
    """Every split's legend entry is drawn inside the canvas, however many locked splits there are."""
    names = ["seeds", "tune", "test"] + [f"test{k}" for k in range(2, n_splits - 1)]
    results = pd.DataFrame({"split": names[:n_splits], "articles": [24] * n_splits,
                            "camp_recall": [0.81] * n_splits, "camp_precision": [0.8] * n_splits,
                            "stance_agreement": [0.6] * n_splits, "always_against": [0.3] * n_splits})
    fig = charts.validation_scores(results)
    try:
        fig.canvas.draw()
        box = fig.legends[0].get_window_extent()
        width, height = fig.canvas.get_width_height()
    finally:
        plt.close(fig)
    assert box.x0 >= 0 and box.x1 <= width and box.y0 >= 0, (box, width)
