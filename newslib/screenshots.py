"""Screenshots of the notebooks as a student sees them: JupyterLab in headless Chromium.

Starts a local JupyterLab server (no token, loopback only), opens each notebook in a headless Chromium and
saves a PNG per notebook. Needs Chromium (``apt-get install chromium`` on Debian/Ubuntu); nothing else
leaves the machine.
"""
from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from . import paths
from .reproduce import notebooks

__all__ = ["take_screenshots", "ScreenshotError"]

CHROMIUM_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--hide-scrollbars", "--virtual-time-budget=15000")


class ScreenshotError(RuntimeError):
    """Chromium or JupyterLab is missing or did not start."""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_for(url: str, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.5)
    raise ScreenshotError(f"JupyterLab did not answer at {url} within {seconds:.0f} s")


def take_screenshots(outdir: str | Path, size: tuple[int, int] = (1400, 2400),
                     chromium: str | None = None) -> list[Path]:
    """Open every notebook in JupyterLab in headless Chromium and save one PNG each.

    Parameters
    ----------
    outdir : path
        Where the PNGs go (``01_corpus.png`` ...).
    size : (int, int)
        Browser window width and height in pixels; a tall window shows more of each notebook.
    chromium : str, optional
        The browser executable; default the first of chromium, chromium-browser, google-chrome on PATH.

    Returns
    -------
    list of Path
    """
    browser = chromium or next((b for b in ("chromium", "chromium-browser", "google-chrome")
                                if shutil.which(b)), None)
    if browser is None:
        raise ScreenshotError("no Chromium found: install it (apt-get install chromium) or pass --chromium")
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "jupyterlab", "--no-browser", "--allow-root", f"--port={port}",
         "--ip=127.0.0.1", "--ServerApp.token=", "--ServerApp.password=",
         "--ServerApp.disable_check_xsrf=True", f"--ServerApp.root_dir={paths.ROOT}"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shots = []
    try:
        _wait_for(f"http://127.0.0.1:{port}/api")
        for nb in notebooks():
            relative = nb.relative_to(paths.ROOT).as_posix()
            target = outdir / (nb.stem + ".png")
            with _profile() as profile:
                subprocess.run([browser, *CHROMIUM_FLAGS, f"--user-data-dir={profile}",
                                f"--window-size={size[0]},{size[1]}", f"--screenshot={target}",
                                f"http://127.0.0.1:{port}/lab/tree/{relative}?reset"],
                               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
            shots.append(target)
    finally:
        server.terminate()
        server.wait(timeout=30)
    return shots


class _profile:
    """A fresh, empty browser profile for each page, removed afterwards."""

    def __enter__(self) -> str:
        import tempfile

        self.path = tempfile.mkdtemp(prefix="newslib-chromium-")
        return self.path

    def __exit__(self, *exc) -> None:
        shutil.rmtree(self.path, ignore_errors=True)
