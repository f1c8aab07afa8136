"""VADER's score of a text, word by word, with the name of every rule that changed a word's valence.

The numbers come from ``vaderSentiment`` itself: each word's valence from
``SentimentIntensityAnalyzer.sentiment_valence``, the "but" rule from ``_but_check`` and the "!"/"?" boost
from ``_punctuation_emphasis``. Only two short pieces of ``polarity_scores`` (vaderSentiment 3.3.2) are
repeated here because they are not separate methods: the emoji replacement and the loop that skips
booster words. The rule *names* are worked out beside the numbers by the same conditions VADER tests
(:func:`_rules`); they label, they never compute. ``tests/test_sentiment.py`` checks, on hand-written and
generated text, that the rows add up to ``polarity_scores`` and that every changed value is labelled.
"""
from __future__ import annotations

from typing import Any

__all__ = ["explain_rows"]

NAN = float("nan")


def _without_emojis(text: str, emojis: dict[str, str]) -> str:
    # As the first loop of SentimentIntensityAnalyzer.polarity_scores: emojis become their descriptions.
    out, prev_space = [], True
    for char in text:
        if char in emojis:
            if not prev_space:
                out.append(" ")
            out.append(emojis[char])
            prev_space = False
        else:
            out.append(char)
            prev_space = char == " "
    return "".join(out).strip()


def _special_cases(lw: list[str], i: int) -> list[str]:
    """Names for what ``_special_idioms_check`` looks at around word ``i`` (same n-grams)."""
    from vaderSentiment.vaderSentiment import BOOSTER_DICT, SPECIAL_CASES

    def gram(*offsets: int) -> str:
        return " ".join(lw[i + k] for k in offsets)

    rules = []
    behind = [gram(-1, 0), gram(-2, -1, 0), gram(-2, -1), gram(-3, -2, -1), gram(-3, -2)]
    ahead = ([gram(0, 1)] if len(lw) - 1 > i else []) + ([gram(0, 1, 2)] if len(lw) - 1 > i + 1 else [])
    for seq in behind + ahead:
        if seq in SPECIAL_CASES:
            rules.append(f"special case '{seq}'")
    for seq in (gram(-3, -2, -1), gram(-3, -2), gram(-2, -1)):
        if seq in BOOSTER_DICT:
            rules.append(f"{'booster' if BOOSTER_DICT[seq] > 0 else 'dampener'} '{seq}'")
    return rules


def _rules(lexicon: dict[str, float], words: list[str], i: int, is_cap_diff: bool) -> list[str]:
    """The rules ``sentiment_valence`` applies to lexicon word ``i``, by the conditions it tests."""
    from vaderSentiment.vaderSentiment import BOOSTER_DICT, negated

    lw = [w.lower() for w in words]
    rules = []
    if lw[i] == "no" and i != len(words) - 1 and lw[i + 1] in lexicon:
        rules.append("'no' negates the next word, not scored")
    if (i > 0 and lw[i - 1] == "no") or (i > 1 and lw[i - 2] == "no") or \
            (i > 2 and lw[i - 3] == "no" and lw[i - 1] in ("or", "nor")):
        rules.append("negation 'no'")
    if words[i].isupper() and is_cap_diff:
        rules.append("caps emphasis")
    for back in range(3):
        if not (i > back and lw[i - back - 1] not in lexicon):
            continue
        prev = words[i - back - 1]
        if lw[i - back - 1] in BOOSTER_DICT:
            kind = "booster" if BOOSTER_DICT[lw[i - back - 1]] > 0 else "dampener"
            rules.append(f"{kind} '{prev}'" + (" in caps" if prev.isupper() and is_cap_diff else ""))
        if back == 0 and negated([lw[i - 1]]):
            rules.append(f"negation '{prev}'")
        elif back == 1:
            if lw[i - 2] == "never" and lw[i - 1] in ("so", "this"):
                rules.append("'never so/this' emphasis")
            elif not (lw[i - 2] == "without" and lw[i - 1] == "doubt") and negated([lw[i - 2]]):
                rules.append(f"negation '{prev}'")
        elif back == 2:
            if (lw[i - 3] == "never" and lw[i - 2] in ("so", "this")) or lw[i - 1] in ("so", "this"):
                rules.append("'so/this' emphasis")
            elif not (lw[i - 3] == "without" and "doubt" in (lw[i - 2], lw[i - 1])) and negated([lw[i - 3]]):
                rules.append(f"negation '{prev}'")
            rules.extend(_special_cases(lw, i))
    if i > 1 and lw[i - 1] not in lexicon and lw[i - 1] == "least":
        if lw[i - 2] not in ("at", "very"):
            rules.append("negation 'least'")
    elif i > 0 and lw[i - 1] not in lexicon and lw[i - 1] == "least":
        rules.append("negation 'least'")
    return rules


def explain_rows(text: str, analyzer: Any, full_lexicon: dict[str, float], neutral: frozenset[str]
                 ) -> tuple[list[tuple], float]:
    """Rows ``(position, token, lexicon_value, adjusted_value, rule)`` and VADER's compound for ``text``."""
    from vaderSentiment.vaderSentiment import BOOSTER_DICT, SentiText

    processed = _without_emojis(text, analyzer.emojis)
    senti = SentiText(processed)
    words = senti.words_and_emoticons
    lexicon = analyzer.lexicon
    sentiments: list[float] = []
    notes: list[list[str]] = []
    # The loop of polarity_scores: booster words and the "kind" of "kind of" score 0 and are skipped.
    for i, item in enumerate(words):
        lower = item.lower()
        if lower in BOOSTER_DICT:
            sentiments.append(0)
            notes.append(["booster word, not scored"])
            continue
        if i < len(words) - 1 and lower == "kind" and words[i + 1].lower() == "of":
            sentiments.append(0)
            notes.append(["'kind of' dampener, not scored"])
            continue
        sentiments = analyzer.sentiment_valence(0, senti, item, i, sentiments)
        notes.append(_rules(lexicon, words, i, senti.is_cap_diff) if lower in lexicon else [])
    adjusted = analyzer._but_check(words, list(sentiments))
    rows = []
    for i, (item, before, after) in enumerate(zip(words, sentiments, adjusted)):
        lower = item.lower()
        rules = list(notes[i])
        if lower in lexicon:
            value = lexicon[lower]
        elif lower in neutral and lower in full_lexicon:
            value, rules = full_lexicon[lower], ["neutralised"]
        else:
            continue
        if before != after:
            rules.append(f"contrast 'but' (x{after / before:g})")
        rows.append((i, item, value, float(after), "; ".join(rules)))
    total = float(sum(adjusted))
    boost = analyzer._punctuation_emphasis(processed)
    if boost and total:
        marks = "".join(c for c in processed if c in "!?")
        rows.append((len(words), marks, NAN, boost if total > 0 else -boost, "punctuation emphasis"))
    return rows, analyzer.polarity_scores(text)["compound"]
