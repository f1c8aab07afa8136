"""newslib: who says what about the Health and Social Care Bill.

A small pipeline for UK news articles: files → :class:`Article` → a DataFrame of articles → a DataFrame
of statements → analyses → figures. Heavy libraries (pandas, scikit-learn, matplotlib) are imported
inside the functions that need them, so ``import newslib`` stays fast.
"""
from .articles import (Article, ArticleFormatError, count_words, iter_articles, load_article, load_corpus,
                       parse_article, parse_dateline)
from .errors import InputError
from .clean import Change, Cleaned, clean_text, restore
from .concordance import kwic
from .statements import STATEMENT_COLUMNS, compare_with_gold, statements
from .actors import load_registry
from . import paths, plotting

__version__ = "0.1.0"

__all__ = ["Article", "ArticleFormatError", "Change", "Cleaned", "clean_text", "InputError", "iter_articles",
           "load_article", "load_corpus", "parse_article", "parse_dateline", "kwic", "paths", "plotting", "restore", "count_words",
           "statements", "compare_with_gold", "STATEMENT_COLUMNS", "load_registry"]
