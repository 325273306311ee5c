# khabar: two commands on a fresh machine.
#   make demo   creates .venv, installs pinned dependencies, writes brief.html + brief.json from examples/
#   make test   the same install, then the test suite (what CI runs)
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.khabar-installed

.PHONY: install demo test test-fast lint bench clean lock system-deps

$(STAMP): pyproject.toml requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	rm -f demo.db
	$(BIN)/khabar brief examples/ --db demo.db -o brief.html --json brief.json
	@echo "Open the brief: file://$(CURDIR)/brief.html  (JSON result: $(CURDIR)/brief.json)"

# Browser tests drive Debian's chromium through Playwright (never `playwright install`).
system-deps:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
	      chromium fonts-noto-core fonts-dejavu-core >/dev/null; \
	  else echo "chromium not found: browser tests will be skipped (sudo apt-get install chromium)"; fi; }

test: $(STAMP) system-deps
	$(BIN)/ruff check khabar tests bench
	$(BIN)/python -m pytest -q -n 2 --dist loadgroup

test-fast: $(STAMP)
	$(BIN)/python -m pytest -q -x -m "not slow"

bench: $(STAMP)
	$(BIN)/python bench/ingest.py
	$(BIN)/python bench/pubdate.py

lock:
	$(BIN)/python -m pip freeze --all --exclude-editable | grep -v -E '^(khabar|pip)==' > requirements.lock

clean:
	rm -rf $(VENV) brief.html brief.json demo.db khabar.db .pytest_cache
