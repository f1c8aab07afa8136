"""How long one paragraph with many reporting clauses takes to attribute (issue 17: under a second).

    python benchmarks/bench_cues.py [--cues N] [--repeats R]

Live blogs and transcripts have long paragraphs with many cues; attribution must stay linear in the
paragraph's length and number of cues. Prints the best CPU time of R runs for each paragraph shape.
"""
from __future__ import annotations

import argparse
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from newslib.articles import Article  # noqa: E402
from newslib.debate import load_registry  # noqa: E402
from newslib.statements import article_statements  # noqa: E402

SHAPES = ("Lansley said it is bad; ", "it is bad, said Lansley; ", "according to Lansley, it is bad; ",
          '"It is bad," Lansley said. ', "Shah said it is bad; ", "it is bad, party sources said; ")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cues", type=int, default=10_000, help="reporting clauses in the paragraph")
    parser.add_argument("--repeats", type=int, default=3, help="runs per shape; the best is kept")
    args = parser.parse_args()
    registry = load_registry()
    when = datetime(2012, 2, 7, tzinfo=timezone.utc)
    article_statements(Article("warm", when, None, "T", ("Lansley said it is bad.",)), registry)
    print(f"{'paragraph shape':<40} {'cues':>7} {'CPU s (best)':>13}")
    for shape in SHAPES:
        article = Article("x", when, None, "T", ((shape * args.cues).strip(),))
        best = float("inf")
        for _ in range(args.repeats):
            start = time.process_time()
            article_statements(article, registry)
            best = min(best, time.process_time() - start)
        print(f"{shape!r:<40} {args.cues:>7} {best:>13.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
