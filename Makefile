# CoopDesk: two commands set everything up on a fresh Debian machine with Python 3.11.
#   make run   - create .venv, install, start the app on the default store (sample plan loaded)
#   make test  - create .venv, install with the test extra, run the whole test suite
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test lint typecheck format bench screenshots sysdeps clean

$(BIN)/python:
	$(PYTHON) -c 'import sys; sys.exit("CoopDesk needs Python 3.11 or newer") if sys.version_info < (3, 11) else None'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# Qt's wheels need a few shared libraries that a bare Debian lacks.
sysdeps:
	@sh .ci/sysdeps.sh

run: sysdeps $(STAMP)
	$(BIN)/coopdesk

test: sysdeps $(STAMP)
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# mypy with the [tool.mypy] settings of pyproject.toml (strict on domain, store,
# services and cli). Not yet part of `lint` and .ci/run: it joins them once it is clean.
typecheck: $(STAMP)
	$(BIN)/mypy

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

bench: sysdeps $(STAMP)
	$(BIN)/python tests/perf/run_all.py

screenshots: sysdeps $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python docs/make_screenshots.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .hypothesis .ruff_cache
