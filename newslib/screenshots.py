"""Screenshots of the notebooks as a student sees them: JupyterLab in headless Chromium.

Starts a local JupyterLab server (no token, loopback only), opens each notebook in a headless Chromium and
saves each notebook as PNG pages. Needs Chromium (``apt-get install chromium`` on Debian/Ubuntu); nothing else
leaves the machine.
"""
from __future__ import annotations

import os
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


#: JupyterLab settings for the screenshots: every cell rendered (not only those in view, so one tall
#: window shows the whole notebook) and no news or update pop-up over the page.
LAB_SETTINGS = {
    "@jupyterlab/notebook-extension/tracker.jupyterlab-settings": '{"windowingMode": "none"}',
    "@jupyterlab/apputils-extension/notification.jupyterlab-settings":
        '{"fetchNews": "false", "checkForUpdates": false}',
}


#: Height in pixels of JupyterLab's status bar, at the foot of the window.
STATUS_BAR = 40


def _settings_dir(folder: Path) -> Path:
    for name, text in LAB_SETTINGS.items():
        target = folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    return folder


def _page_height(nb: Path, width: int) -> int:
    """A window tall enough for the whole notebook, estimated from its lines of text and its images."""
    import json

    cells = json.loads(nb.read_text(encoding="utf-8"))["cells"]
    lines = images = 0
    for cell in cells:
        lines += len(cell["source"]) + 2
        for out in cell.get("outputs", []):
            data = out.get("data", {})
            images += "image/png" in data
            text = out.get("text") or data.get("text/html") or data.get("text/plain") or []
            lines += min(len(text), 80)
    return min(60000, 400 + 22 * lines + 700 * images)


def _split(shot: Path, page: int) -> list[Path]:
    """Cut a tall screenshot into pages of ``page`` pixels, dropping the blank end."""
    from PIL import Image, ImageChops

    with Image.open(shot) as image:
        image = image.convert("RGB")
        # The notebook column (right of the file browser, left of the side bar) ends where its last
        # non-white pixel is; below that the tall window is empty.
        # The status bar at the foot of the window is left out of that search.
        column = image.crop((int(image.width * 0.23), 0, int(image.width * 0.95), image.height - STATUS_BAR))
        box = ImageChops.difference(column, Image.new("RGB", column.size, (255, 255, 255))).getbbox()
        height = min(image.height, box[3] + 20) if box else image.height
        pages = []
        for number, top in enumerate(range(0, height, page), start=1):
            target = shot.with_name(f"{shot.stem}_p{number:02d}.png")
            image.crop((0, top, image.width, min(top + page, height))).save(target)
            pages.append(target)
    shot.unlink()
    return pages


def take_screenshots(outdir: str | Path, width: int = 1400, page: int = 1800,
                     chromium: str | None = None) -> list[Path]:
    """Open every notebook in JupyterLab in headless Chromium and save it as PNG pages.

    Parameters
    ----------
    outdir : path
        Where the PNGs go (``01_corpus_p01.png``, ``01_corpus_p02.png`` ...).
    width : int
        Browser window width in pixels (a laptop screen is about 1400).
    page : int
        Height of each saved page in pixels: the whole notebook is captured in one tall window, then cut.
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
    settings = _profile()
    env = {**os.environ, "JUPYTERLAB_SETTINGS_DIR": str(_settings_dir(Path(settings.__enter__())))}
    server = subprocess.Popen(
        [sys.executable, "-m", "jupyterlab", "--no-browser", "--allow-root", f"--port={port}",
         "--ip=127.0.0.1", "--ServerApp.token=", "--ServerApp.password=",
         "--ServerApp.disable_check_xsrf=True", f"--ServerApp.root_dir={paths.ROOT}"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    shots = []
    try:
        _wait_for(f"http://127.0.0.1:{port}/api")
        for nb in notebooks():
            relative = nb.relative_to(paths.ROOT).as_posix()
            target = outdir / (nb.stem + ".png")
            with _profile() as profile:
                subprocess.run([browser, *CHROMIUM_FLAGS, f"--user-data-dir={profile}",
                                f"--window-size={width},{_page_height(nb, width)}", f"--screenshot={target}",
                                f"http://127.0.0.1:{port}/lab/tree/{relative}?reset"],
                               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
            shots.extend(_split(target, page))
    finally:
        server.terminate()
        server.wait(timeout=30)
        settings.__exit__()
    return shots


class _profile:
    """A fresh, empty browser profile for each page, removed afterwards."""

    def __enter__(self) -> str:
        import tempfile

        self.path = tempfile.mkdtemp(prefix="newslib-chromium-")
        return self.path

    def __exit__(self, *exc) -> None:
        shutil.rmtree(self.path, ignore_errors=True)
