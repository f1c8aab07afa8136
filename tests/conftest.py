"""Shared fixtures: the seeds and a writer for small article files."""
from __future__ import annotations

from pathlib import Path

import pytest

from newslib import paths

SEED_000 = paths.SEEDS / "000_37b9d2e576f7496a.txt"
SEED_002 = paths.SEEDS / "002_1d70d9a55b5ff4c7.txt"


@pytest.fixture
def write(tmp_path: Path):
    """Write bytes or text to a file in a temporary folder and return its path."""
    def _write(content: bytes | str, name: str = "article.txt") -> Path:
        path = tmp_path / name
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
        return path
    return _write
