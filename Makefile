# Land Release: `make demo` and `make test` are all a newcomer needs (Debian 12/13, as root).
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
OUT := out
VERSION := $(shell sed -n 's/^version=//p' metadata.txt)
QGIS_PROFILE ?= $(HOME)/.local/share/QGIS/QGIS3/profiles/default
TEST_ENV := QT_QPA_PLATFORM=offscreen
PYTEST_ARGS ?=

.PHONY: setup build resources translations test lint format demo bench package install qgis clean

setup: $(VENV)/.setup-done

$(VENV)/.setup-done: scripts/setup.sh requirements-dev.txt
	bash scripts/setup.sh
	touch $@

build: setup resources translations

resources: resources.py

resources.py: resources.qrc $(wildcard icons/*.svg)
	pyrcc5 -o $@ $<

translations:
	@for ts in i18n/*.ts; do [ -e "$$ts" ] || continue; lrelease -silent "$$ts" -qm "$${ts%.ts}.qm"; done

lint: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: setup
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

test: build lint
	$(TEST_ENV) $(VENV)/bin/pytest --ignore=tests/bench $(PYTEST_ARGS)

bench: build
	$(TEST_ENV) $(VENV)/bin/pytest tests/bench -p no:cacheprovider -s $(PYTEST_ARGS)

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
