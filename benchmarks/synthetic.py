"""Synthetic corpora in the seeds' format, for benchmarks: deterministic from a seed number.

Each article recombines body paragraphs of the seed articles, swaps in other names from a small list,
varies the quote style (straight, curly, single) and the dateline (GMT or BST, with or without an update).
The text is a stress test of the pipeline's speed, not a corpus to analyse.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

from newslib import load_corpus, paths

NAMES = [("Andrew Lansley", "Jane Porter"), ("Andy Burnham", "Tom Walsh"), ("Ed Miliband", "Sara Quinn"),
         ("David Cameron", "Peter Hale"), ("Charles Alessi", "Ruth Marsh")]
QUOTES = [('"', '"'), ("\u201c", "\u201d"), ("\u2018", "\u2019")]


def _restyle(paragraph: str, rng: random.Random) -> str:
    opening, closing = rng.choice(QUOTES)
    out = []
    for i, part in enumerate(paragraph.split('"')):
        out.append(part if i == 0 else (opening if i % 2 else closing) + part)
    text = "".join(out)
    if rng.random() < 0.3:
        old, new = rng.choice(NAMES)
        text = text.replace(old, new)
    return text


def write_corpus(folder: str | Path, n_articles: int, seed: int = 2012) -> Path:
    """Write ``n_articles`` synthetic article files into ``folder`` and return it."""
    rng = random.Random(seed)
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    pool = [p for ps in load_corpus(paths.SEEDS)["paragraphs"] for p in ps]
    start = datetime(2012, 1, 1, 6, 0)
    for i in range(n_articles):
        when = start + timedelta(minutes=rng.randrange(0, 60 * 24 * 300))
        zone = "BST" if 4 <= when.month <= 9 else "GMT"
        dateline = f"{when:%d/%m/%Y %H:%M} {zone}"
        if rng.random() < 0.5:
            dateline += f" | Updated {when + timedelta(hours=rng.randrange(1, 30)):%d/%m/%Y %H:%M} {zone}"
        body = [_restyle(p, rng) for p in rng.sample(pool, rng.randrange(8, 20))]
        text = "\n\n".join([dateline, f"Synthetic article {i}", *body])
        (folder / f"synthetic_{i:05d}.txt").write_text(text, encoding="utf-8")
    return folder
