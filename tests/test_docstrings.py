"""Every Examples section in newslib's docstrings runs and prints what it says."""
import doctest
import importlib
import pkgutil

import pytest

import newslib

MODULES = sorted(m.name for m in pkgutil.iter_modules(newslib.__path__, "newslib.") if m.name != "newslib.__main__")


@pytest.mark.parametrize("name", MODULES)
def test_examples_in_docstrings_run(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE, verbose=False)
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples failed in {name}"
