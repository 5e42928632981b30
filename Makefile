# Factbase: `make run` serves the demo, `make test` runs the whole suite.
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
CHROMIUM ?= $(shell command -v chromium || command -v chromium-browser)
# pytest-xdist workers for make test: one per core (a test file stays on one worker, so a
# module's fixtures are built once); TEST_WORKERS=0 runs everything in this process.
TEST_WORKERS ?= auto

.PHONY: run test test-python test-js check-reliability serve bench clean

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
	CHROMIUM="$(CHROMIUM)" $(PY) -m pytest -n $(TEST_WORKERS) --dist loadfile $(PYTEST_ARGS)

test-js:
	@if command -v node >/dev/null; then node --test tests/js/; \
	else echo "JavaScript unit tests: SKIPPED, no node found"; fi

## check-reliability: the slow checks by outside clients and real faults (tests/reliability/, RELIABILITY.md)
check-reliability: $(VENV)/.installed-dev
	FACTBASE_RELIABILITY=1 $(PY) -m pytest -p no:cacheprovider tests/reliability $(RELIABILITY_ARGS)

## serve: the production configuration on PostgreSQL (gunicorn, pooled connections, DEBUG off) on local http
DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/factbase
SERVE_ENV = DEBUG=0 DATABASE_URL="$(DATABASE_URL)" DATABASE_POOL=$${DATABASE_POOL:-1} \
	SECRET_KEY="$${SECRET_KEY:-$$(cat .secret_key)}" ALLOWED_HOSTS="$${ALLOWED_HOSTS:-127.0.0.1,localhost}" \
	SECURE_SSL_REDIRECT=$${SECURE_SSL_REDIRECT:-0} SESSION_COOKIE_SECURE=$${SESSION_COOKIE_SECURE:-0} \
	CSRF_COOKIE_SECURE=$${CSRF_COOKIE_SECURE:-0}
serve: $(VENV)/.installed
	@test -n "$$SECRET_KEY" || test -s .secret_key || \
		(umask 077 && $(PY) -c 'import secrets; print(secrets.token_urlsafe(50))' > .secret_key)
	@$(PY) -c 'import sys, psycopg; from psycopg.conninfo import conninfo_to_dict, make_conninfo; \
		info = conninfo_to_dict(sys.argv[1]); name = info.pop("dbname"); \
		admin = psycopg.connect(make_conninfo(**info, dbname="postgres"), autocommit=True); \
		admin.execute("select 1 from pg_database where datname = %s", [name]).fetchone() \
		or admin.execute(f"create database \"{name}\"")' "$(DATABASE_URL)"
	$(SERVE_ENV) $(PY) manage.py migrate --noinput
	$(SERVE_ENV) $(PY) manage.py collectstatic --noinput -v 0
	@if $(SERVE_ENV) $(PY) manage.py shell --no-imports -c 'import sys; from factbase.claims.models import Claim; \
		sys.exit(1 if Claim.objects.exists() else 0)'; then $(SERVE_ENV) $(PY) manage.py load_demo; fi
	@echo "Factbase (production configuration) on http://127.0.0.1:$(PORT)/"
	$(SERVE_ENV) BIND=127.0.0.1:$(PORT) $(VENV)/bin/gunicorn -c gunicorn.conf.py factbase.wsgi:application

## bench: the benchmark on N synthetic claims (default 1,000,000) against Datasette and raw SQL; see bench/README.md
N ?= 1000000
bench: $(VENV)/.installed-dev
	$(PY) -m bench --n $(N) $(BENCH_ARGS)

clean:
	rm -rf $(VENV) db.sqlite3 staticfiles .pytest_cache
