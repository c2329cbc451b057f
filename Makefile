# CoopDesk: two commands set everything up on a fresh Debian machine with Python 3.11.
#   make run   - create .venv, install, start the app on the default store (sample plan loaded)
#   make test  - create .venv, install with the test extra, run the whole test suite
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test lint typecheck format bench screenshots sysdeps clean translations update-translations

$(BIN)/python:
	$(PYTHON) -c 'import sys; sys.exit("CoopDesk needs Python 3.11 or newer") if sys.version_info < (3, 11) else None'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# Translations: the Qt Linguist sources resources/translations/coopdesk_<lang>.ts are
# committed; the compiled .qm files are built here (never committed, see .gitignore)
# and ship in the package. `make update-translations` re-reads the tr() strings of
# coopdesk/ui into the .ts files after code changes (then translate the new entries).
TS_FILES := resources/translations/coopdesk_ru.ts resources/translations/coopdesk_kk.ts
QM_FILES := $(TS_FILES:.ts=.qm)
LUPDATE_SOURCES = $(shell find coopdesk/ui -name '*.py' | LC_ALL=C sort)
LUPDATE_FLAGS := -locations none -tr-function-alias tr+=_tr

translations: $(QM_FILES)

resources/translations/%.qm: resources/translations/%.ts | $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

update-translations: $(STAMP)
	$(BIN)/pyside6-lupdate $(LUPDATE_FLAGS) -no-obsolete $(LUPDATE_SOURCES) -ts $(TS_FILES)

# Qt's wheels need a few shared libraries that a bare Debian lacks.
sysdeps:
	@sh .ci/sysdeps.sh

run: sysdeps $(STAMP) translations
	$(BIN)/coopdesk

test: sysdeps $(STAMP) translations
	$(BIN)/python -m pytest

# Lint = ruff (rules and formatting) + the type checker; .ci/run runs it after the tests.
# mypy comes with the test extra, so $(STAMP) installs everything lint needs.
lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

# mypy alone, with the [tool.mypy] settings of pyproject.toml (strict on domain, store,
# services and cli; normal checking elsewhere). Must report no errors: `lint` runs it too.
typecheck: $(STAMP)
	$(BIN)/mypy

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

bench: sysdeps $(STAMP) translations
	$(BIN)/python tests/perf/run_all.py

screenshots: sysdeps $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python docs/make_screenshots.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .hypothesis .ruff_cache .mypy_cache $(QM_FILES)
