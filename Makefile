# Two commands on a fresh machine with Python 3.11 or newer: `make run` and `make test`.
# The first Python 3.11+ found (python3.11, python3.12, python3.13, then python3); PYTHON=… wins.
PYTHON ?= $(shell for p in python3.11 python3.12 python3.13 python3; do \
	command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
	2>/dev/null && echo $$p && break; done)
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
DEMO_DB ?= $(CURDIR)/demo.sqlite3

.PHONY: run test lint format bench bundle clean

$(STAMP): pyproject.toml
	@test -x $(PY) || test -n "$(PYTHON)" || { echo "Python 3.11 or newer is needed" >&2; exit 1; }
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	scripts/qt_libs.sh  # the system libraries Qt's window needs (installed as root, else named)
	test -f $(DEMO_DB) || $(VENV)/bin/backoffice --db sqlite:///$(DEMO_DB) demo --orders 2000 --seed 1
	$(VENV)/bin/backoffice --db sqlite:///$(DEMO_DB) gui

# The suite runs twice: on SQLite files, then on a throw-away PostgreSQL server (skipped with one
# line when no PostgreSQL server is installed; .ci/run installs one, so CI always covers both).
test: $(STAMP)
	scripts/build_tools.sh  # objdump, for the bundle test (installed as root, else named)
	$(VENV)/bin/ruff check backoffice tests benchmarks
	$(PY) -m pytest -q
	scripts/pg_test_server.sh $(PY) -m pytest -q

# A folder that runs without Python or the venv (PyInstaller): dist/backoffice/backoffice.
bundle: $(STAMP)
	scripts/build_tools.sh
	$(PY) -m pip install --quiet "pyinstaller>=6.10,<7"
	$(PY) -m PyInstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller packaging/backoffice.spec
	@echo "built dist/backoffice/ (start it with dist/backoffice/backoffice)"

lint: $(STAMP)
	$(VENV)/bin/ruff check backoffice tests benchmarks
	$(VENV)/bin/ruff format --check backoffice tests benchmarks

format: $(STAMP)
	$(VENV)/bin/ruff format backoffice tests benchmarks
	$(VENV)/bin/ruff check --fix backoffice tests benchmarks

clean:
	rm -rf $(VENV) demo.sqlite3
