# dronewatch: every command the README quotes.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DB ?= dronewatch.db
SAMPLE := sample/seed-article.txt sample/telegram-news.jsonl

.PHONY: help install dev compile demo serve browser test lint typecheck pytest eval floors screenshots bench loadtest lock clean

help:  ## list the targets
	@grep -E '^[a-z-]+:.*##' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip>=24"

$(VENV)/.installed: $(BIN)/python pyproject.toml constraints.txt
	$(BIN)/pip install --quiet -c constraints.txt -e .
	touch $@

$(VENV)/.installed-dev: $(VENV)/.installed
	$(BIN)/pip install --quiet -c constraints.txt -e '.[dev]'
	touch $@

install: $(VENV)/.installed  ## create .venv and install dronewatch with its locked dependencies

dev: $(VENV)/.installed-dev  ## install dronewatch with the test tools

demo: install  ## ingest the bundled sample into $(DB), then serve the dashboard on http://127.0.0.1:8000
	$(BIN)/dronewatch --db $(DB) ingest $(SAMPLE)
	$(BIN)/dronewatch --db $(DB) serve

serve: install  ## serve the dashboard and the REST API over $(DB) on http://127.0.0.1:8000
	$(BIN)/dronewatch --db $(DB) serve

browser:  ## install Debian's chromium for the browser tests (needs root; does nothing when installed)
	bash scripts/install-browser

lint: dev  ## ruff
	$(BIN)/ruff check src tests scripts
	$(BIN)/ruff format --check src tests scripts

typecheck: dev  ## mypy --strict
	$(BIN)/mypy

compile: dev  ## compile the extraction path to C with mypyc, in place (pure Python stays where no C compiler is)
	$(BIN)/python scripts/compile.py

pytest: dev browser compile  ## the test suite, on the compiled extractor (the browser tests drive Debian's chromium)
	$(BIN)/pytest -q

test: lint typecheck pytest  ## ruff, mypy --strict and pytest

screenshots: dev browser  ## redraw the README's screenshots in docs/screenshots/ from the browser tests
	DRONEWATCH_SCREENSHOTS=1 $(BIN)/pytest -q tests/test_browser.py

lock: $(BIN)/python  ## re-resolve constraints.txt from the ranges in pyproject.toml
	rm -rf .lock-venv && $(PYTHON) -m venv .lock-venv && .lock-venv/bin/pip install --quiet --upgrade "pip>=24"
	.lock-venv/bin/pip install --quiet '.[dev]'
	.lock-venv/bin/pip freeze --exclude dronewatch | sort > constraints.txt
	rm -rf .lock-venv

clean:  ## remove the venv, the caches and the compiled extractor
	[ ! -x $(BIN)/python ] || $(BIN)/python scripts/compile.py --clean
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache

eval: install  ## score the extractor on the labelled development set, per field and per language
	$(BIN)/python scripts/evaluate.py

floors: install  ## pin today's scores as the quality gate's floors (refuses to lower one)
	$(BIN)/python scripts/evaluate.py --pin

bench: compile  ## extraction speed and memory on the labelled set repeated to 20,000 documents -> bench/results.json
	$(BIN)/python scripts/bench.py

loadtest: install  ## the dashboard under load on loopback, over 100,000 synthetic claims -> bench/results.json "api"
	$(BIN)/python scripts/loadtest.py
