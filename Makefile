# Factbase: `make run` serves the demo, `make test` runs the whole suite.
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
CHROMIUM ?= $(shell command -v chromium || command -v chromium-browser)

.PHONY: run test test-python test-js serve bench clean

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip

$(VENV)/.installed: requirements.txt | $(VENV)/bin/python
	$(PY) -m pip install -q -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements-dev.txt $(VENV)/.installed
	$(PY) -m pip install -q -r requirements-dev.txt
	touch $@

## run: install, migrate, load the demo data and serve API, admin and front end on SQLite
run: $(VENV)/.installed
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo
	$(PY) manage.py create_demo_superuser
	@echo "Factbase on http://127.0.0.1:$(PORT)/  (admin /admin/, API /api/, API docs /api/docs/)"
	$(PY) manage.py runserver 127.0.0.1:$(PORT)

## test: install what the tests need and run the whole suite (Python, JavaScript, browser)
test: test-python test-js

test-python: $(VENV)/.installed-dev
	@if [ -n "$(CHROMIUM)" ]; then echo "Browser tests: using $(CHROMIUM)"; \
	else echo "Browser tests: SKIPPED, no Chromium found (apt-get install chromium)"; fi
	CHROMIUM="$(CHROMIUM)" $(PY) -m pytest $(PYTEST_ARGS)

test-js:
	@if command -v node >/dev/null; then node --test tests/js/; \
	else echo "JavaScript unit tests: SKIPPED, no node found"; fi

clean:
	rm -rf $(VENV) db.sqlite3 staticfiles .pytest_cache
