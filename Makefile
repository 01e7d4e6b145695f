# Two commands do all set-up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test install extract review figures bench evaluate clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

## run: set up, then extract corpus/ into outputs/
run: $(STAMP)
	$(VENV)/bin/thidua extract corpus -o outputs --format jsonl,csv || [ $$? -eq 1 ]

## test: set up, then run the test suite
test: $(STAMP)
	$(VENV)/bin/pytest -q

evaluate: $(STAMP)
	$(VENV)/bin/thidua extract corpus/test -o outputs/eval/test --quiet || true
	$(VENV)/bin/thidua evaluate --gold corpus/test --records outputs/eval/test/records.jsonl --baseline

clean:
	rm -rf outputs
