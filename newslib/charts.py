"""The notebooks' figures, one function each: the tables a notebook computed in, a Figure out.

Each function draws for a paper's page (at most 7.5 inches wide, text of 7 points or more once saved at
:data:`newslib.plotting.DPI`), with the title and every label inside the frame, units on every axis and
n shown. Camps are coloured with :data:`newslib.plotting.CAMP_COLOURS` and nothing else is; stances with
:data:`newslib.plotting.STANCE_COLOURS` and :data:`newslib.plotting.STANCE_HATCHES`. Points that would
hide each other are merged into one marker sized by how many there are, ties are drawn as ties, and only
the extremes are labelled. Saving is :func:`newslib.plotting.save_figure`'s job; ``tests/test_charts.py``
draws every function here on the seeds and checks what can be checked without eyes.
"""
from __future__ import annotations

import textwrap
from typing import TYPE_CHECKING, Mapping, Sequence

from .display import shorten
from .plotting import CAMP_COLOURS, CAMP_LABELS, CAMPS, STANCE_COLOURS, STANCE_HATCHES, STANCES, camp_colour

if TYPE_CHECKING:
    from pathlib import Path

    import matplotlib.figure
    import pandas as pd

    from .debate import Debate

__all__ = ["article_label", "paragraph_lengths", "who_speaks", "confusion", "stance_by_camp",
           "cross_validation", "top_terms", "cosine_similarity", "keyness_labels", "fightin_words",
           "sentiment_arc", "sentiment_by_camp", "lexicons_compared", "sentiment_vs_stance", "domain_terms",
           "validation_scores", "validation_shares"]

#: Widest figure, in inches: a two-column paper's full width, or a one-column page.
WIDTH = 7.5
TITLE_SIZE = 10
SMALL = 8
#: The hatching of each kind of statement (the fill is the speaker's camp colour).
KIND_HATCHES: dict[str, str] = {"direct": "", "partial": "....", "reported": "////"}
#: Marks, not colours, for methods that are not camps (colours are kept for camps).
METHOD_MARKERS: dict[str, str] = {"logistic_regression": "o", "majority_baseline": "s", "rules": "^"}
EDGE = "#333333"


def _pyplot():
    import matplotlib.pyplot as plt

    return plt


def _camp_label(camp: str) -> str:
    return CAMP_LABELS.get(camp, str(camp).replace("_", " ").capitalize())


def article_label(article_id: str, titles: Mapping[str, str] | None = None, width: int = 38) -> str:
    """A short name for an article: its three-digit number and, when known, its title cut at a word.

    Examples
    --------
    >>> article_label("002_1d70d9a55b5ff4c7", {"002_1d70d9a55b5ff4c7": "Labour To Play Down NHS Battle"})
    '002: Labour To Play Down NHS Battle'
    >>> article_label("002_1d70d9a55b5ff4c7")
    '002'
    """
    number = str(article_id).split("_")[0]
    title = (titles or {}).get(article_id)
    return f"{number}: {shorten(title, width)}" if title else number


def _integer_axis(axis, bins: int = 6) -> None:
    from matplotlib.ticker import MaxNLocator

    axis.set_major_locator(MaxNLocator(nbins=bins, integer=True))


def _spread(positions: Sequence[float], gap: float) -> list[float]:
    """Label positions moved apart until neighbours are ``gap`` apart, each cluster centred on its points."""
    order = sorted(range(len(positions)), key=lambda i: positions[i])
    clusters: list[list[int]] = []  # runs of labels that touch, each placed around its mean position
    for i in order:
        clusters.append([i])
        while len(clusters) > 1:
            last, before = clusters[-1], clusters[-2]
            centre = sum(positions[j] for j in before) / len(before)
            top_of_before = centre + (len(before) - 1) / 2 * gap
            centre_last = sum(positions[j] for j in last) / len(last)
            if centre_last - (len(last) - 1) / 2 * gap >= top_of_before + gap:
                break
            clusters[-2:] = [before + last]
    out = [0.0] * len(positions)
    for cluster in clusters:
        centre = sum(positions[j] for j in cluster) / len(cluster)
        for k, j in enumerate(cluster):
            out[j] = centre + (k - (len(cluster) - 1) / 2) * gap
    return out


def _size_handles(counts, unit: str, size, colour: str = "#777777") -> list:
    """Legend entries for markers whose area says how many items they stand for."""
    from matplotlib.lines import Line2D

    biggest = int(max(counts)) if len(counts) else 1
    shown = sorted({1, *(n for n in (5, 20) if n < biggest * 0.6), biggest})
    return [Line2D([], [], linestyle="", marker="o", color=colour, alpha=0.6, markeredgecolor="white",
                   markersize=size(n) ** 0.5, label=f"{n} {unit if n != 1 else unit.rstrip('s')}") for n in shown]


def _dot(colour: str, label: str):
    from matplotlib.lines import Line2D

    return Line2D([], [], linestyle="", marker="o", color=colour, markersize=7, label=label)


def paragraph_lengths(lengths: "pd.DataFrame", titles: Mapping[str, str] | None = None
                      ) -> "matplotlib.figure.Figure":
    """Words in each body paragraph, one panel per article, with the median.

    Parameters
    ----------
    lengths : DataFrame
        ``article_id``, ``paragraph`` (1, 2, ...), ``words``.
    titles : mapping, optional
        Article id to title, for the panel titles.
    """
    plt = _pyplot()
    articles = list(dict.fromkeys(lengths["article_id"]))
    fig, axes = plt.subplots(1, len(articles), figsize=(WIDTH, 3), sharey=True, layout="constrained",
                             squeeze=False)
    for ax, article in zip(axes[0], articles):
        group = lengths[lengths["article_id"] == article]
        median = group["words"].median()
        ax.bar(group["paragraph"], group["words"], color="#777777")
        ax.axhline(median, color="black", linestyle="--", linewidth=1, label=f"median: {median:g} words")
        ax.set_title(f"{article_label(article, titles, 30)}\n(n = {len(group)} paragraphs)", fontsize=SMALL + 1)
        # wrapped to the panel's width, so the labels of three or more panels do not run into each other
        ax.set_xlabel(textwrap.fill("Body paragraph (position in the article)", max(12, 90 // len(articles))),
                      fontsize=SMALL + 1)
        _integer_axis(ax.xaxis)
        ax.legend(frameon=False, fontsize=SMALL, loc="upper right")
    axes[0][0].set_ylabel("Paragraph length (words)")
    fig.suptitle("Words per body paragraph in each article", fontsize=TITLE_SIZE)
    return fig


def who_speaks(voices: "pd.DataFrame", n_articles: int, debate: "str | Path | Debate | None" = None
               ) -> "matplotlib.figure.Figure":
    """Statements of each speaker by kind (stacked, hatched), and the words attributed to them.

    Parameters
    ----------
    voices : DataFrame
        One row per speaker, most words first: ``speaker``, ``camp``, ``direct``, ``partial``,
        ``reported`` (statements of each kind) and ``words``.
    n_articles : int
        For the title.
    debate : path or Debate, optional
        The debate pack whose camp colours and labels to use (default: the packaged one).
    """
    import numpy as np
    from matplotlib.patches import Patch

    from .debate import load_debate

    pack = load_debate(debate)

    plt = _pyplot()
    table = voices.iloc[::-1].reset_index(drop=True)
    names = [textwrap.fill(name, 34) for name in table["speaker"]]
    # A row per speaker, taller where a long name takes several lines, so no two names touch.
    rows = np.array([max(1.0, 0.55 * (name.count("\n") + 1) + 0.2) for name in names])
    y = np.cumsum(rows) - rows / 2
    colours = [pack.colour(c) for c in table["camp"]]
    fig, (counts, words) = plt.subplots(1, 2, figsize=(WIDTH, 1.9 + 0.19 * rows.sum()), sharey=True,
                                        layout="constrained")
    left = np.zeros(len(table))
    for kind, hatch in KIND_HATCHES.items():
        counts.barh(y, table[kind], left=left, color=colours, hatch=hatch, edgecolor=EDGE, linewidth=0.4)
        left += table[kind].to_numpy()
    for i, total in zip(y, left):
        counts.text(total, i, f" {int(total)}", va="center", fontsize=SMALL - 1)
    counts.set_xlabel(f"Statements (count; n = {int(left.sum())})", fontsize=SMALL + 1)
    counts.set_xlim(0, left.max() * 1.15)
    _integer_axis(counts.xaxis, 5)
    # Words as a dot on a stem: a speaker with 2 words stays as visible as one with 200.
    words.hlines(y, 0, table["words"], color=colours, linewidth=1.5)
    words.scatter(table["words"], y, color=colours, s=22, zorder=3, edgecolor=EDGE, linewidth=0.4)
    for i, total in zip(y, table["words"]):
        words.text(total, i, f"  {int(total)}", va="center", fontsize=SMALL - 1)
    words.set_xlabel(f"Words attributed (count; n = {int(table['words'].sum())})", fontsize=SMALL + 1)
    words.set_xlim(0, table["words"].max() * 1.2)
    _integer_axis(words.xaxis, 5)
    counts.set_yticks(y, names, fontsize=SMALL - 1)
    counts.set_ylim(0, rows.sum())
    for ax in (counts, words):
        ax.tick_params(axis="x", labelsize=SMALL)
    by_camp = voices.groupby("camp")[["direct", "partial", "reported"]].sum().sum(axis=1)
    handles = [Patch(facecolor=pack.colour(c), edgecolor=EDGE, linewidth=0.4,
                     label=f"{pack.label(c)} ({int(by_camp[c])} statements)")
               for c in pack.order(by_camp.index) if by_camp.get(c, 0)]
    handles += [Patch(facecolor="white", edgecolor=EDGE, hatch=h or None, linewidth=0.4,
                      label=f"{k} ({ {'': 'plain', '....': 'dotted', '////': 'hatched'}.get(h, h)})")
                for k, h in KIND_HATCHES.items()]
    fig.legend(handles=handles, loc="outside lower center", ncol=4, frameon=False, fontsize=SMALL - 1,
               title="Colour: the speaker's camp; hatching: the kind of statement", title_fontsize=SMALL)
    words_by_camp = voices.groupby("camp")["words"].sum()
    top = words_by_camp.idxmax()
    fig.suptitle(f"Who gets a voice: {pack.label(top)} speakers have the most words attributed "
                 f"({words_by_camp[top] / words_by_camp.sum():.0%} of {int(words_by_camp.sum())})\n"
                 f"n = {int(left.sum())} statements by {len(table)} speakers in {n_articles} articles",
                 fontsize=TITLE_SIZE)
    return fig


def confusion(confusions: Mapping[str, "pd.DataFrame"], kappas: Mapping[str, float], n: int
              ) -> "matplotlib.figure.Figure":
    """One confusion matrix per method: gold stance in rows, predicted in columns, counts in cells."""
    plt = _pyplot()
    fig, axes = plt.subplots(1, len(confusions), figsize=(WIDTH, 2.9), layout="constrained", squeeze=False)
    for ax, (name, table) in zip(axes[0], confusions.items()):
        values = table.to_numpy()
        ax.imshow(values, cmap="Greys", vmin=0, vmax=n / 2)
        for i in range(values.shape[0]):
            for j in range(values.shape[1]):
                ax.text(j, i, int(values[i, j]), ha="center", va="center", fontsize=SMALL + 1,
                        color="white" if values[i, j] > n / 4 else "black")
        ax.set_xticks(range(len(table.columns)), list(table.columns), fontsize=SMALL)
        ax.set_yticks(range(len(table.index)), list(table.index), fontsize=SMALL)
        ax.set_xlabel("Predicted stance (statements)", fontsize=SMALL)
        ax.set_title(f"{name}: kappa = {kappas[name]:.2f}", fontsize=SMALL + 1)
    axes[0][0].set_ylabel("Hand-coded stance (statements)", fontsize=SMALL)
    fig.suptitle(f"Agreement with the hand-coded stance (n = {n} statements; diagonal = agreement)",
                 fontsize=TITLE_SIZE)
    return fig


def _stance_bars(ax, part: "pd.DataFrame", camps: list[str], value: str) -> None:
    import numpy as np

    left = np.zeros(len(camps))
    for s in STANCES:
        values = part[part["stance"] == s].set_index("camp").reindex(camps)[value].fillna(0).to_numpy()
        ax.barh(range(len(camps)), values, left=left, color=STANCE_COLOURS[s], hatch=STANCE_HATCHES[s] or None,
                edgecolor=EDGE, linewidth=0.5, label=s)
        left += values


def stance_by_camp(by_camp: "pd.DataFrame", titles: Mapping[str, str] | None = None,
                   debate: "str | Path | Debate | None" = None, coded_by: str = "Hand-coded"
                   ) -> "matplotlib.figure.Figure":
    """Stance of each camp's statements, per article and in all, as counts and as shares of words.

    Parameters
    ----------
    by_camp : DataFrame
        From :func:`newslib.stance.stance_by_camp`. Camps without a statement in an article get no row
        in that article's panels.
    titles : mapping, optional
        Article id to title.
    debate : path or Debate, optional
        The debate pack whose camp labels to use (default: the packaged one).
    coded_by : str
        Who gave the labels, for the legend: "Hand-coded", or "Rules'" for a corpus with no hand coding.
    """
    from matplotlib.ticker import PercentFormatter

    from .debate import load_debate

    pack = load_debate(debate)
    plt = _pyplot()
    articles = list(dict.fromkeys(by_camp["article_id"]))
    order = {c: i for i, c in enumerate(dict.fromkeys(by_camp["camp"]))}
    present = {}
    for article in articles:
        totals = by_camp[by_camp["article_id"] == article].groupby("camp")["n"].sum()
        present[article] = sorted((c for c in totals.index if totals[c] > 0), key=order.get)
    fig, axes = plt.subplots(len(articles), 2, figsize=(WIDTH, 1.2 + 0.42 * sum(map(len, present.values()))),
                             layout="constrained", squeeze=False,
                             gridspec_kw={"height_ratios": [max(len(present[a]), 1) for a in articles]})
    max_n = by_camp.groupby(["article_id", "camp"])["n"].sum().max()
    for row, article in enumerate(articles):
        part, camps = by_camp[by_camp["article_id"] == article], present[article]
        counts = part.groupby("camp")["n"].sum()
        for col, value in enumerate(("n", "share_words")):
            ax = axes[row][col]
            _stance_bars(ax, part, camps, value)
            ax.set_yticks(range(len(camps)), [f"{pack.label(c)} (n = {int(counts[c])})" for c in camps]
                          if col == 0 else [])
            ax.invert_yaxis()
            if col == 0:
                _integer_axis(ax.xaxis)
                ax.set_xlim(0, max_n * 1.02)
                ax.set_ylabel("All articles" if article == "all" else
                              textwrap.fill(article_label(article, titles, 44), 24), fontsize=SMALL - 1)
            else:
                ax.set_xlim(0, 1)
                ax.xaxis.set_major_formatter(PercentFormatter(1.0, decimals=0))
            ax.tick_params(labelsize=SMALL)
            if row == len(articles) - 1:
                ax.set_xlabel("Statements (count)" if col == 0 else "Share of the camp's words (%)",
                              fontsize=SMALL + 1)
    handles, names = axes[0][0].get_legend_handles_labels()
    fig.legend(handles, names, loc="outside lower center", ncol=3, frameon=False, fontsize=SMALL,
               title=f"{coded_by} stance (colour and hatching)", title_fontsize=SMALL)
    fig.suptitle("Stance on the Bill by camp, per article and in all", fontsize=TITLE_SIZE)
    return fig


def cross_validation(folds: "pd.DataFrame", models: Sequence[str], n: int) -> "matplotlib.figure.Figure":
    """Kappa and macro-F1 of each model on every fold of each scheme, with the mean as a line."""
    import numpy as np

    plt = _pyplot()
    fig, axes = plt.subplots(1, 2, figsize=(WIDTH, 3), sharey=True, layout="constrained")
    rows = [(s, m) for s in ("loao", "repeated") for m in models]
    for ax, score, label in zip(axes, ["kappa", "macro_f1"],
                                ["Cohen's kappa per fold (-1 to 1)", "Macro-F1 per fold (0 to 1)"]):
        for i, (scheme, model) in enumerate(rows):
            values = folds[(folds["scheme"] == scheme) & (folds["model"] == model)][score].dropna()
            # Folds with the same score are stacked in a column (its height counts them; x k above from 5 on),
            # so none hides another.
            same = values.round(3).value_counts().sort_index()
            labelled = [x for x, count in same.items() if count >= 5]
            for x, count in same.items():
                step = min(0.1, 0.7 / count)
                offsets = (np.arange(count) - (count - 1) / 2) * step
                ax.scatter([x] * count, i + offsets, marker=METHOD_MARKERS.get(model, "o"), facecolor="none",
                           edgecolor="#333333", s=14, linewidth=0.6)
                if count >= 5:
                    # A label goes to the left when another labelled column stands close on its right.
                    left = any(0 < other - x < 0.1 for other in labelled)
                    ax.annotate(f"\u00d7{count}", (x, i + offsets[0]), xytext=(-5 if left else 5, 0),
                                textcoords="offset points", ha="right" if left else "left", va="center",
                                fontsize=SMALL - 2)
            if len(values):
                ax.vlines(values.mean(), i - 0.35, i + 0.35, color="black", linewidth=1.5)
        ax.margins(x=0.1)
        ax.set_xlabel(f"{label}; line: mean", fontsize=SMALL + 1)
        ax.tick_params(labelsize=SMALL)
    labels = [f"{m.replace('_', ' ')}, {'leave one article out' if s == 'loao' else '5 x 5 folds'}"
              for s, m in rows]
    axes[0].set_yticks(range(len(labels)), labels)
    axes[0].invert_yaxis()
    per_scheme = folds.groupby(["scheme", "model"]).size().groupby("scheme").max()
    detail = " and ".join(f"{int(per_scheme[s])} folds" for s in ("loao", "repeated") if s in per_scheme)
    fig.suptitle(f"Cross-validated agreement with the hand-coded stance (n = {n} statements; {detail})\n"
                 "folds with the same score are stacked; \u00d7k: k folds", fontsize=TITLE_SIZE)
    return fig


def _tie_ranks(weights: "pd.Series") -> list[str]:
    """Competition ranks with ties marked: 1, 2, =3, =3, 5."""
    rounded = weights.round(9)
    ranks = rounded.rank(method="min", ascending=False).astype(int)
    tied = rounded.duplicated(keep=False)
    return [f"={r}" if t else str(r) for r, t in zip(ranks, tied)]


def top_terms(top: "pd.DataFrame", camps: "pd.DataFrame", debate=None) -> "matplotlib.figure.Figure":
    """Each camp's highest TF-IDF terms; equal weights share a rank and a grey band.

    Parameters
    ----------
    top : DataFrame
        ``camp``, ``term``, ``tfidf`` (from :func:`newslib.compare.top_terms` with the camp merged in).
    camps : DataFrame
        ``camp`` and ``n_words``, in panel order.
    debate : path or Debate, optional
        The debate pack whose camp labels and colours to use; default the packaged one.
    """
    import math

    plt = _pyplot()
    order = list(camps["camp"])
    ncols = 2
    nrows = math.ceil(len(order) / ncols)
    longest = int(top.groupby("camp").size().max())
    fig, axes = plt.subplots(nrows, ncols, figsize=(WIDTH, 0.9 + nrows * (0.55 + 0.2 * longest)), sharex=True,
                             layout="constrained", squeeze=False)
    n_words = camps.set_index("camp")["n_words"]
    for ax, camp in zip(axes.flat, order):
        rows = top[top["camp"] == camp].sort_values(["tfidf", "term"], ascending=[False, True])
        ranks = _tie_ranks(rows["tfidf"])
        y = range(len(rows))
        rounded = rows["tfidf"].round(9).to_numpy()
        start = 0
        for i in range(1, len(rows) + 1):
            if i == len(rows) or rounded[i] != rounded[start]:
                if i - start > 1:
                    ax.axhspan(start - 0.45, i - 0.55, color="#E6E6E6", zorder=0, linewidth=0)
                start = i
        ax.barh(list(y), rows["tfidf"], color=camp_colour(camp, debate), height=0.7)
        for i, value in zip(y, rows["tfidf"]):
            ax.text(value, i, f" {value:.2f}", va="center", fontsize=SMALL - 1)
        ax.set_yticks(list(y), [f"{r}  {t}" for r, t in zip(ranks, rows["term"])], fontsize=SMALL)
        ax.set_ylim(longest - 0.5, -0.5)
        ax.set_title(f"{_label_in(camp, debate)} (n = {int(n_words[camp])} words)", fontsize=SMALL + 1)
        if rows.empty:
            ax.text(0.5, 0.5, "no term in the list", transform=ax.transAxes, ha="center", va="center",
                    fontsize=SMALL, color="#555555")
    for ax in axes.flat[len(order):]:
        ax.set_visible(False)
    for ax in axes[-1]:
        ax.set_xlabel("TF-IDF weight (l2-normalised, 0 to 1)", fontsize=SMALL + 1)
        ax.tick_params(axis="x", labelbottom=True, labelsize=SMALL)
    xmax = top["tfidf"].max() * 1.2
    axes[0][0].set_xlim(0, xmax)
    fig.suptitle("Each camp's highest-weighted terms (used at least twice)\n"
                 "=k and a grey band: tied weights, which share a rank", fontsize=TITLE_SIZE)
    return fig


def cosine_similarity(camp_similarity: "pd.DataFrame", article_similarity: "pd.DataFrame",
                      titles: Mapping[str, str] | None = None, debate=None) -> "matplotlib.figure.Figure":
    """Two heatmaps of the same height: cosine similarity between camps and between articles.

    ``debate`` (a pack folder or Debate; default the packaged one) names the camps.
    """
    import numpy as np

    plt = _pyplot()
    fig, axes = plt.subplots(1, 2, figsize=(WIDTH, 3.6), layout="constrained",
                             gridspec_kw={"width_ratios": [len(camp_similarity), max(len(article_similarity), 2)]})
    panels = [(axes[0], camp_similarity, [_label_in(c, debate) for c in camp_similarity.index],
               f"Camps (n = {len(camp_similarity)})"),
              (axes[1], article_similarity, [article_label(a, titles, 40) for a in article_similarity.index],
               f"Articles (n = {len(article_similarity)})")]
    for ax, table, labels, title in panels:
        image = ax.imshow(table.to_numpy(), cmap="Greys", vmin=0, vmax=1, aspect="auto")
        wrapped = [textwrap.fill(label, 18) for label in labels]
        # Articles are named in full on the y axis and by number below, where full names would collide.
        ax.set_xticks(range(len(labels)), [w if table is camp_similarity else w.split(":")[0] for w in wrapped],
                      fontsize=SMALL - 1)
        ax.set_yticks(range(len(labels)), wrapped, fontsize=SMALL - 1)
        for (i, j), value in np.ndenumerate(table.to_numpy()):
            ax.text(j, i, f"{value:.2f}", ha="center", va="center", fontsize=SMALL,
                    color="white" if value > 0.6 else "black")
        ax.set_title(title, fontsize=SMALL + 1)
    bar = fig.colorbar(image, ax=list(axes), shrink=0.9)
    bar.set_label("Cosine similarity of TF-IDF vectors (0 to 1)", fontsize=SMALL + 1)
    bar.ax.tick_params(labelsize=SMALL)
    fig.suptitle("Cosine similarity of TF-IDF vectors between camps and between articles", fontsize=TITLE_SIZE)
    return fig


def keyness_labels(table: "pd.DataFrame", n_label: int = 5) -> "pd.DataFrame":
    """The terms a Fightin' Words plot labels: all beyond |z| = 1.96, or else the ``n_label`` at each end.

    Parameters
    ----------
    table : DataFrame
        From :func:`newslib.compare.log_odds` (sorted by z, highest first).
    """
    import pandas as pd

    significant = table[table["z"].abs() > 1.96]
    shown = significant if len(significant) else pd.concat([table.head(n_label), table.tail(n_label)])
    return shown[~shown.index.duplicated()]


def fightin_words(table: "pd.DataFrame", a: str, b: str, n_label: int = 5, debate=None
                  ) -> "matplotlib.figure.Figure":
    """z-score of each term's log-odds against how often the two camps use it (Monroe et al. 2008).

    Terms at the same point (same counts, hence the same z) are drawn as one marker whose area says how
    many they are; :func:`keyness_labels` are labelled, with labels moved apart so none hides another.
    ``debate`` (a pack folder or Debate; default the packaged one) gives the camps' labels and colours.
    """
    import numpy as np

    plt = _pyplot()
    frame = table.assign(frequency=table["count_a"] + table["count_b"], spot=table["z"].round(6))
    points = frame.groupby(["frequency", "spot"], sort=True).agg(terms=("term", "size")).reset_index()
    size = lambda n: 10 + 5 * n  # noqa: E731 - the same scale in the plot and its legend
    fig, ax = plt.subplots(figsize=(WIDTH, 4.6), layout="constrained")
    for side, camp, mask in ((a, a, points["spot"] > 0), (b, b, points["spot"] <= 0)):
        part = points[mask]
        ax.scatter(part["frequency"], part["spot"], s=size(part["terms"]), color=camp_colour(camp, debate),
                   alpha=0.75, edgecolor="white", linewidth=0.5, label=f"more {_label_in(camp, debate)}")
    for level in (1.96, -1.96):
        ax.axhline(level, color="#555555", linestyle="--", linewidth=0.8)
    ax.axhline(0, color="#BBBBBB", linewidth=0.6)
    ax.set_xscale("log")
    top = frame["frequency"].max()
    ax.set_xlim(0.8, top * 1.6)
    ticks = [t for t in (1, 2, 3, 5, 10, 20, 50, 100, 200, 500, 1000) if t <= top * 1.2]
    ax.set_xticks(ticks)
    ax.xaxis.set_major_formatter("{x:g}")
    ax.xaxis.set_minor_formatter("")
    ax.tick_params(labelsize=SMALL)
    reach = max(2.4, frame["z"].abs().max() * 1.15)
    ax.set_ylim(-reach, reach)
    labelled = keyness_labels(table, n_label).assign(frequency=lambda t: t["count_a"] + t["count_b"])
    groups = (labelled.assign(spot=labelled["z"].round(6))
              .groupby(["frequency", "spot"], sort=True)["term"].agg(", ".join).reset_index())
    fig.canvas.draw()
    to_pixels = ax.transData
    gap = (SMALL + 2) * fig.dpi / 72
    if len(groups):
        pixels = to_pixels.transform(np.column_stack([groups["frequency"], groups["spot"]]))
        # All labels are moved apart together, so a label on the left of its point never covers one on the
        # right of another; a label goes to the left of its point only in the right quarter of the axis.
        spread_y = _spread(list(pixels[:, 1]), gap)
        low, high = np.log(0.8), np.log(top * 1.6)
        for (x, z, terms), (px, _), py in zip(groups[["frequency", "spot", "term"]].itertuples(index=False),
                                              pixels, spread_y):
            right_side = (np.log(x) - low) / (high - low) < 0.75
            target = to_pixels.inverted().transform((px + (10 if right_side else -10), py))
            ax.annotate(shorten(terms, 40), (x, z), xytext=target, textcoords="data", fontsize=SMALL,
                        va="center", ha="left" if right_side else "right",
                        arrowprops={"arrowstyle": "-", "color": "#999999", "linewidth": 0.5})
    ax.set_xlabel("Uses of the term by the two camps together (count, log scale)", fontsize=SMALL + 1)
    label_a, label_b = _label_in(a, debate), _label_in(b, debate)
    ax.set_ylabel(f"z-score of the log-odds ratio\n(> 0: more {label_a}; < 0: more {label_b})", fontsize=SMALL + 1)
    significant = int((table["z"].abs() > 1.96).sum())
    handles = [_dot(camp_colour(a, debate), f"more {label_a}"), _dot(camp_colour(b, debate), f"more {label_b}"),
               *_size_handles(points["terms"], "terms", size)]
    fig.legend(handles=handles, loc="outside lower center", ncol=len(handles), frameon=False, fontsize=SMALL,
               handleheight=2.2,
               title="Colour: the camp that uses the term more; area: terms at one point (same counts)",
               title_fontsize=SMALL)
    fig.suptitle(f"{label_a} vs {label_b}: {significant} of {len(table)} terms beyond |z| = 1.96"
                 f" (dashed)\nn = {int(table['count_a'].sum())} word tokens from {label_a}, "
                 f"{int(table['count_b'].sum())} from {label_b}", fontsize=TITLE_SIZE)
    return fig


def sentiment_arc(arc: "pd.DataFrame", voices: "pd.DataFrame", titles: Mapping[str, str] | None = None,
                  debate=None) -> "matplotlib.figure.Figure":
    """VADER compound of each paragraph in article order, marked by the camps that speak in it.

    Parameters
    ----------
    arc : DataFrame
        ``article_id``, ``paragraph``, ``vader_compound``: one row per paragraph.
    voices : DataFrame
        ``article_id``, ``paragraph``, ``camp``: one row per camp speaking in a paragraph.
    debate : path or Debate, optional
        The debate pack whose camp order, labels and colours to use; default the packaged one.
    """
    plt = _pyplot()
    marks = voices.merge(arc[["article_id", "paragraph", "vader_compound"]], on=["article_id", "paragraph"])
    groups = marks.groupby(["article_id", "paragraph"])
    marks = marks.assign(x=marks["paragraph"] + (groups.cumcount() - (groups["camp"].transform("size") - 1) / 2) * 0.3)
    articles = list(dict.fromkeys(arc["article_id"]))
    fig, axes = plt.subplots(len(articles), 1, figsize=(WIDTH, 1.3 + 2.1 * len(articles)), sharey=True,
                             layout="constrained", squeeze=False)
    for ax, article in zip(axes[:, 0], articles):
        group = arc[arc["article_id"] == article]
        ax.axhline(0, color="#BBBBBB", linewidth=0.8)
        ax.plot(group["paragraph"], group["vader_compound"], color="#555555", linewidth=1, marker=".", zorder=1)
        here = marks[marks["article_id"] == article]
        for camp in dict.fromkeys([*_camps_in(debate), *here["camp"]]):
            points = here[here["camp"] == camp]
            if len(points):
                ax.scatter(points["x"], points["vader_compound"], color=camp_colour(camp, debate), s=40,
                           zorder=2, edgecolor="white", label=f"{_label_in(camp, debate)} ({len(points)})")
        ax.set_title(f"{article_label(article, titles, 60)}: {len(group)} paragraphs, "
                     f"{here['paragraph'].nunique()} with statements", fontsize=SMALL + 1, loc="left")
        ax.set_ylabel("VADER compound,\nmean of sentences (-1 to 1)", fontsize=SMALL)
        ax.set_ylim(-1.45, 1.05)
        ax.set_yticks([-1, -0.5, 0, 0.5, 1])
        ax.tick_params(labelsize=SMALL)
        _integer_axis(ax.xaxis)
        ax.legend(frameon=False, fontsize=SMALL - 1, loc="lower left", ncol=4,
                  title="Camp (paragraphs where it speaks)", title_fontsize=SMALL - 1)
    axes[-1, 0].set_xlabel("Paragraph (position in the article)", fontsize=SMALL + 1)
    fig.suptitle("Sentiment arc: VADER compound of each paragraph, marked by the camps speaking in it",
                 fontsize=TITLE_SIZE)
    return fig


def sentiment_by_camp(scored: "pd.DataFrame", debate=None) -> "matplotlib.figure.Figure":
    """VADER compound and AFINN per word of every statement, by camp (points) with the mean (line).

    ``debate`` (a pack folder or Debate; default the packaged one) gives the camps' order, labels and colours.
    """
    import numpy as np

    plt = _pyplot()
    present = [c for c in dict.fromkeys([*_camps_in(debate), *scored["camp"]]) if (scored["camp"] == c).any()]
    fig, axes = plt.subplots(1, 2, figsize=(WIDTH, 3.2), layout="constrained")
    for ax, column, label in zip(axes, ["vader_compound", "afinn_per_word"],
                                 ["VADER compound (-1 to 1)", "AFINN score per word (score / word)"]):
        ax.axhline(0, color="#BBBBBB", linewidth=0.8)
        for i, camp in enumerate(present):
            values = np.sort(scored.loc[scored["camp"] == camp, column].to_numpy())
            spread = (np.arange(len(values)) - (len(values) - 1) / 2) * 0.5 / max(len(values), 1)
            ax.scatter(i + spread, values, color=camp_colour(camp, debate), s=22, alpha=0.85, edgecolor="white",
                       linewidth=0.4)
            ax.hlines(values.mean(), i - 0.3, i + 0.3, color="black", linewidth=1.5)
        # Up to four camps: long labels wrapped at a word ("Health\nprofessionals"), n below. More camps:
        # one line each, turned, so that neighbours never overlap.
        crowded = len(present) > 4
        counts = [int((scored["camp"] == c).sum()) for c in present]
        if crowded:
            ticks = [f"{_label_in(c, debate)} (n = {n})" for c, n in zip(present, counts)]
            style = {"rotation": 35, "ha": "right", "rotation_mode": "anchor"}
        else:
            ticks = [f"{textwrap.fill(_label_in(c, debate), 12, break_long_words=False)}\n(n = {n})"
                     for c, n in zip(present, counts)]
            style = {}
        ax.set_xticks(range(len(present)), ticks, fontsize=SMALL, **style)
        ax.set_ylabel(label, fontsize=SMALL + 1)
        ax.tick_params(axis="y", labelsize=SMALL)
    fig.suptitle("Sentiment of each camp's statements (points) and its mean (line)", fontsize=TITLE_SIZE)
    return fig


def lexicons_compared(sentences: "pd.DataFrame", disagree: "pd.DataFrame", rho: float, n_label: int = 3
                      ) -> "matplotlib.figure.Figure":
    """VADER compound against AFINN for every sentence; sentences at one point are one sized marker.

    The ``n_label`` sentences where the lexicons disagree most are labelled with their opening words.
    """
    plt = _pyplot()
    points = (sentences.assign(vader=sentences["vader_compound"].round(4), afinn_=sentences["afinn"])
              .groupby(["vader", "afinn_"]).size().rename("sentences").reset_index())
    size = lambda n: 10 + 5 * n  # noqa: E731 - the same scale in the plot and its legend
    fig, ax = plt.subplots(figsize=(WIDTH * 0.8, 4.6), layout="constrained")
    ax.axhline(0, color="#BBBBBB", linewidth=0.8)
    ax.axvline(0, color="#BBBBBB", linewidth=0.8)
    ax.scatter(points["vader"], points["afinn_"], s=size(points["sentences"]), color="#555555", alpha=0.6,
               edgecolor="white", linewidth=0.5)
    crowded = points.loc[points["sentences"].idxmax()]
    if crowded["sentences"] > 1:
        ax.annotate(f"{int(crowded['sentences'])} sentences", (crowded["vader"], crowded["afinn_"]),
                    xytext=(-16, 16), textcoords="offset points", fontsize=SMALL, ha="right",
                    arrowprops={"arrowstyle": "-", "color": "#777777", "linewidth": 0.5})
    ax.set_xlim(-1.05, 1.05)
    low, high = sentences["afinn"].min(), sentences["afinn"].max()
    ax.set_ylim(min(low, -1) - 1.5, max(high, 1) + 1.5)
    # The disagreements sit off the diagonal, where the corners are empty: a sentence VADER rates higher
    # than AFINN is labelled in the lower right corner, one AFINN rates higher in the upper left.
    scale = max(abs(low), abs(high), 1)
    shown = disagree.head(n_label).assign(rank=range(1, min(n_label, len(disagree)) + 1))
    shown = shown.assign(corner=["lower" if y < x * scale else "upper"
                                 for x, y in zip(shown["vader_compound"], shown["afinn"])])
    # Labels are stacked from the corner in the order of their points' height, so leader lines do not cross.
    for corner, part in shown.groupby("corner"):
        part = part.sort_values("afinn", ascending=corner == "lower")
        for k, row in enumerate(part.itertuples()):
            place = (0.98, 0.03 + 0.14 * k) if corner == "lower" else (0.02, 0.97 - 0.14 * k)
            ax.annotate(textwrap.fill(f"{row.rank}. {shorten(row.text, 64)}", 34), (row.vader_compound, row.afinn),
                        xytext=place, textcoords="axes fraction", fontsize=SMALL - 1,
                        ha="right" if corner == "lower" else "left", va="bottom" if corner == "lower" else "top",
                        color="#222222", arrowprops={"arrowstyle": "-", "color": "#777777", "linewidth": 0.5,
                                                     "relpos": (0, 1) if corner == "lower" else (1, 0)})
    ax.set_xlabel("VADER compound (-1 to 1)", fontsize=SMALL + 1)
    ax.set_ylabel("AFINN score (sum of word values)", fontsize=SMALL + 1)
    ax.tick_params(labelsize=SMALL)
    fig.legend(handles=_size_handles(points["sentences"], "sentences", size, "#555555"), loc="outside lower center",
               ncol=4, frameon=False, fontsize=SMALL, handleheight=2.2, title="Area: sentences at one point (the same two scores)",
               title_fontsize=SMALL)
    fig.suptitle(f"The lexicons mostly agree (Spearman ρ = {rho:.2f}, n = {len(sentences)} sentences);\n"
                 f"labelled: the {n_label} sentences where they disagree most", fontsize=TITLE_SIZE)
    return fig


def sentiment_vs_stance(by_stance: "pd.DataFrame", mismatches: int, polar: int) -> "matplotlib.figure.Figure":
    """Share of negative, neutral and positive statements for each hand-coded stance, per lexicon."""
    from matplotlib.ticker import PercentFormatter

    from .polarity import POLARITIES, POLARITY_COLOURS

    plt = _pyplot()
    fig, axes = plt.subplots(1, 2, figsize=(WIDTH, 2.9), sharey=True, layout="constrained")
    for ax, (lexicon, table) in zip(axes, by_stance.groupby("lexicon", sort=False)):
        left = [0.0] * len(table)
        for label in POLARITIES:
            values = table[f"{label}_share"].to_numpy()
            ax.barh(range(len(table)), values, left=left, color=POLARITY_COLOURS[label], label=label,
                    edgecolor="white")
            left = [a + b for a, b in zip(left, values)]
        ax.set_yticks(range(len(table)), [f"{s} (n = {n})" for s, n in zip(table["stance"], table["n"])],
                      fontsize=SMALL)
        ax.set_xlim(0, 1)
        ax.xaxis.set_major_formatter(PercentFormatter(1.0, decimals=0))
        ax.set_xlabel("Share of statements with this stance (%)", fontsize=SMALL + 1)
        ax.tick_params(labelsize=SMALL)
        ax.set_title(lexicon.upper(), fontsize=SMALL + 1)
    axes[0].invert_yaxis()
    axes[0].set_ylabel("Hand-coded stance", fontsize=SMALL + 1)
    handles, labels = axes[0].get_legend_handles_labels()
    fig.legend(handles, labels, frameon=False, ncol=3, loc="outside lower center", fontsize=SMALL,
               title="Sentiment polarity", title_fontsize=SMALL)
    fig.suptitle(f"Polarity of hand-coded statements by stance: {mismatches} of {polar} polar statements\n"
                 "with a stance point the other way (VADER)", fontsize=TITLE_SIZE)
    return fig


def domain_terms(terms: "pd.DataFrame", domain: Sequence[str], n_sentences: int, n: int = 12
                 ) -> "matplotlib.figure.Figure":
    """The ``n`` lexicon words that moved the scores most, VADER and AFINN side by side; topic words starred."""
    plt = _pyplot()
    top = terms.head(n).iloc[::-1]
    domain = set(domain)
    fig, ax = plt.subplots(figsize=(WIDTH * 0.8, 1.4 + 0.27 * len(top)), layout="constrained")
    y = range(len(top))
    ax.barh([i + 0.2 for i in y], top["vader_total"], height=0.4, color="#333333", label="VADER (before normalising)")
    ax.barh([i - 0.2 for i in y], top["afinn_total"], height=0.4, color="#BBBBBB", label="AFINN")
    ax.set_yticks(list(y), [f"{t} *" if t in domain else t for t in top["term"]], fontsize=SMALL)
    ax.axvline(0, color="black", linewidth=0.8)
    ax.set_xlabel("Summed contribution to all sentence scores (lexicon points)", fontsize=SMALL + 1)
    ax.tick_params(labelsize=SMALL)
    ax.legend(frameon=False, fontsize=SMALL, loc="lower right")
    fig.suptitle(f"The {len(top)} lexicon words that moved the scores most (n = {n_sentences} sentences)\n"
                 "* = topic word in newslib's domain list", fontsize=TITLE_SIZE)
    return fig


#: The measures :func:`validation_scores` draws, from ``validation/summary.csv``, with their axis labels.
VALIDATION_MEASURES: dict[str, str] = {"camp_recall": "Camp-level\nrecall", "camp_precision": "Camp-level\nprecision",
                                       "stance_agreement": "Stance\nagreement",
                                       "always_against": "Always 'against'\n(baseline)"}
#: Grey fills and hatching for the splits (colours are kept for camps and stances).
SPLIT_STYLES: dict[str, tuple[str, str]] = {"seeds": ("#FFFFFF", "////"), "tune": ("#BBBBBB", ""),
                                            "test": ("#555555", ""), "test2": ("#000000", ""),
                                            "test3": ("#888888", "xxx"), "test4": ("#DDDDDD", "\\\\"),
                                            "test5": ("#FFFFFF", "oo"), "test6": ("#AAAAAA", "--"),
                                            "test7": ("#666666", "++"), "test8": ("#FFFFFF", "||"),
                                            "test9": ("#CCCCCC", ".."), "test10": ("#444444", "//"),
                                            "test11": ("#999999", "**")}


def validation_scores(results: "pd.DataFrame") -> "matplotlib.figure.Figure":
    """Grouped bars of the stored scores: each measure for the seeds, ``tune`` and the locked splits.

    Parameters
    ----------
    results : DataFrame
        From :func:`newslib.scoring.load_results`: one row per split with ``split``, ``articles`` and the
        columns of :data:`VALIDATION_MEASURES`.

    Examples
    --------
    >>> from newslib import scoring
    >>> fig = validation_scores(scoring.load_results())
    >>> len(fig.axes[0].patches) == 4 * len(scoring.load_results())
    True
    """
    import numpy as np

    plt = _pyplot()
    splits = list(results["split"])
    # one row of the legend up to four splits, two up to eight, three up to twelve, then four (four columns fit)
    rows = 1 if len(splits) <= 4 else 2 if len(splits) <= 8 else 3 if len(splits) <= 12 else -(-len(splits) // 4)
    fig, ax = plt.subplots(figsize=(WIDTH, 3.4 if rows <= 2 else 3.7 + 0.2 * (rows - 3)), layout="constrained")
    x = np.arange(len(VALIDATION_MEASURES))
    width = 0.8 / max(len(splits), 1)
    crowded = len(splits) > 5                    # past five bars a group, the values stand upright
    for i, row in enumerate(results.itertuples(index=False)):
        fill, hatch = SPLIT_STYLES.get(row.split, ("#888888", "...."))
        values = [getattr(row, m) for m in VALIDATION_MEASURES]
        bars = ax.bar(x - 0.4 + width * (i + 0.5), values, width, color=fill, hatch=hatch or None, edgecolor=EDGE,
                      linewidth=0.6, label=f"{row.split} (n = {int(row.articles)} articles)")
        for bar, value in zip(bars, values):
            ax.text(bar.get_x() + bar.get_width() / 2, value + (0.01 if crowded else 0), f"{value:.2f}",
                    ha="center", va="bottom", fontsize=SMALL - 1, rotation=90 if crowded else 0)
    ax.axvline(len(VALIDATION_MEASURES) - 1.5, color=EDGE, linewidth=0.6, linestyle=":")
    ax.set_xticks(x, list(VALIDATION_MEASURES.values()), fontsize=SMALL)
    ax.set_ylim(0, 1.2 if crowded else 1.12)
    ax.set_ylabel("Score (share, 0 to 1)", fontsize=SMALL + 1)
    ax.tick_params(axis="y", labelsize=SMALL)
    fig.legend(*ax.get_legend_handles_labels(), frameon=False, fontsize=SMALL, loc="outside lower center",
               ncol=-(-len(splits) // rows))
    by_split = results.set_index("split")
    first, last = splits[0], splits[-1]
    fig.suptitle(f"Rules written on the {first} score lower on articles they were not written for:\n"
                 f"stance agreement {by_split.loc[first, 'stance_agreement']:.2f} on the {first}, "
                 f"{by_split.loc[last, 'stance_agreement']:.2f} on {last}", fontsize=TITLE_SIZE)
    return fig


def validation_shares(shares: "pd.DataFrame", split: str = "test", debate: "str | Path | Debate | None" = None
                      ) -> "matplotlib.figure.Figure":
    """Stance shares of each camp, hand coding beside the tool, with the distance between them.

    Parameters
    ----------
    shares : DataFrame
        ``validation/shares_<split>.csv``: one row per camp with ``n_gold``, ``n_pred``, ``<stance>_gold``,
        ``<stance>_pred`` (shares) and ``distance`` (total variation distance).
    split : str
        For the title.
    debate : path or Debate, optional
        The debate pack whose camp labels to use (default: the packaged one).
    """
    from matplotlib.ticker import PercentFormatter

    from .debate import load_debate
    from .scoring import MIN_CAMP_STATEMENTS

    pack = load_debate(debate)
    plt = _pyplot()
    camps = pack.order(shares["camp"])
    table = shares.set_index("camp").loc[camps]
    fig, ax = plt.subplots(figsize=(WIDTH, 1.5 + 0.6 * len(camps)), layout="constrained")
    ticks, names = [], []
    for i, camp in enumerate(camps):
        for j, (who, suffix) in enumerate((("hand", "gold"), ("tool", "pred"))):
            y = i * 3 + j
            left = 0.0
            for s in STANCES:
                value = float(table.loc[camp, f"{s}_{suffix}"])
                ax.barh(y, value, left=left, color=STANCE_COLOURS[s], hatch=STANCE_HATCHES[s] or None,
                        edgecolor=EDGE, linewidth=0.5, label=s if i == 0 and j == 0 else None)
                left += value
            ticks.append(y)
            names.append(f"{pack.label(camp)}, {who} (n = {int(table.loc[camp, f'n_{suffix}'])})")
        few = int(table.loc[camp, "n_gold"]) < MIN_CAMP_STATEMENTS
        ax.text(1.01, i * 3 + 0.5, f"distance\n{table.loc[camp, 'distance']:.2f}" + ("\n(too few)" if few else ""),
                va="center", fontsize=SMALL - 1)
    ax.set_yticks(ticks, names, fontsize=SMALL)
    ax.invert_yaxis()
    ax.set_xlim(0, 1.12)
    ax.xaxis.set_major_formatter(PercentFormatter(1.0, decimals=0))
    ax.set_xlabel("Share of the camp's statements (%)", fontsize=SMALL + 1)
    ax.tick_params(axis="x", labelsize=SMALL)
    fig.legend(*ax.get_legend_handles_labels(), frameon=False, fontsize=SMALL, loc="outside lower center", ncol=3,
               title="Stance (colour and hatching)", title_fontsize=SMALL)
    # the worst camp as the score counts it: among camps with enough hand-coded statements
    counted = table[table["n_gold"] >= MIN_CAMP_STATEMENTS]
    worst = (counted if len(counted) else table)["distance"].idxmax()
    fig.suptitle(f"Stance by camp on {split}, hand coding vs tool:\nfurthest apart for {pack.label(worst)} "
                 f"(distance {table.loc[worst, 'distance']:.2f}"
                 + (f"; of camps with {MIN_CAMP_STATEMENTS} or more hand-coded statements)" if len(counted) else ")"),
                 fontsize=TITLE_SIZE)
    return fig


# Camps of a given debate pack, for the figures of notebooks 4 and 5 (None: the packaged pack, as above).
def _camps_in(debate) -> tuple[str, ...]:
    from .debate import load_debate

    return load_debate(debate).camp_names


def _label_in(camp: str, debate) -> str:
    from .debate import load_debate

    labels = load_debate(debate).labels
    return labels.get(camp, str(camp).replace("_", " ").capitalize())
