"""The package configuration ships every folder of newslib, so installing prints no setuptools warning."""
import tomllib
from pathlib import Path

from setuptools import find_namespace_packages

ROOT = Path(__file__).resolve().parents[1]


def test_every_folder_of_newslib_is_a_package_setuptools_ships():
    # The bug: packages = ["newslib"] left newslib/data out, and every install printed ~45 lines of
    # "Package 'newslib.data' is absent from the `packages` configuration".
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    shipped = set(find_namespace_packages(where=str(ROOT), include=config["packages"]["find"]["include"]))
    folders = {".".join(p.relative_to(ROOT).parts) for p in (ROOT / "newslib").rglob("*")
               if p.is_dir() and p.name != "__pycache__" and any(f.is_file() for f in p.iterdir())}
    assert folders | {"newslib"} <= shipped


def test_data_files_are_package_data():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    patterns = config["package-data"]["*"]
    suffixes = {p.suffix for p in (ROOT / "newslib" / "data").iterdir() if p.is_file()}
    assert {f"*{s}" for s in suffixes} <= set(patterns)


def test_editable_install_uses_a_plain_path_entry():
    # With the project folder as the package root setuptools writes a .pth entry, and prints no
    # "Editable installation ... Please be careful with folders" notice as its import finder does.
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    assert config["package-dir"] == {"": "."}
