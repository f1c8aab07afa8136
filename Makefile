# newslib: run `make help` for the targets. Each target creates .venv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: help figures test lab html screenshots bench clean-venv

help:  ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

$(BIN)/python: requirements.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.txt
	touch $(BIN)/python

figures: $(BIN)/python  ## Set up, then re-run every notebook and regenerate figures/
	$(BIN)/python -m newslib reproduce

test: $(BIN)/python  ## Set up, then run unit tests and nbval over every notebook
	$(BIN)/python -m pytest

lab: $(BIN)/python  ## Set up, then open the notebooks in JupyterLab
	$(BIN)/jupyter lab notebooks/

html: $(BIN)/python  ## Set up, then export the notebooks and figures as a static site in site/
	$(BIN)/python -m newslib html site

screenshots: $(BIN)/python  ## Set up, then screenshot every notebook in JupyterLab into screenshots/ (needs Chromium)
	$(BIN)/python -m newslib screenshots screenshots

bench: $(BIN)/python  ## Set up, then run the speed benchmark and rewrite benchmarks/RESULTS.md
	$(BIN)/python benchmarks/bench_pipeline.py

clean-venv:  ## Remove .venv
	rm -rf $(VENV)
