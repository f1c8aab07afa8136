"""newslib: who says what about the Health and Social Care Bill.

A small pipeline for UK news articles: files → :class:`Article` → a DataFrame of articles → a DataFrame
of statements → analyses → figures. Heavy libraries (pandas, scikit-learn, matplotlib, the sentiment
lexicons) are imported inside the functions that need them, so ``import newslib`` stays fast.

Modules, in pipeline order: ``articles`` and ``clean`` (loading), ``concordance`` (KWIC); ``quotes``,
``actors``, ``segmentation``, ``speakers``, ``reported`` and ``statements`` (who says what), ``highlight``
(statements in camp colours); ``stance``, ``stance_lexicon``, ``agreement`` and ``stance_model`` (stance,
and how far to trust it); ``compare`` (TF-IDF and keyness); ``sentences``, ``sentiment`` and ``polarity``;
``explore`` (the explorer of notebook 6); ``debate`` (a debate pack: the camps, actors, descriptors, stance
targets and cues of one policy fight, from ``newslib/debates/`` or a folder of your own); ``plotting``
(palettes, saving figures), ``charts`` (the figures) and ``display`` (readable tables in notebooks);
``validation`` and ``scoring`` (the development corpus and the scores against its hand coding);
``reproduce``, ``site`` and ``screenshots`` (running, publishing and looking at the notebooks); ``pipeline``
(streaming, parallel runs).
"""
from . import (actors, agreement, charts, compare, debate, display, explore, highlight, paths, plotting, polarity,
               scoring, sentences, sentiment, stance, stance_lexicon, stance_model, validation)
from .actors import ActorRegistryError
from .articles import (Article, ArticleFormatError, count_words, iter_articles, load_article, load_corpus,
                       parse_article, parse_dateline)
from .clean import Change, Cleaned, clean_text, restore
from .concordance import kwic
from .debate import Debate, DebateFormatError, hand_coding, load_debate, load_registry, load_stance_lexicon
from .errors import InputError
from .highlight import HighlightError, highlight_article, highlight_paragraph
from .sentiment import LexiconError, explain, score_paragraphs, score_sentences, score_statements
from .stance import add_stance, classify_stance, explain_stance, stance_by_camp
from .stance_lexicon import StanceLexiconError
from .statements import STATEMENT_COLUMNS, compare_with_gold, statements

__version__ = "0.1.0"

__all__ = [
    # loading and cleaning
    "Article", "ArticleFormatError", "Change", "Cleaned", "InputError", "clean_text", "count_words",
    "iter_articles", "load_article", "load_corpus", "parse_article", "parse_dateline", "restore",
    # the debate pack
    "Debate", "DebateFormatError", "load_debate", "hand_coding",
    # reading and attribution
    "kwic", "statements", "compare_with_gold", "STATEMENT_COLUMNS", "load_registry", "ActorRegistryError",
    "highlight_paragraph", "highlight_article", "HighlightError",
    # stance
    "add_stance", "classify_stance", "explain_stance", "stance_by_camp", "load_stance_lexicon",
    "StanceLexiconError",
    # sentiment
    "explain", "score_sentences", "score_paragraphs", "score_statements", "LexiconError",
    # modules
    "actors", "agreement", "charts", "compare", "debate", "display", "explore", "highlight", "paths",
    "plotting", "polarity", "scoring", "sentences", "sentiment", "stance", "stance_lexicon", "stance_model",
    "validation",
]
