# Two commands on a fresh machine with Python 3.11: `make run` and `make test`.
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
DEMO_DB ?= $(CURDIR)/demo.sqlite3

.PHONY: run test lint format bench clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	test -f $(DEMO_DB) || $(VENV)/bin/backoffice --db sqlite:///$(DEMO_DB) demo --orders 2000 --seed 1
	$(VENV)/bin/backoffice --db sqlite:///$(DEMO_DB) gui

# The suite runs twice: on SQLite files, then on a throw-away PostgreSQL server (skipped with one
# line when no PostgreSQL server is installed; .ci/run installs one, so CI always covers both).
test: $(STAMP)
	$(VENV)/bin/ruff check backoffice tests benchmarks
	$(PY) -m pytest -q
	scripts/pg_test_server.sh $(PY) -m pytest -q

lint: $(STAMP)
	$(VENV)/bin/ruff check backoffice tests benchmarks
	$(VENV)/bin/ruff format --check backoffice tests benchmarks

format: $(STAMP)
	$(VENV)/bin/ruff format backoffice tests benchmarks
	$(VENV)/bin/ruff check --fix backoffice tests benchmarks

clean:
	rm -rf $(VENV) demo.sqlite3
