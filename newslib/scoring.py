"""Score the pipeline against a hand coding: statements found, camps found, stance, stance by camp.

Used by ``python -m newslib validation score`` on the development corpus (``validation/``) and on the seeds,
and by notebooks 02 and 03, which read the stored results. Everything is measured without article text, so
the results can be kept in the repository:

* **statements**: a predicted and a gold statement match when they lie in the same paragraph and their
  character spans overlap (one to one, largest overlap first), whoever the speaker is said to be;
* **camp units**: the set of (article, paragraph, camp) that hold at least one statement; recall and
  precision over these units is the headline "who speaks" measure;
* **stance**: over the camp units found by both, the unit's stance (the majority of its statements'
  favor/against labels, ``none`` when it has neither, the first in the text on a tie) against the gold
  unit's; a gold label ``favor|none`` accepts either reading (the prediction then counts as the gold label
  for kappa too);
* **stance by camp**: each camp's shares of favor / against / none over all its statements, the tool's
  beside the hand coding's, and their total variation distance (half the summed absolute differences).
"""
from __future__ import annotations

import datetime as dt
import math
import subprocess
from dataclasses import dataclass
from itertools import product
from pathlib import Path
from typing import TYPE_CHECKING, Sequence

from . import paths
from .validation import ManifestError, is_split, load_manifest, split_rank

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["CODING_COLUMNS", "Scores", "load_coding", "match_statements", "unit_stance", "unit_table",
           "stance_shares", "score", "score_split", "write_results", "coder_agreement", "load_results",
           "log_name", "summary_table", "load_test_log", "load_units", "bootstrap_scores", "BOOTSTRAP_MEASURES",
           "stance_counts", "load_stance_counts", "bootstrap_distance",
           "load_sentences", "score_sentences", "sentence_summary", "HEADLINE", "SUMMARY_COLUMNS"]

#: The columns of a coding file: ``seeds/statements_gold.csv`` without ``text``, plus ``ambiguous``.
CODING_COLUMNS: tuple[str, ...] = ("article_id", "paragraph", "speaker", "role", "camp", "kind", "cue", "start",
                                   "end", "quote_id", "note", "stance", "stance_note", "ambiguous")
#: The columns of ``validation/summary.csv``, one row per split.
SUMMARY_COLUMNS: tuple[str, ...] = (
    "split", "articles", "gold_statements", "pred_statements", "statement_recall", "statement_precision",
    "gold_units", "pred_units", "matched_units", "camp_recall", "camp_precision", "stance_agreement",
    "stance_kappa", "always_against", "worst_camp_distance", "commit", "date")
_STANCES = ("favor", "against", "none")
#: The fewest hand-coded statements a camp needs for its distance to count in the worst camp distance: the
#: shares of a camp with two statements move by half with one label.
MIN_CAMP_STATEMENTS = 5


def load_coding(path: str | Path) -> "pd.DataFrame":
    """Read a coding file (:data:`CODING_COLUMNS`; ``text`` and ``ambiguous`` optional).

    Raises
    ------
    ManifestError
        For a missing column or a stance outside favor / against / none (alternatives joined by ``|``).
    """
    import pandas as pd

    from .readers import csv_rows, decode_utf8

    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as err:
        raise ManifestError(path, 0, f"expected a readable coding file ({err.strerror})") from None
    required = tuple(c for c in CODING_COLUMNS if c not in ("ambiguous", "note", "stance_note", "role", "cue",
                                                             "quote_id"))
    # The project's strict reader: a short row, a stray quote or a bad byte is one error with its line.
    rows = []
    for line, row in csv_rows(decode_utf8(data, str(path), ManifestError), str(path), required, ManifestError):
        stance = row["stance"]
        if not stance or any(v not in _STANCES for v in stance.split("|")):
            raise ManifestError(path, line, f"expected a stance of favor, against or none (or two joined by |), "
                                            f"found {stance!r}")
        for column in ("paragraph", "start", "end"):
            if not row[column].isdigit():
                raise ManifestError(path, line, f"expected a whole number in {column!r}, found {row[column]!r}")
        rows.append(row)
    frame = pd.DataFrame(rows, columns=list(rows[0]) if rows else list(required))
    return frame.astype({"paragraph": "int64", "start": "int64", "end": "int64"})


def match_statements(pred: "pd.DataFrame", gold: "pd.DataFrame") -> list[tuple[int, int]]:
    """Pair predicted and gold statements: same article and paragraph, overlapping spans, one to one.

    Returns
    -------
    list of (int, int)
        Index labels ``(pred_index, gold_index)``, the pairs with the largest overlap chosen first.

    Examples
    --------
    >>> import pandas as pd
    >>> g = pd.DataFrame({"article_id": ["a", "a"], "paragraph": [1, 1], "start": [0, 50], "end": [40, 90]})
    >>> p = pd.DataFrame({"article_id": ["a"], "paragraph": [1], "start": [45], "end": [95]})
    >>> match_statements(p, g)
    [(0, 1)]
    """
    candidates = []
    gold_by = {k: list(v.itertuples()) for k, v in gold.groupby(["article_id", "paragraph"], sort=False)}
    for p in pred.itertuples():
        for g in gold_by.get((p.article_id, p.paragraph), ()):
            overlap = min(p.end, g.end) - max(p.start, g.start)
            if overlap > 0:
                candidates.append((-overlap, p.Index, g.Index))
    pairs, used_p, used_g = [], set(), set()
    for _, i, j in sorted(candidates):
        if i not in used_p and j not in used_g:
            pairs.append((i, j))
            used_p.add(i)
            used_g.add(j)
    return sorted(pairs)


def unit_stance(labels: Sequence[str]) -> str:
    """The stance of a camp's statements in one paragraph: the majority of favor/against, else none.

    A tie between favor and against goes to the one said first.

    Examples
    --------
    >>> unit_stance(["none", "against", "favor", "against"]), unit_stance(["none"]), unit_stance(["favor", "against"])
    ('against', 'none', 'favor')
    """
    favor, against = labels.count("favor"), labels.count("against")
    if favor == against:
        return next((x for x in labels if x != "none"), "none")
    return "favor" if favor > against else "against"


def _accepted(alternatives: Sequence[str]) -> set[str]:
    # Every reading a unit can have when some statements admit two labels; capped, as a paragraph rarely
    # holds more than a few statements of one camp.
    options = [a.split("|") for a in alternatives][:10]
    return {unit_stance(list(choice)) for choice in product(*options)}


def unit_table(pred: "pd.DataFrame", gold: "pd.DataFrame") -> "pd.DataFrame":
    """One row per (article, paragraph, camp) unit found by either side, with both stances.

    Returns
    -------
    pandas.DataFrame
        ``article_id, paragraph, camp, in_gold, in_pred, gold_stance`` (the primary reading, with any
        other accepted one after ``|``), ``pred_stance``, ``agree`` (prediction among the accepted readings;
        empty unless both sides have the unit). Sorted by article, paragraph and camp.
    """
    import pandas as pd

    key = ["article_id", "paragraph", "camp"]
    g = gold.sort_values(["article_id", "paragraph", "start"], kind="stable")
    p = pred.sort_values(["article_id", "paragraph", "start"], kind="stable")
    gold_units = {k: list(v["stance"]) for k, v in g.groupby(key, sort=False)}
    pred_units = {k: list(v["stance"]) for k, v in p.groupby(key, sort=False)}
    rows = []
    for unit in sorted(set(gold_units) | set(pred_units), key=lambda u: (str(u[0]), int(u[1]), str(u[2]))):
        in_gold, in_pred = unit in gold_units, unit in pred_units
        gold_stance = pred_stance = agree = ""
        if in_gold:
            primary = unit_stance([s.split("|")[0] for s in gold_units[unit]])
            others = sorted(_accepted(gold_units[unit]) - {primary})
            gold_stance = "|".join([primary, *others])
        if in_pred:
            pred_stance = unit_stance(pred_units[unit])
        if in_gold and in_pred:
            agree = str(pred_stance in gold_stance.split("|"))
        rows.append((*unit, in_gold, in_pred, gold_stance, pred_stance, agree))
    return pd.DataFrame(rows, columns=[*key, "in_gold", "in_pred", "gold_stance", "pred_stance", "agree"])


def stance_shares(frame: "pd.DataFrame", camps: Sequence[str]) -> "pd.DataFrame":
    """Each camp's share of favor / against / none over its statements (the first reading of ``a|b``).

    Examples
    --------
    >>> import pandas as pd
    >>> t = pd.DataFrame({"camp": ["x", "x", "y"], "stance": ["favor|none", "against", "none"]})
    >>> stance_shares(t, ["x", "y"]).to_dict("records")[0]
    {'camp': 'x', 'n': 2, 'favor': 0.5, 'against': 0.5, 'none': 0.0}
    """
    import pandas as pd

    rows = []
    for camp in camps:
        labels = [s.split("|")[0] for s in frame.loc[frame["camp"] == camp, "stance"]]
        n = len(labels)
        rows.append({"camp": camp, "n": n, **{s: (labels.count(s) / n if n else 0.0) for s in _STANCES}})
    return pd.DataFrame(rows, columns=["camp", "n", *_STANCES])


@dataclass(frozen=True)
class Scores:
    """What :func:`score` measures on one split; ``units`` is the table written as ``results_<split>.csv``."""

    split: str
    articles: int
    summary: dict
    units: "pd.DataFrame"
    shares: "pd.DataFrame"
    #: Statements of each stance, by article, camp and source (``gold`` or ``tool``): the text-free table
    #: written as ``stances_<split>.csv``, from which :func:`bootstrap_distance` draws articles.
    counts: "pd.DataFrame | None" = None


def _kappa(pred: list[str], gold: list[str]) -> float:
    from .agreement import cohen_kappa

    if not pred or len(set(pred) | set(gold)) < 2:
        return float("nan")
    return cohen_kappa(pred, gold)


def score(pred: "pd.DataFrame", gold: "pd.DataFrame", split: str, camps: Sequence[str], articles: int
          ) -> Scores:
    """Compare predicted statements (with ``stance``) with a hand coding of the same articles.

    Parameters
    ----------
    pred : DataFrame
        :func:`newslib.statements` with :func:`newslib.add_stance` on the split's articles.
    gold : DataFrame
        The hand coding of the same articles (:func:`load_coding`).
    split : str
        Its name, for the record.
    camps : sequence of str
        The camps to report shares for, in order.
    articles : int
        How many articles were scored.

    Returns
    -------
    Scores
    """
    pairs = match_statements(pred, gold)
    units = unit_table(pred, gold)
    both = units[(units["in_gold"]) & (units["in_pred"])]
    n_gold_units, n_pred_units = int(units["in_gold"].sum()), int(units["in_pred"].sum())
    accepted = [row.gold_stance.split("|") for row in both.itertuples()]
    predicted = list(both["pred_stance"])
    # Where the hand coding accepts two readings and the tool gave one of them, that one is the gold label.
    gold_labels = [p if p in acc else acc[0] for p, acc in zip(predicted, accepted)]
    agree = sum(p == g for p, g in zip(predicted, gold_labels))
    against = sum(acc[0] == "against" for acc in accepted)
    gold_shares, pred_shares = stance_shares(gold, camps), stance_shares(pred, camps)
    shares = gold_shares.merge(pred_shares, on="camp", suffixes=("_gold", "_pred"))
    shares["distance"] = sum((shares[f"{s}_gold"] - shares[f"{s}_pred"]).abs() for s in _STANCES) / 2
    summary = {
        "split": split, "articles": articles, "gold_statements": len(gold), "pred_statements": len(pred),
        "statement_recall": len(pairs) / len(gold) if len(gold) else float("nan"),
        "statement_precision": len(pairs) / len(pred) if len(pred) else float("nan"),
        "gold_units": n_gold_units, "pred_units": n_pred_units, "matched_units": len(both),
        "camp_recall": len(both) / n_gold_units if n_gold_units else float("nan"),
        "camp_precision": len(both) / n_pred_units if n_pred_units else float("nan"),
        "stance_agreement": agree / len(both) if len(both) else float("nan"),
        "stance_kappa": _kappa(predicted, gold_labels),
        "always_against": against / len(both) if len(both) else float("nan"),
        "worst_camp_distance": float(shares.loc[shares["n_gold"] >= MIN_CAMP_STATEMENTS, "distance"].max())
        if (shares["n_gold"] >= MIN_CAMP_STATEMENTS).any() else float("nan"),
    }
    return Scores(split=split, articles=articles, summary=summary, units=units, shares=shares,
                  counts=stance_counts(gold, pred, camps))


def stance_counts(gold: "pd.DataFrame", pred: "pd.DataFrame", camps: Sequence[str]) -> "pd.DataFrame":
    """How many statements of each stance (the first reading of ``a|b``) each article gives each camp, in
    the hand coding (``source`` ``gold``) and by the tool (``tool``): what :func:`stance_shares` sums, kept by
    article so that :func:`bootstrap_distance` can draw articles. No text.

    Examples
    --------
    >>> import pandas as pd
    >>> g = pd.DataFrame({"article_id": ["a", "a"], "camp": ["x", "x"], "stance": ["favor|none", "against"]})
    >>> p = pd.DataFrame({"article_id": ["a"], "camp": ["x"], "stance": ["none"]})
    >>> stance_counts(g, p, ["x"]).to_dict("records")
    [{'article_id': 'a', 'camp': 'x', 'source': 'gold', 'favor': 1, 'against': 1, 'none': 0},
     {'article_id': 'a', 'camp': 'x', 'source': 'tool', 'favor': 0, 'against': 0, 'none': 1}]
    """
    import pandas as pd

    rows = []
    for source, frame in (("gold", gold), ("tool", pred)):
        labels = frame["stance"].astype(str).str.split("|").str[0]
        for (article, camp), group in labels.groupby([frame["article_id"].astype(str), frame["camp"]], sort=True):
            if camp in camps:
                rows.append({"article_id": article, "camp": camp, "source": source,
                             **{stance: int((group == stance).sum()) for stance in _STANCES}})
    table = pd.DataFrame(rows, columns=["article_id", "camp", "source", *_STANCES])
    return table.sort_values(["article_id", "camp", "source"], kind="stable").reset_index(drop=True)


def load_stance_counts(split: str, validation_dir: str | Path | None = None) -> "pd.DataFrame":
    """The stored statement counts of a split (``validation/stances_<split>.csv``, :func:`stance_counts`).

    Raises
    ------
    FileNotFoundError
        For a split scored before these files were written (score it again to make one).
    """
    import pandas as pd

    folder = Path(validation_dir) if validation_dir is not None else paths.VALIDATION
    return pd.read_csv(folder / f"stances_{split}.csv", dtype={"article_id": str, "camp": str, "source": str})


def bootstrap_distance(counts: "pd.DataFrame", n: int = 2000, level: float = 0.95, seed: int = 2012,
                       min_statements: int = MIN_CAMP_STATEMENTS) -> "pd.DataFrame":
    """How much each camp's stance distance, and the worst of them, depend on which articles a split holds.

    As :func:`bootstrap_scores`, a cluster bootstrap over articles: the articles are drawn with replacement
    ``n`` times, each camp's shares of favor / against / none are recomputed from the summed counts of the
    hand coding and of the tool, and their total variation distance taken. A camp counts in ``worst`` on a
    draw only when the draw gives it at least ``min_statements`` hand-coded statements, as in :func:`score`.

    Parameters
    ----------
    counts : DataFrame
        :func:`stance_counts`, or :func:`load_stance_counts` for a stored split (splits may be concatenated:
        article ids are unique across the corpus).

    Returns
    -------
    pandas.DataFrame
        Indexed by camp, then ``worst``: ``value`` (on the split as it is; NaN for a camp under
        ``min_statements``), ``low``, ``high`` and ``articles``.

    Examples
    --------
    >>> import pandas as pd
    >>> c = pd.DataFrame({"article_id": ["a", "a", "b", "b"], "camp": ["x"] * 4,
    ...                   "source": ["gold", "tool"] * 2, "favor": [5, 5, 0, 0], "against": [0, 0, 5, 0],
    ...                   "none": [0, 0, 0, 5]})
    >>> t = bootstrap_distance(c, n=500)
    >>> float(t.loc["worst", "value"]), float(t.loc["worst", "low"]), float(t.loc["worst", "high"])
    (0.5, 0.0, 1.0)
    """
    import numpy as np
    import pandas as pd

    _check_bootstrap(n, level)
    articles = sorted(set(counts["article_id"]))
    camps = list(dict.fromkeys(counts["camp"]))
    where = {a: k for k, a in enumerate(articles)}
    cube = np.zeros((len(articles), len(camps), 2, len(_STANCES)))
    for row in counts.itertuples(index=False):
        cube[where[row.article_id], camps.index(row.camp), 0 if row.source == "gold" else 1] = \
            [getattr(row, stance) for stance in _STANCES]

    def distances(sums):                         # sums: (..., camps, 2, stances)
        totals = sums.sum(axis=-1, keepdims=True)
        with np.errstate(divide="ignore", invalid="ignore"):
            shares = np.where(totals > 0, sums / np.where(totals > 0, totals, 1), 0.0)
        found = np.abs(shares[..., 0, :] - shares[..., 1, :]).sum(axis=-1) / 2
        return np.where(totals[..., 0, 0] >= min_statements, found, np.nan)

    def worst(found):
        counted = ~np.isnan(found)
        return np.where(counted.any(axis=-1), np.max(np.where(counted, found, -np.inf), axis=-1), np.nan)

    point = distances(cube.sum(axis=0))
    draws = distances(_resample(cube, n, seed)) if articles else np.full((n, len(camps)), np.nan)
    rows = []
    for name, value, drawn in [*((c, point[k], draws[:, k]) for k, c in enumerate(camps)),
                               ("worst", worst(point), worst(draws))]:
        rows.append((name, float(value), *_interval(drawn, level), len(articles)))
    return pd.DataFrame(rows, columns=["camp", "value", "low", "high", "articles"]).set_index("camp")


def _predict(corpus: "pd.DataFrame") -> "pd.DataFrame":
    from .stance import add_stance
    from .statements import statements

    return add_stance(statements(corpus), corpus)


def score_split(split: str, text_dir: str | Path | None = None,
                validation_dir: str | Path | None = None) -> Scores:
    """Run the pipeline on one split and score it against its hand coding.

    Parameters
    ----------
    split : str
        ``seeds`` scores the two seed articles against ``seeds/statements_gold.csv``; ``tune`` and the
        locked splits (``test`` for batch 1, ``test2`` for batch 2, ``test<N>`` for batch N) the development
        corpus's articles of that split against ``validation/gold.csv``.
    text_dir : path, optional
        The rebuilt articles (``python -m newslib validation rebuild``); needed for ``tune`` and ``test``.
    validation_dir : path, optional
        Where ``manifest.json`` and ``gold.csv`` are; default the repository's ``validation/``.

    Returns
    -------
    Scores

    Raises
    ------
    ManifestError
        For an unknown split, a missing text folder or article, or a malformed manifest or coding.
    """
    from .articles import load_corpus

    if not is_split(split):
        raise ManifestError("--split", 0, f"expected seeds, tune, test or test<N> (a batch's locked split), "
                                          f"found {split!r}")
    if split == "seeds":
        corpus = load_corpus(paths.SEEDS)
        gold = load_coding(paths.SEEDS / "statements_gold.csv")
    else:
        folder = Path(validation_dir) if validation_dir is not None else paths.VALIDATION
        if text_dir is None:
            raise ManifestError("TEXT_DIR", 0, "expected the folder of rebuilt articles "
                                               "(python -m newslib validation rebuild RAW_DIR OUT_DIR)")
        ids = [a.id for a in load_manifest(folder / "manifest.json") if a.split == split]
        files = [Path(text_dir) / f"{i}.txt" for i in ids]
        for file in files:
            if not file.is_file():
                raise ManifestError(file, 0, "expected a rebuilt article here "
                                             "(python -m newslib validation rebuild RAW_DIR OUT_DIR)")
        corpus = load_corpus(files)
        gold = load_coding(folder / "gold.csv")
        gold = gold[gold["article_id"].isin(ids)].reset_index(drop=True)
    pred = _predict(corpus)
    camps = sorted(set(gold["camp"]) | set(pred["camp"]))
    return score(pred, gold, split, camps, len(corpus))


def _commit() -> str:
    try:
        out = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=paths.ROOT, capture_output=True,
                             text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return ""
    return out.stdout.strip() if out.returncode == 0 else ""


def _fmt(value: object) -> str:
    if isinstance(value, float):
        return "n/a" if math.isnan(value) else f"{value:.2f}"
    return str(value)


def _report(summary: "pd.DataFrame", shares: dict[str, "pd.DataFrame"]) -> str:
    order = sorted(set(summary["split"]), key=split_rank)
    rows = summary.set_index("split").loc[order]
    measures = [("articles", "articles"), ("gold_statements", "statements, hand coding"),
                ("pred_statements", "statements, tool"), ("statement_recall", "statement recall"),
                ("statement_precision", "statement precision"), ("camp_recall", "camp-level recall"),
                ("camp_precision", "camp-level precision"), ("matched_units", "camp units found by both"),
                ("stance_agreement", "stance agreement (matched units)"), ("stance_kappa", "stance kappa"),
                ("always_against", "always 'against' would score"),
                ("worst_camp_distance", "worst camp distance (TV, camps with n >= 5)"),
                ("commit", "commit"), ("date", "scored on")]
    lines = ["# Validation results", "",
             "Written by `python -m newslib validation score`; do not edit by hand. How each measure is "
             "defined: `newslib/scoring.py`. `seeds` are the two articles the rules were written on; "
             "`tune` the development articles the rules may be tuned on (all batches); `test`, `test2`, ... the "
             "locked splits of batches 1, 2, ..., each batch drawn after the locked splits before it had been "
             "scored several times (`README.md` says when). Each scoring of a locked split is logged in its "
             "own file: `TEST_LOG.md`, `TEST2_LOG.md`, ...", "",
             "| measure | " + " | ".join(order) + " |", "|---|" + "---|" * len(order)]
    for column, label in measures:
        lines.append(f"| {label} | " + " | ".join(_fmt(rows.at[s, column]) for s in order) + " |")
    for split in order:
        if split not in shares:
            continue
        lines += ["", f"## Stance by camp, {split}: hand coding / tool (shares of statements)", "",
                  "| camp | n (hand / tool) | favor | against | none | distance |", "|---|---|---|---|---|---|"]
        for r in shares[split].itertuples():
            cells = " | ".join(f"{getattr(r, s + '_gold'):.2f} / {getattr(r, s + '_pred'):.2f}" for s in _STANCES)
            lines.append(f"| {r.camp} | {r.n_gold} / {r.n_pred} | {cells} | {r.distance:.2f} |")
    return "\n".join(lines) + "\n"


def write_results(scores: Scores, validation_dir: str | Path | None = None, log_test: bool = True) -> list[Path]:
    """Write ``results_<split>.csv``, ``shares_<split>.csv``, update ``summary.csv`` and ``RESULTS.md``.

    Scoring a locked split (``test``, ``test2``) also adds a line to its log (:func:`log_name`: date,
    commit, the headline figures), so every look at a locked split is on record.

    Returns
    -------
    list of Path
        The files written.
    """
    import pandas as pd

    folder = Path(validation_dir) if validation_dir is not None else paths.VALIDATION
    folder.mkdir(parents=True, exist_ok=True)
    summary_file = folder / "summary.csv"
    row = {**scores.summary, "commit": _commit(), "date": dt.date.today().isoformat()}
    summary = pd.read_csv(summary_file, dtype={"commit": str}, keep_default_na=False) \
        if summary_file.exists() else pd.DataFrame(columns=list(SUMMARY_COLUMNS))
    summary = summary[summary["split"] != scores.split]
    summary = pd.concat([summary, pd.DataFrame([row], columns=list(SUMMARY_COLUMNS))], ignore_index=True)
    summary["order"] = summary["split"].map(split_rank)
    summary = summary.sort_values("order").drop(columns="order").reset_index(drop=True)
    written = [folder / f"results_{scores.split}.csv", folder / f"shares_{scores.split}.csv", summary_file]
    if scores.counts is not None:
        written.append(folder / f"stances_{scores.split}.csv")
        scores.counts.to_csv(written[-1], index=False, lineterminator="\n")
    scores.units.to_csv(written[0], index=False, lineterminator="\n")
    scores.shares.round(4).to_csv(written[1], index=False, lineterminator="\n")
    summary.round(4).to_csv(summary_file, index=False, lineterminator="\n")
    summary = pd.read_csv(summary_file, dtype={"commit": str}, keep_default_na=False)
    for column in SUMMARY_COLUMNS[1:-2]:
        summary[column] = pd.to_numeric(summary[column], errors="coerce")
    shares = {s: pd.read_csv(folder / f"shares_{s}.csv") for s in summary["split"]
              if (folder / f"shares_{s}.csv").exists()}
    (folder / "RESULTS.md").write_text(_report(summary, shares), encoding="utf-8")
    written.append(folder / "RESULTS.md")
    if scores.split.startswith("test") and log_test:
        log = folder / log_name(scores.split)
        if not log.exists():
            log.write_text(f"# Looks at the {scores.split} split\n\nOne line per scoring of `{scores.split}`, "
                           f"written by `python -m newslib validation score --split {scores.split}`.\n\n"
                           "| date | commit | camp recall | camp precision | stance agreement | kappa | "
                           "worst camp distance |\n|---|---|---|---|---|---|---|\n", encoding="utf-8")
        s = row
        with log.open("a", encoding="utf-8") as handle:
            handle.write(f"| {s['date']} | {s['commit']} | {_fmt(s['camp_recall'])} | {_fmt(s['camp_precision'])}"
                         f" | {_fmt(s['stance_agreement'])} | {_fmt(s['stance_kappa'])} | "
                         f"{_fmt(s['worst_camp_distance'])} |\n")
        written.append(log)
    return written


def coder_agreement(a: "pd.DataFrame", b: "pd.DataFrame") -> dict:
    """How far two hand codings of the same articles agree: which statements exist, camps, and stance.

    Statements are paired as in :func:`match_statements` (same paragraph, overlapping spans). Stance is
    compared on the primary reading (before any ``|``) of the paired statements.

    Returns
    -------
    dict
        ``n_a, n_b, matched`` and ``statement_agreement`` (matched / the statements either coder found:
        Dice's coefficient 2·matched / (n_a + n_b)), ``camp_agreement`` (paired statements given the same
        camp), ``stance_observed`` and ``stance_kappa``, and ``pairs`` (a DataFrame of every statement with
        the other coder's match, for adjudication: ``a_index, b_index, article_id, paragraph, camp_a,
        camp_b, stance_a, stance_b``).

    Examples
    --------
    >>> import pandas as pd
    >>> a = pd.DataFrame({"article_id": ["x", "x"], "paragraph": [1, 2], "start": [0, 0], "end": [9, 9],
    ...                   "camp": ["labour", "other"], "stance": ["against", "none"]})
    >>> b = a.iloc[:1].assign(stance="against|none")
    >>> r = coder_agreement(a, b); round(r["statement_agreement"], 3), r["stance_observed"]
    (0.667, 1.0)
    """
    import pandas as pd

    pairs = match_statements(a, b)
    rows = [(i, j) for i, j in pairs]
    rows += [(i, None) for i in a.index if i not in {p for p, _ in pairs}]
    rows += [(None, j) for j in b.index if j not in {g for _, g in pairs}]
    table = []
    for i, j in rows:
        left, right = (a.loc[i] if i is not None else None), (b.loc[j] if j is not None else None)
        first = left if left is not None else right
        table.append({"a_index": i, "b_index": j, "article_id": first["article_id"],
                      "paragraph": int(first["paragraph"]),
                      "camp_a": left["camp"] if left is not None else "",
                      "camp_b": right["camp"] if right is not None else "",
                      "stance_a": left["stance"] if left is not None else "",
                      "stance_b": right["stance"] if right is not None else ""})
    table = pd.DataFrame(table, columns=["a_index", "b_index", "article_id", "paragraph", "camp_a", "camp_b",
                                         "stance_a", "stance_b"])
    both = table.dropna(subset=["a_index", "b_index"])
    sa = [s.split("|")[0] for s in both["stance_a"]]
    sb = [s.split("|")[0] for s in both["stance_b"]]
    n = len(both)
    return {"n_a": len(a), "n_b": len(b), "matched": n,
            "statement_agreement": 2 * n / (len(a) + len(b)) if len(a) + len(b) else float("nan"),
            "camp_agreement": float((both["camp_a"] == both["camp_b"]).mean()) if n else float("nan"),
            "stance_observed": sum(x == y for x, y in zip(sa, sb)) / n if n else float("nan"),
            "stance_kappa": _kappa(sa, sb), "pairs": table.sort_values(["article_id", "paragraph"],
                                                                        kind="stable").reset_index(drop=True)}


#: The headline measures of :func:`summary_table`, with their labels.
HEADLINE = (("camp_recall", "camp-level recall"), ("camp_precision", "camp-level precision"),
            ("stance_agreement", "stance agreement"), ("always_against", "always 'against'"),
            ("stance_kappa", "stance kappa"), ("worst_camp_distance", "worst camp distance"))


def load_results(validation_dir: str | Path | None = None) -> "pd.DataFrame":
    """The stored scores (``validation/summary.csv``), one row per split, without any article text.

    Examples
    --------
    >>> load_results()["split"].tolist()[:1]
    ['seeds']
    """
    import pandas as pd

    folder = Path(validation_dir) if validation_dir is not None else paths.VALIDATION
    frame = pd.read_csv(folder / "summary.csv", dtype={"commit": str}, keep_default_na=False)
    for column in SUMMARY_COLUMNS[1:-2]:
        frame[column] = pd.to_numeric(frame[column], errors="coerce")
    return frame


#: The measures :func:`bootstrap_scores` gives intervals for: those counted over camp units.
BOOTSTRAP_MEASURES: tuple[str, ...] = ("camp_recall", "camp_precision", "stance_agreement", "always_against")


def _check_bootstrap(n: int, level: float) -> None:
    if n < 1 or not 0 < level < 1:
        raise ValueError(f"expected n >= 1 and 0 < level < 1, got n={n}, level={level}")


def _resample(table, n: int, seed: int):
    """``n`` sums of a per-article array over articles drawn with replacement (a cluster bootstrap)."""
    import numpy as np

    rng = np.random.default_rng(seed)
    return table[rng.integers(0, len(table), size=(n, len(table)))].sum(axis=1)


def _interval(drawn, level: float) -> tuple[float, float]:
    """The central ``level`` share of the draws that are numbers (percentile method); NaN when none are."""
    import numpy as np

    kept = drawn[~np.isnan(drawn)]
    if not len(kept):
        return float("nan"), float("nan")
    tail = (1 - level) / 2 * 100
    low, high = np.percentile(kept, [tail, 100 - tail])
    return float(low), float(high)


def load_units(split: str, validation_dir: str | Path | None = None) -> "pd.DataFrame":
    """The stored unit table of a split (``validation/results_<split>.csv``, written by
    :func:`write_results`): one row per (article, paragraph, camp) unit, no article text.

    Examples
    --------
    >>> list(load_units("seeds").columns)
    ['article_id', 'paragraph', 'camp', 'in_gold', 'in_pred', 'gold_stance', 'pred_stance', 'agree']
    """
    import pandas as pd

    folder = Path(validation_dir) if validation_dir is not None else paths.VALIDATION
    frame = pd.read_csv(folder / f"results_{split}.csv", dtype=str, keep_default_na=False)
    for column in ("in_gold", "in_pred"):
        frame[column] = frame[column] == "True"
    frame["paragraph"] = frame["paragraph"].astype(int)
    return frame


def bootstrap_scores(units: "pd.DataFrame", n: int = 2000, level: float = 0.95, seed: int = 2012
                     ) -> "pd.DataFrame":
    """How much a split's scores depend on which articles it happens to hold: a bootstrap over articles.

    The articles of the split are drawn with replacement ``n`` times (a cluster bootstrap: an article's units
    stay together, since the units of one article are not independent of each other), and each measure of
    :data:`BOOTSTRAP_MEASURES` is computed on every draw from the summed counts, as :func:`score` computes it.
    The interval is the central ``level`` share of the draws (percentile method). With ten articles a split,
    an interval this wide says that a change between two looks smaller than it could come from the choice of
    articles alone. Deterministic for a given ``seed``.

    Parameters
    ----------
    units : DataFrame
        A unit table (:func:`unit_table`, or :func:`load_units` for a stored split).
    n : int
        Bootstrap draws.
    level : float
        Coverage of the interval.
    seed : int
        Seed of the random draws.

    Returns
    -------
    pandas.DataFrame
        Indexed by measure: ``value`` (on the split as it is), ``low``, ``high``, and ``articles`` (those
        with at least one unit, the ones drawn).

    Examples
    --------
    >>> import pandas as pd
    >>> units = pd.DataFrame({"article_id": ["a", "a", "b"], "paragraph": [1, 2, 1], "camp": ["labour"] * 3,
    ...                       "in_gold": [True, True, True], "in_pred": [True, False, True],
    ...                       "gold_stance": ["against", "against", "none"], "pred_stance": ["against", "", "favor"],
    ...                       "agree": ["True", "", "False"]})
    >>> table = bootstrap_scores(units, n=200)
    >>> print(f"{table.loc['camp_recall', 'value']:.2f}", bool(table.loc["camp_recall", "low"] <= 0.67))
    0.67 True
    """
    import numpy as np
    import pandas as pd

    _check_bootstrap(n, level)
    matched = units["in_gold"] & units["in_pred"]
    primary = units["gold_stance"].astype(str).str.split("|").str[0]
    counts = pd.DataFrame({
        "article_id": units["article_id"],
        "gold": units["in_gold"].astype(int), "pred": units["in_pred"].astype(int),
        "matched": matched.astype(int),
        "agree": (matched & (units["agree"].astype(str) == "True")).astype(int),
        "against": (matched & (primary == "against")).astype(int),
    }).groupby("article_id", sort=True).sum()
    table = counts[["gold", "pred", "matched", "agree", "against"]].to_numpy(dtype=float)

    def measures(sums):
        gold, pred, both, agree, against = (sums[..., k] for k in range(5))
        with np.errstate(divide="ignore", invalid="ignore"):
            return {"camp_recall": both / gold, "camp_precision": both / pred,
                    "stance_agreement": agree / both, "always_against": against / both}

    point = measures(table.sum(axis=0))
    drawn = measures(_resample(table, n, seed) if len(table) else np.zeros((n, 5)))
    rows = [(measure, float(point[measure]), *_interval(drawn[measure], level), len(table))
            for measure in BOOTSTRAP_MEASURES]
    return pd.DataFrame(rows, columns=["measure", "value", "low", "high", "articles"]).set_index("measure")


#: The columns a file of labelled sentences needs (``validation/arguments.csv``).
SENTENCE_COLUMNS: tuple[str, ...] = ("id", "stance", "class", "sentence")


def load_sentences(path: str | Path | None = None) -> "pd.DataFrame":
    """Labelled sentences, each the words of one statement: ``validation/arguments.csv`` by default.

    Each row has ``id``, ``stance`` (favor, against or none: the first reading by the stance codebook),
    ``class`` (the kind of argument) and ``sentence``; other columns are kept.

    Raises
    ------
    InputError
        ``FILE:LINE: what was expected`` for a missing column, a row of the wrong length, an empty sentence,
        a stance that is not one of the three, or an id or sentence given twice.

    Examples
    --------
    >>> table = load_sentences()
    >>> sorted(set(table["stance"]))
    ['against', 'favor', 'none']
    """
    import pandas as pd

    from .errors import InputError
    from .readers import csv_rows, decode_utf8

    path = Path(path) if path is not None else paths.VALIDATION / "arguments.csv"
    text = decode_utf8(path.read_bytes(), str(path), InputError)
    rows, seen_ids, seen_sentences = [], set(), set()
    for line, row in csv_rows(text, str(path), SENTENCE_COLUMNS, InputError):
        if row["stance"] not in _STANCES:
            raise InputError(path, line, f"expected stance favor, against or none, found {row['stance']!r}")
        if not row["sentence"].strip():
            raise InputError(path, line, "expected a sentence, found an empty field")
        if row["id"] in seen_ids or row["sentence"] in seen_sentences:
            raise InputError(path, line, f"expected each id and sentence once, found {row['id']!r} again")
        seen_ids.add(row["id"])
        seen_sentences.add(row["sentence"])
        rows.append(row)
    if not rows:
        raise InputError(path, 1, "expected at least one labelled sentence")
    return pd.DataFrame(rows)


def score_sentences(sentences: "pd.DataFrame", lexicon=None, debate=None, previous: str = "") -> "pd.DataFrame":
    """Each labelled sentence read alone by the stance rules (no paragraph, no speaker), beside its label.

    ``previous`` is read as the paragraph before each sentence (as :func:`newslib.stance.classify_stance`
    reads it): "The Health and Social Care Bill." puts every sentence in an article about the Bill, so a
    pronoun or a cue with no target of its own can find it there, as in the development corpus.

    Returns
    -------
    pandas.DataFrame
        The sentences with ``predicted``, ``evidence`` and ``agree``.

    Examples
    --------
    >>> import pandas as pd
    >>> table = pd.DataFrame({"id": ["s1"], "stance": ["against"], "class": ["call"],
    ...                       "sentence": ["Scrap the Bill now."]})
    >>> score_sentences(table)[["stance", "predicted", "agree"]].values.tolist()
    [['against', 'against', True]]
    """
    import pandas as pd

    from .stance import add_stance

    scored = sentences.copy()
    if previous:
        from .stance import classify_stance

        results = [classify_stance(text, text, 0, previous=previous, lexicon=lexicon, debate=debate)
                   for text in sentences["sentence"]]
        scored["predicted"] = [r.stance for r in results]
        scored["evidence"] = [r.describe() for r in results]
    else:
        read = add_stance(pd.DataFrame({"text": list(sentences["sentence"])}), lexicon=lexicon, debate=debate)
        scored["predicted"] = list(read["stance"])
        scored["evidence"] = list(read["stance_evidence"])
    scored["agree"] = scored["predicted"] == scored["stance"]
    return scored


def sentence_summary(scored: "pd.DataFrame") -> "pd.DataFrame":
    """Agreement of :func:`score_sentences` overall and by label: how many sentences, the share read as
    labelled, and what they were read as. Cohen's kappa on the whole set is in ``attrs["kappa"]``.

    Examples
    --------
    >>> import pandas as pd
    >>> scored = pd.DataFrame({"stance": ["favor", "against", "none", "none"],
    ...                        "predicted": ["favor", "none", "none", "none"]})
    >>> scored["agree"] = scored["stance"] == scored["predicted"]
    >>> sentence_summary(scored)["agreement"].tolist()
    [0.75, 1.0, 0.0, 1.0]
    """
    import pandas as pd

    rows = []
    for label, part in [("all", scored), *((s, scored[scored["stance"] == s]) for s in _STANCES)]:
        if len(part):
            share = part["predicted"].value_counts(normalize=True)
            rows.append((label, len(part), float(part["agree"].mean()),
                         *(float(share.get(other, 0.0)) for other in _STANCES)))
    table = pd.DataFrame(rows, columns=["labelled", "sentences", "agreement", "read as favor", "read as against",
                                        "read as none"]).set_index("labelled")
    table.attrs["kappa"] = _kappa(list(scored["predicted"]), list(scored["stance"]))
    return table


def summary_table(results: "pd.DataFrame") -> "pd.DataFrame":
    """The headline measures as a table: one row per measure, one column per split (seeds, tune, test).

    Examples
    --------
    >>> import pandas as pd
    >>> r = pd.DataFrame({"split": ["seeds", "test"], "camp_recall": [1.0, 0.7], "camp_precision": [1.0, 0.8],
    ...                   "stance_agreement": [0.9, 0.5], "always_against": [0.4, 0.47],
    ...                   "stance_kappa": [0.8, 0.2], "worst_camp_distance": [0.1, 0.6]})
    >>> summary_table(r).loc["stance agreement"].tolist()
    [0.9, 0.5]
    """
    table = results.set_index("split")[[m for m, _ in HEADLINE]].T
    table.index = [label for _, label in HEADLINE]
    table.columns.name = None
    return table.round(2)


def log_name(split: str) -> str:
    """The file that logs each look at a locked split: ``TEST_LOG.md`` for ``test``, ``TEST2_LOG.md`` for
    ``test2``.

    Examples
    --------
    >>> log_name("test2")
    'TEST2_LOG.md'
    """
    return f"{split.upper()}_LOG.md"


def load_test_log(validation_dir: str | Path | None = None, split: str = "test") -> "pd.DataFrame":
    """Every look at a locked split (default ``test``), from its log (:func:`log_name`): one row per scoring.

    Returns
    -------
    pandas.DataFrame
        The columns of the log's table (``date``, ``commit`` and the headline figures, as numbers); no
        rows when the log has none or does not exist yet.

    Examples
    --------
    >>> log = load_test_log()
    >>> list(log.columns[:2]), len(log) >= 1
    (['date', 'commit'], True)
    """
    import pandas as pd

    folder = Path(validation_dir) if validation_dir is not None else paths.VALIDATION
    log = folder / log_name(split)
    text = log.read_text(encoding="utf-8") if log.exists() else ""
    lines = [line.strip() for line in text.splitlines() if line.strip().startswith("|")]
    cells = [[c.strip() for c in line.strip("|").split("|")] for line in lines]
    rows = [row for row in cells[1:] if not all(set(c) <= set("-: ") for c in row)]
    frame = pd.DataFrame(rows, columns=cells[0] if cells else ["date", "commit"], dtype=object)
    for column in frame.columns[2:]:
        frame[column] = pd.to_numeric(frame[column], errors="coerce")
    return frame
