# Two commands do all set-up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test install extract review figures chromium bench evaluate train-ner clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

## run: set up, then extract corpus/ into outputs/
run: $(STAMP)
	$(VENV)/bin/thidua extract corpus -o outputs --format jsonl,csv || [ $$? -eq 1 ]
	$(MAKE) --no-print-directory review figures

## review: static review site outputs/review/index.html; figures: outputs/figures/*.png
review: $(STAMP)
	$(VENV)/bin/thidua review outputs

figures: $(STAMP)
	$(PY) -m pipeline.figures outputs -o outputs/figures

## chromium: Debian's Chromium for the browser test, installed once (skipped when /usr/bin/chromium exists)
chromium:
	@if [ -x /usr/bin/chromium ]; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core) \
	  || echo "warning: could not install chromium; the browser test will be skipped"; \
	else echo "chromium is not installed (needs root and apt-get): the browser test will be skipped"; fi

## test: set up, then run the test suite
test: $(STAMP) chromium
	$(VENV)/bin/pytest -q

## evaluate: the README accuracy tables: corpus/test (held out) and ../shared/devset, thidua beside the baseline
evaluate: $(STAMP)
	$(VENV)/bin/thidua extract corpus/test -o outputs/eval/test --quiet || [ $$? -eq 1 ]
	$(VENV)/bin/thidua evaluate --gold corpus/test --records outputs/eval/test/records.jsonl --baseline
	@if [ -d ../shared/devset ]; then \
	  $(VENV)/bin/thidua extract ../shared/devset -o outputs/eval/devset --quiet || [ $$? -eq 1 ]; \
	  $(VENV)/bin/thidua evaluate --gold ../shared/devset --records outputs/eval/devset/records.jsonl --baseline; \
	else echo "../shared/devset is not beside the repository: devset table skipped"; fi

## bench: documents/second and peak RSS of the pipeline (1 and all workers), the baseline and word_tokenize
bench: $(STAMP)
	$(PY) bench/run.py --docs 600

## train-ner: retrain the optional spaCy NER backend (models/ner; THIDUA_NER=spacy) on corpus/dev gold; FOLDS=5 cross-validates first
FOLDS ?= 0
train-ner: $(STAMP)
	$(PY) -m pipeline.train_ner --out models/ner --seed 0 --folds $(FOLDS)

clean:
	rm -rf outputs
