"""The command line: ``python -m newslib SUBCOMMAND``.

Every subcommand turns bad input into one line ``error: FILE:LINE: what was expected`` on stderr and exit
status 2, never a traceback; an output it cannot write (a full disk) into one line and status 1; Ctrl-C
into status 130, with no worker process left behind.
"""
from __future__ import annotations

import argparse
import os
import sys
import warnings
from pathlib import Path
from typing import Sequence

from . import paths
from .errors import InputError

FORMATS = ("table", "csv", "json")


def _emit(frame, fmt: str) -> None:
    """Print a DataFrame as an aligned table, CSV or JSON records (dates in ISO 8601)."""
    if fmt == "csv":
        sys.stdout.write(frame.to_csv(index=False, lineterminator="\n"))
    elif fmt == "json":
        try:
            text = frame.to_json(orient="records", force_ascii=False, indent=1)
        except UnicodeEncodeError:               # a file name that is not UTF-8: kept, as \udcXX escapes
            import json

            text = json.dumps(frame.to_dict(orient="records"), ensure_ascii=True, indent=1, default=str)
        sys.stdout.write(text + "\n")
    else:
        import pandas as pd

        # Long cells (quotations, joint speakers) are cut at 60 characters: the table is for reading at a
        # terminal; csv and json keep every character.
        sys.stdout.write(frame.to_string(index=False, max_colwidth=60) + "\n")


def _jobs(text: str) -> int:
    """The value of ``--jobs``: a whole number of at least 1."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of processes, at least 1; found {text!r}")
    return value


def _paths(args: argparse.Namespace) -> list[Path]:
    return [Path(p) for p in args.paths] or [paths.SEEDS]


def cmd_articles(args: argparse.Namespace) -> int:
    """One row per article: id, published, updated, title, paragraphs, words."""
    import pandas as pd

    from .articles import iter_articles

    rows = [{"article_id": a.article_id, "published": a.published.isoformat(),
             "updated": a.updated.isoformat() if a.updated else "", "title": a.title,
             "paragraphs": len(a.paragraphs), "words": a.n_words} for a in iter_articles(_paths(args))]
    _emit(pd.DataFrame(rows, columns=["article_id", "published", "updated", "title", "paragraphs",
                                      "words"]), args.format)
    return 0


def cmd_statements(args: argparse.Namespace) -> int:
    """One row per statement: who says what, in which camp, how, and its stance with the evidence."""
    import csv

    from .pipeline import OUTPUT_COLUMNS, iter_statement_rows

    rows = iter_statement_rows(_paths(args), actors=args.actors, jobs=args.jobs, debate=args.debate)
    if args.format != "csv":
        import pandas as pd

        _emit(pd.DataFrame([r for batch in rows for r in batch], columns=list(OUTPUT_COLUMNS)), args.format)
        return 0
    # CSV streams article by article, so a large corpus is never held in memory.
    writer = csv.DictWriter(sys.stdout, fieldnames=list(OUTPUT_COLUMNS), lineterminator="\n")
    writer.writeheader()
    for batch in rows:
        writer.writerows(batch)
    return 0


def cmd_reproduce(args: argparse.Namespace) -> int:
    """Execute every notebook in order: in place on the seeds, or on your corpus into --out."""
    from .reproduce import reproduce

    reproduce(args.notebooks or None, corpus=args.corpus, debate=args.debate, out=args.out)
    return 0


def cmd_html(args: argparse.Namespace) -> int:
    """Export the executed notebooks and the figure index as a static site."""
    from .site import export_html

    index = export_html(args.outdir)
    print(f"wrote {index}", file=sys.stderr)
    return 0


def cmd_screenshots(args: argparse.Namespace) -> int:
    """Screenshot every notebook in JupyterLab with headless Chromium."""
    from .screenshots import ScreenshotError, take_screenshots

    try:
        shots = take_screenshots(args.outdir, chromium=args.chromium)
    except ScreenshotError as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    for shot in shots:
        print(shot)
    return 0


def cmd_validation_rebuild(args: argparse.Namespace) -> int:
    """Rebuild the development corpus's articles from saved pages, checking every paragraph's hash."""
    from .validation import rebuild

    written = rebuild(args.manifest or paths.VALIDATION / "manifest.json", args.raw_dir, args.out_dir)
    print(f"wrote {len(written)} articles to {args.out_dir}", file=sys.stderr)
    return 0


def cmd_validation_score(args: argparse.Namespace) -> int:
    """Score statements, camps and stance on one split against the hand coding; write the results."""
    from .scoring import score_split, write_results

    scores = score_split(args.split, args.text_dir, args.validation_dir)
    written = write_results(scores, args.validation_dir)
    for key, value in scores.summary.items():
        print(f"{key:>22}  {value:.3f}" if isinstance(value, float) else f"{key:>22}  {value}")
    print(scores.shares.round(2).to_string(index=False))
    for path in written:
        print(f"wrote {path}", file=sys.stderr)
    return 0


def cmd_validation_agreement(args: argparse.Namespace) -> int:
    """Compare the two hand codings: statements found by both, camps, stance; write agreement.csv."""
    from .scoring import coder_agreement, load_coding

    folder = Path(args.validation_dir) if args.validation_dir else paths.VALIDATION
    result = coder_agreement(load_coding(folder / "coding_a.csv"), load_coding(folder / "coding_b.csv"))
    pairs = result.pop("pairs")
    for key, value in result.items():
        print(f"{key:>20}  {value:.3f}" if isinstance(value, float) else f"{key:>20}  {value}")
    pairs.to_csv(folder / "agreement.csv", index=False, lineterminator="\n")
    print(f"wrote {folder / 'agreement.csv'}", file=sys.stderr)
    return 0


def _split_name(value: str) -> str:
    """An argparse type: a split the scoring knows (seeds, tune, test, test2, ...)."""
    from .validation import is_split

    if not is_split(value):
        raise argparse.ArgumentTypeError(f"expected seeds, tune, test or test<N>, found {value!r}")
    return value


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with one subcommand per stage of the pipeline."""
    parser = argparse.ArgumentParser(prog="python -m newslib",
                                     description="Who says what about a bill: the Health and Social Care Bill, "
                                                 "or your own debate (--debate).")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def with_inputs(name: str, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.add_argument("paths", nargs="*", metavar="PATH",
                       help="article .txt files, folders of them, or CSV/JSONL corpus files "
                            "(default: the project's seeds/)")
        p.add_argument("--format", choices=FORMATS, default="table", help="output format (default: table)")
        return p

    with_inputs("articles", "list articles: dates (ISO 8601 with offset), title, paragraphs, words") \
        .set_defaults(func=cmd_articles)
    p = with_inputs("statements", "list every quotation or reported view with its speaker, camp and stance")
    p.add_argument("--debate", metavar="DIR",
                   help="a debate pack folder: camps, actors, descriptors, stance targets and cues "
                        "(default: the packaged Health and Social Care Bill pack)")
    p.add_argument("--actors", metavar="FILE",
                   help="an actor registry CSV used instead of the pack's actors.csv (camps from the pack)")
    p.add_argument("--jobs", type=_jobs, default=1, metavar="N",
                   help="worker processes, one article at a time each (default: 1; no more than the cores "
                        "or the articles need); output is identical")
    p.set_defaults(func=cmd_statements)
    p = sub.add_parser("reproduce", help="run every notebook in order and regenerate figures/ (or on your corpus)",
                       description="Run every notebook in a fresh kernel, in order, and regenerate figures/. "
                                   "With --corpus (and --debate) and --out, run the numbered notebooks on "
                                   "your articles and write the executed notebooks and the figures into "
                                   "--out; the repository's notebooks/ and figures/ are left alone.")
    p.add_argument("notebooks", nargs="*", metavar="NOTEBOOK", help="only these notebooks")
    p.add_argument("--corpus", metavar="PATH", help="your articles: a folder of .txt files or a CSV/JSONL file")
    p.add_argument("--debate", metavar="DIR", help="your debate pack folder (default: the packaged one)")
    p.add_argument("--out", metavar="DIR",
                   help="folder for the executed notebooks (DIR/notebooks) and figures (DIR/figures)")
    p.set_defaults(func=cmd_reproduce)
    p = sub.add_parser("validation", help="the development corpus: rebuild its articles, score the pipeline",
                       description="Rebuild the development corpus from saved pages and score the pipeline "
                                   "against its hand coding (see validation/README.md).")
    vsub = p.add_subparsers(dest="validation_command", required=True, metavar="STEP")
    v = vsub.add_parser("rebuild", help="write the articles from saved page texts, checking paragraph hashes")
    v.add_argument("raw_dir", metavar="RAW_DIR", help="folder of <id>.txt page texts as the search returned them")
    v.add_argument("out_dir", metavar="OUT_DIR", help="folder to write the articles to")
    v.add_argument("--manifest", metavar="FILE", help="default: validation/manifest.json")
    v.set_defaults(func=cmd_validation_rebuild)
    v = vsub.add_parser("score", help="score one split and write validation/results_<split>.csv, RESULTS.md")
    v.add_argument("text_dir", nargs="?", metavar="TEXT_DIR", help="the rebuilt articles (not for --split seeds)")
    v.add_argument("--split", type=_split_name, default="tune", metavar="SPLIT",
                   help="seeds, tune (default), or a batch's locked split, test, test2, ...; scoring a locked "
                        "split is logged in validation/TEST_LOG.md, TEST2_LOG.md, ...")
    v.add_argument("--validation-dir", metavar="DIR", help="default: the repository's validation/")
    v.set_defaults(func=cmd_validation_score)
    v = vsub.add_parser("agreement", help="agreement of the two hand codings; writes validation/agreement.csv")
    v.add_argument("--validation-dir", metavar="DIR", help="default: the repository's validation/")
    v.set_defaults(func=cmd_validation_agreement)
    p = sub.add_parser("html", help="export the executed notebooks and figures as a static site",
                       description="Export the executed notebooks and the figure index as HTML pages.")
    p.add_argument("outdir", metavar="OUTDIR", help="folder to write (index.html is the entry page)")
    p.set_defaults(func=cmd_html)
    p = sub.add_parser("screenshots", help="screenshot every notebook in JupyterLab (needs Chromium)",
                       description="Open every notebook in JupyterLab in headless Chromium and save PNGs.")
    p.add_argument("outdir", metavar="OUTDIR", help="folder for the PNGs")
    p.add_argument("--chromium", metavar="EXE", help="the browser to use (default: chromium on PATH)")
    p.set_defaults(func=cmd_screenshots)
    return parser


def _silence_stdout() -> None:
    """Point stdout at /dev/null, so the interpreter's last flush of a dead pipe or a full disk is quiet."""
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):    # no real file behind stdout (a test's capture)
        pass


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    args = build_parser().parse_args(argv)
    if hasattr(sys.stdout, "reconfigure"):      # a file name that is not UTF-8 goes out as its own bytes
        sys.stdout.reconfigure(errors="surrogateescape")
    with warnings.catch_warnings():
        warnings.simplefilter("default")
        warnings.formatwarning = lambda msg, cat, *a, **k: f"warning: {msg}\n"
        try:
            status = args.func(args)
            sys.stdout.flush()
            return status
        except InputError as err:
            print(f"error: {err}", file=sys.stderr)
            return 2
        except BrokenPipeError:
            _silence_stdout()
            return 0
        except KeyboardInterrupt:
            print("interrupted", file=sys.stderr)
            return 130
        except OSError as err:
            if err.filename is not None:
                print(f"error: {err.filename}:0: expected a readable file ({err.strerror})", file=sys.stderr)
                return 2
            print(f"error: <stdout>: cannot write the output ({err.strerror or err})", file=sys.stderr)
            _silence_stdout()
            return 1
        except Exception as err:  # the reproduce runner's one-line failure
            from .reproduce import NotebookError

            if isinstance(err, NotebookError):
                print(f"error: {err}", file=sys.stderr)
                return 1
            raise


if __name__ == "__main__":
    sys.exit(main())
