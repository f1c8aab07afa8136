"""The exceptions newslib raises for bad input: each carries the file and the line."""
from __future__ import annotations

from pathlib import Path

__all__ = ["InputError"]


class InputError(ValueError):
    """Input that newslib cannot use: an article, a corpus file, a registry or a lexicon.

    The message reads ``FILE:LINE: what was expected``; the command line prints it as one line
    ``error: FILE:LINE: ...`` and exits with status 2.

    Attributes
    ----------
    source : str
        The file (or other source) that holds the problem.
    line : int
        The 1-based line of the problem (0 when it concerns the file as a whole).
    expected : str
        What was expected there, in words.
    """

    def __init__(self, source: str | Path, line: int, expected: str):
        self.source, self.line, self.expected = str(source), line, expected
        super().__init__(f"{self.source}:{line}: {expected}")

    def __reduce__(self):
        # Rebuild from the three fields, so the error survives a trip from a worker process.
        return (type(self), (self.source, self.line, self.expected))
