# Two commands on a fresh machine: `make demo` and `make test` (see README.md).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
CHROMIUM := /usr/bin/chromium
LABEXT := share/jupyter/labextensions/jupyter-st
# an editable install does not copy data files: point Jupyter at the repo's templates
export JUPYTER_PATH := $(CURDIR)/share/jupyter

.PHONY: install install-test demo test lint format conformance bench clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

install: $(PY) $(LABEXT)/package.json ## idempotent: the package and its runtime dependencies
	$(PY) -m pip install --quiet -e .

install-test: $(PY) $(CHROMIUM) $(LABEXT)/package.json
	$(PY) -m pip install --quiet -e ".[test]"

# the federated JupyterLab extension (our widget views), rebuilt when its sources change;
# @jupyter/builder ships no `jupyter-builder` binary on npm: `npm run build` runs tsc and its
# build-labextension.js against the JupyterLab core metadata in node_modules (no network)
$(LABEXT)/package.json: labextension/package.json labextension/package-lock.json labextension/tsconfig.json labextension/src/*.ts labextension/style/*.css
	cd labextension && npm ci --no-audit --no-fund && npm run build || { rm -f ../$@; exit 1; }

$(CHROMIUM):
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium

demo: install ## the hello app, served by Voila (opens a browser where there is one)
	$(VENV)/bin/jupyter-st hello

lint: install-test
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: install-test
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

conformance: install-test
	$(PY) ../shared/conformance/run.py --impl jupyter_st

test: install-test lint
	$(PY) -m pytest -q

bench: install-test
	$(PY) benchmarks/rerun.py

clean:
	rm -rf $(VENV) build *.egg-info labextension/node_modules labextension/lib $(LABEXT)
