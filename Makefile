# Land Release: `make demo` and `make test` are all a newcomer needs (Debian 12/13, as root).
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
OUT := out
VERSION := $(shell sed -n 's/^version=//p' metadata.txt)
QGIS_PROFILE ?= $(HOME)/.local/share/QGIS/QGIS3/profiles/default
TEST_ENV := QT_QPA_PLATFORM=offscreen
PYTEST_ARGS ?=

.PHONY: setup build resources translations update-translations check-translations test lint format demo bench package install qgis clean

setup: $(VENV)/.setup-done

$(VENV)/.setup-done: scripts/setup.sh requirements-dev.txt
	bash scripts/setup.sh
	touch $@

build: setup resources translations

resources: resources.py

resources.py: resources.qrc $(wildcard icons/*.svg)
	pyrcc5 -o $@ $<

# lrelease (qttools5-dev-tools on Debian 12 and 13): Debian's own path first, then the PATH.
LRELEASE ?= $(firstword $(wildcard /usr/lib/qt5/bin/lrelease) $(shell command -v lrelease lrelease-qt5 2>/dev/null))
TS_FILES := $(wildcard i18n/*.ts)

# .qm files from the .ts files (offline; no pylupdate5 needed).
translations: $(TS_FILES:.ts=.qm)

i18n/%.qm: i18n/%.ts
	@[ -n "$(LRELEASE)" ] || { echo "lrelease not found: apt install qttools5-dev-tools" >&2; exit 1; }
	$(LRELEASE) -silent $< -qm $@

# Refresh i18n/*.ts from the code and the .ui files (scripts/i18n.py, an ast extractor: it knows
# the contexts of our tr() wrappers, which pylupdate5 does not); new strings come in unfinished.
update-translations: setup
	$(PY) scripts/i18n.py update

# Untranslated user-facing literals and missing translations (also a test: tests/i18n/).
check-translations: setup
	$(PY) scripts/i18n.py check

lint: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: setup
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

test: build lint
	$(TEST_ENV) LANDRELEASE_TEST_EXIT_EARLY=1 $(VENV)/bin/pytest --ignore=tests/bench $(PYTEST_ARGS)

# Each benchmark file in a process of its own (no case runs in what an earlier one left), the
# rows gathered in out/bench.json and printed as one table at the end.
BENCH_FILES := $(sort $(wildcard tests/bench/test_*.py))

bench: build
	rm -f $(OUT)/bench.json
	for file in $(BENCH_FILES); do \
	  $(TEST_ENV) LANDRELEASE_BENCH_APPEND=1 $(VENV)/bin/pytest $$file -p no:cacheprovider -s $(PYTEST_ARGS); \
	  status=$$?; [ $$status -eq 0 ] || [ $$status -eq 5 ] || exit $$status; \
	done
	$(PY) tests/bench/bench_table.py $(OUT)/bench.json

demo: build
	$(TEST_ENV) $(PY) scripts/demo.py $(OUT)

package: build
	$(PY) scripts/package.py --output $(OUT)/landrelease-$(VERSION).zip

install: package
	mkdir -p "$(QGIS_PROFILE)/python/plugins"
	rm -rf "$(QGIS_PROFILE)/python/plugins/landrelease"
	cd "$(QGIS_PROFILE)/python/plugins" && $(CURDIR)/$(PY) -m zipfile -e "$(CURDIR)/$(OUT)/landrelease-$(VERSION).zip" .
	mkdir -p "$(QGIS_PROFILE)/QGIS"
	$(PY) -c 'import sys; from qgis.PyQt.QtCore import QSettings; s = QSettings(sys.argv[1], QSettings.IniFormat); s.setValue("PythonPlugins/landrelease", True); s.sync()' "$(QGIS_PROFILE)/QGIS/QGIS3.ini"
	@echo "Installed and enabled in $(QGIS_PROFILE)/python/plugins/landrelease"

# QGIS's own Python gets the venv's shapely 2 (Debian 12 has only shapely 1.8).
qgis: install demo
	PYTHONPATH="$$($(PY) -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')" \
	  qgis --noversioncheck $(OUT)/landrelease_demo.qgz

clean:
	rm -rf $(OUT) resources.py i18n/*.qm .pytest_cache
	find . -name __pycache__ -prune -exec rm -rf {} +
