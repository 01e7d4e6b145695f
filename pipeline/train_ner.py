"""Train the ``spacy`` NER backend (:mod:`pipeline.ner_spacy`) on the gold of ``corpus/dev``, and cross-validate it.

``python -m pipeline.train_ner [--out models/ner] [--seed 0] [--folds K]``

Training examples come from ``corpus/dev`` only (never ``corpus/test`` nor the shared devset: they measure).
For each gold article, the canonical text is the one the pipeline reads (:mod:`pipeline.ingest`: an HTML page's
extracted text) and its page chrome is :mod:`pipeline.clean`'s noise regions. ``PER`` spans are every occurrence
of each gold person name, ``ORG`` spans every occurrence of each gold organization string; overlapping
occurrences are resolved longest first. An occurrence inside page chrome is neither an entity nor "outside" (its
tokens are left missing). The examples are the content lines (:func:`pipeline.ner.content_lines`), cut into
syllables and punctuation marks as at run time (:func:`pipeline.ner_spacy.line_doc`); an occurrence that does not
start and end on token boundaries ("An" inside "Anh"), or that runs over a line break, is dropped and counted.

The model is small and CPU-only: a blank ``vi`` pipeline with the syllable tokenizer and one ``ner`` component
whose own tok2vec is a MultiHashEmbed (NORM, PREFIX, SUFFIX, SHAPE) and a MaxoutWindowEncoder of width
:data:`WIDTH`. The seed is fixed, examples are shuffled with it, and the number of epochs is fixed, so the same
corpus gives the same model.

``--folds K`` first cross-validates on ``corpus/dev``: the documents are split into K folds; for each fold a model
is trained on the other folds and the whole pipeline (rules, then rules + that model) extracts the held-out
documents; the held-out records of all folds are scored together against the gold (:mod:`pipeline.evaluate`).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Sequence

from .ner import content_lines
from .resources import REPO_ROOT

DEV = REPO_ROOT / "corpus" / "dev"
#: Width of the token vectors (embedding and encoder).
WIDTH = 64
#: Hash-embedding rows per attribute (NORM, PREFIX, SUFFIX, SHAPE).
ROWS = (3000, 1000, 1000, 500)
EPOCHS = 20
DROPOUT = 0.2
BATCH = 16
LABELS = ("PER", "ORG")


# ------------------------------------------------------------------------------------------ examples

@dataclass
class Counts:
    """What happened to the gold strings and their occurrences while building the examples."""

    names: Counter = field(default_factory=Counter)  # gold strings per label
    not_found: Counter = field(default_factory=Counter)  # gold strings with no occurrence in the text
    occurrences: Counter = field(default_factory=Counter)  # occurrences kept after resolving overlaps
    in_noise: Counter = field(default_factory=Counter)  # inside page chrome: left missing
    off_tokens: Counter = field(default_factory=Counter)  # not on token boundaries: dropped
    across_lines: Counter = field(default_factory=Counter)  # running over a line break / outside content: dropped
    entities: Counter = field(default_factory=Counter)  # entities set on the examples

    def add(self, other: "Counts") -> None:
        for name in vars(self):
            getattr(self, name).update(getattr(other, name))

    def to_dict(self) -> dict[str, dict[str, int]]:
        return {k: dict(sorted(v.items())) for k, v in vars(self).items()}


@dataclass
class GoldDocument:
    doc_id: str
    document: object  # pipeline.document.Document
    gold: dict


def load_documents(folder: Path = DEV) -> list[GoldDocument]:
    """Every gold article of ``folder`` (``<doc_id>.json`` beside its ``.txt``/``.html``), sorted by doc id."""
    from . import document
    from .evaluate import gold_articles, load_gold
    from .ingest import iter_inputs, load

    gold = load_gold([folder])
    paths = gold_articles([folder])
    out: list[GoldDocument] = []
    for doc_id in sorted(gold):
        if doc_id not in paths:
            continue
        raws = list(iter_inputs([paths[doc_id]]))
        article = load(raws[0])
        out.append(GoldDocument(doc_id, document.build(article), gold[doc_id]))
    return out


def _occurrences(text: str, value: str) -> Iterable[tuple[int, int]]:
    """Every occurrence of ``value`` in ``text``, white space matching any run of white space."""
    words = value.split()
    if not words:
        return []
    return [(m.start(), m.end()) for m in re.finditer(r"\s+".join(map(re.escape, words)), text)]


def gold_strings(gold: dict) -> list[tuple[str, str]]:
    """(label, string) of the gold people names and organizations, each once."""
    out: list[tuple[str, str]] = []
    if not gold.get("is_meeting_report"):
        return out
    for p in gold.get("people") or []:
        if p.get("name"):
            out.append(("PER", p["name"].strip()))
    for o in gold.get("organizations") or []:
        if isinstance(o, str) and o.strip():
            out.append(("ORG", o.strip()))
    return list(dict.fromkeys(out))


def gold_spans(text: str, gold: dict, counts: Counts | None = None) -> list[tuple[int, int, str]]:
    """Non-overlapping (start, end, label) occurrences of the gold strings in ``text``, longest first."""
    counts = counts if counts is not None else Counts()
    found: list[tuple[int, int, str]] = []
    for label, value in gold_strings(gold):
        counts.names[label] += 1
        occ = list(_occurrences(text, value))
        if not occ:
            counts.not_found[label] += 1
        found += [(a, b, label) for a, b in occ]
    found.sort(key=lambda s: (s[0] - s[1], s[0], s[2]))
    taken: list[tuple[int, int, str]] = []
    for a, b, label in found:
        if any(a < y and x < b for x, y, _ in taken):
            continue
        taken.append((a, b, label))
        counts.occurrences[label] += 1
    return sorted(taken)


def line_examples(vocab, doc: GoldDocument, counts: Counts | None = None):
    """(offset, gold Doc) of every content line of the document, with its entities (and missing tokens) set."""
    counts = counts if counts is not None else Counts()
    document = doc.document
    text = document.text
    spans = gold_spans(text, doc.gold, counts)
    noise = [(r.start, r.end) for r in document.noise]
    breaks = [s.start for s in document.segments]
    lines = list(content_lines(text, breaks, noise))
    placed: set[tuple[int, int, str]] = set()
    out = []
    from .ner_spacy import line_doc

    for offset, line in lines:
        ldoc = line_doc(vocab, line)
        ents, missing = [], []
        for a, b, label in spans:
            if a < offset or b > offset + len(line):
                continue
            placed.add((a, b, label))
            span = ldoc.char_span(a - offset, b - offset, label=label)
            if document.in_noise(a, b):
                counts.in_noise[label] += 1
                span = ldoc.char_span(a - offset, b - offset, alignment_mode="expand")
                if span is not None:
                    missing.append(span)
                continue
            if span is None:
                counts.off_tokens[label] += 1
                continue
            ents.append(span)
            counts.entities[label] += 1
        ldoc.set_ents(ents, missing=missing, default="outside")
        out.append((offset, ldoc))
    for a, b, label in spans:
        if (a, b, label) not in placed:
            counts.across_lines[label] += 1
    return out


def build_examples(vocab, docs: Sequence[GoldDocument], counts: Counts | None = None):
    """spaCy Examples (predicted: the bare tokens; reference: the gold Doc) of the content lines of ``docs``."""
    from spacy.tokens import Doc
    from spacy.training import Example

    examples = []
    for d in docs:
        for _, ref in line_examples(vocab, d, counts):
            pred = Doc(vocab, words=[t.text for t in ref], spaces=[bool(t.whitespace_) for t in ref])
            examples.append(Example(pred, ref))
    return examples


# ------------------------------------------------------------------------------------------ model

def blank_pipeline():
    """A blank ``vi`` pipeline with the syllable tokenizer and an untrained small ``ner``."""
    import spacy

    from . import ner_spacy  # noqa: F401  (registers the tokenizer)

    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"@tokenizers": "thidua.syllables.v1"}}})
    nlp.add_pipe("ner", config={"model": {
        "@architectures": "spacy.TransitionBasedParser.v2",
        "state_type": "ner",
        "extra_state_tokens": False,
        "hidden_width": WIDTH,
        "maxout_pieces": 2,
        "use_upper": True,
        "nO": None,
        "tok2vec": {
            "@architectures": "spacy.Tok2Vec.v2",
            "embed": {
                "@architectures": "spacy.MultiHashEmbed.v2",
                "width": WIDTH,
                "attrs": ["NORM", "PREFIX", "SUFFIX", "SHAPE"],
                "rows": list(ROWS),
                "include_static_vectors": False,
            },
            "encode": {
                "@architectures": "spacy.MaxoutWindowEncoder.v2",
                "width": WIDTH,
                "depth": 2,
                "window_size": 1,
                "maxout_pieces": 3,
            },
        },
    }})
    return nlp


def train(docs: Sequence[GoldDocument], seed: int = 0, epochs: int = EPOCHS, log=None):
    """A trained pipeline from the gold of ``docs`` (deterministic for a seed); returns (nlp, counts)."""
    from spacy.util import fix_random_seed, minibatch

    fix_random_seed(seed)
    nlp = blank_pipeline()
    counts = Counts()
    examples = build_examples(nlp.vocab, docs, counts)
    optimizer = nlp.initialize(lambda: examples)
    rng = random.Random(seed)
    order = list(range(len(examples)))
    for epoch in range(epochs):
        rng.shuffle(order)
        losses: dict[str, float] = {}
        for batch in minibatch([examples[i] for i in order], size=BATCH):
            nlp.update(batch, drop=DROPOUT, sgd=optimizer, losses=losses)
        if log:
            log(f"  epoch {epoch + 1:2d}/{epochs}  ner loss {losses.get('ner', 0.0):9.2f}")
    return nlp, counts


def entity_scores(nlp, docs: Sequence[GoldDocument]) -> dict[str, float]:
    """spaCy's entity precision/recall/F1 of ``nlp`` on the content lines of ``docs`` (per label too)."""
    from spacy.training import Example

    from .ner_spacy import line_doc

    examples = []
    for d in docs:
        for _, ref in line_examples(nlp.vocab, d):
            examples.append(Example(nlp(line_doc(nlp.vocab, ref.text)), ref))
    from spacy.scorer import Scorer

    sc = Scorer.score_spans(examples, "ents")
    out = {"p": sc["ents_p"], "r": sc["ents_r"], "f": sc["ents_f"]}
    for label, v in (sc.get("ents_per_type") or {}).items():
        out.update({f"{label}_p": v["p"], f"{label}_r": v["r"], f"{label}_f": v["f"]})
    return out


def save(nlp, out: Path, meta: dict) -> None:
    nlp.meta.update({"name": "thidua_ner", "version": "0.1.0", "lang": "vi", **meta})
    nlp.to_disk(out)


# ------------------------------------------------------------------------------------------ cross-validation

VARIANTS = {"rules": None, "rules+ner": "PER,ORG", "rules+ner PER": "PER", "rules+ner ORG": "ORG"}
REPORT_FIELDS = ("people", "person_titles", "organizations", "host", "emulation_group", "awards", "group_roles",
                 "participant_units", "location")


def extract_records(docs: Sequence[GoldDocument], labels: str | None) -> dict[str, dict]:
    """doc_id -> record of the whole pipeline, rules only (``labels`` None) or with the spacy backend."""
    from .extract import extract_record
    from .ner import NER_ENV
    from .ner_spacy import LABELS_ENV

    saved = {k: os.environ.get(k) for k in (NER_ENV, LABELS_ENV)}
    try:
        if labels is None:
            os.environ.pop(NER_ENV, None)
        else:
            os.environ[NER_ENV] = "spacy"
            os.environ[LABELS_ENV] = labels
        out = {}
        for d in docs:
            vars(d.document).pop("_thidua_recognition", None)
            out[d.doc_id] = extract_record(d.document).to_dict()
            vars(d.document).pop("_thidua_recognition", None)
        return out
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def folds_of(docs: Sequence[GoldDocument], k: int, seed: int) -> list[list[GoldDocument]]:
    order = list(docs)
    random.Random(seed).shuffle(order)
    return [order[i::k] for i in range(k)]


def cross_validate(docs: Sequence[GoldDocument], k: int, seed: int = 0, epochs: int = EPOCHS, log=print) -> dict:
    """K-fold scores on ``docs``: the held-out records of every fold scored together, per variant."""
    from . import ner_spacy
    from .evaluate import score

    records: dict[str, dict[str, dict]] = {v: {} for v in VARIANTS}
    ents: list[dict[str, float]] = []
    for i, held in enumerate(folds_of(docs, k, seed)):
        held_ids = {d.doc_id for d in held}
        rest = [d for d in docs if d.doc_id not in held_ids]
        t0 = time.time()
        nlp, _ = train(rest, seed=seed, epochs=epochs)
        ents.append(entity_scores(nlp, held))
        ner_spacy.use_model(nlp)
        try:
            for name, labels in VARIANTS.items():
                records[name].update(extract_records(held, labels))
        finally:
            ner_spacy.use_model(None)
        log(f"fold {i + 1}/{k}: trained on {len(rest)} documents, held out {len(held)} "
            f"(entity F1 {ents[-1]['f']:.3f}; {time.time() - t0:.0f} s)")
    gold = {d.doc_id: d.gold for d in docs}
    scores = {name: score(gold, recs) for name, recs in records.items()}
    table = {name: {f: _prf(s.fields[f]) for f in REPORT_FIELDS} for name, s in scores.items()}
    mean_ents = {key: sum(e.get(key, 0.0) for e in ents) / len(ents) for key in ents[0]}
    return {"folds": k, "documents": len(docs), "fields": table, "entities": mean_ents, "scores": scores}


def _prf(result) -> str:
    """F1 with precision and recall of a list field, or the accuracy of a single-value field."""
    if hasattr(result, "f1"):
        p, r, f = (None if v is None else round(v, 3) for v in (result.precision, result.recall, result.f1))
        return f"{f} (P {p} R {r})"
    v = result.value
    return str(None if v is None else round(v, 3))


def format_cv(cv: dict) -> str:
    names = list(cv["fields"])
    rows = [("field", *names)]
    for f in REPORT_FIELDS:
        rows.append((f, *(cv["fields"][n][f] for n in names)))
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = [f"{cv['folds']}-fold cross-validation on {cv['documents']} corpus/dev documents "
             f"(F1 of list fields, accuracy of single values; held-out records of all folds scored together):"]
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in rows]
    e = cv["entities"]
    lines.append("model alone, mean over folds, on held-out content lines: entities P %.3f R %.3f F %.3f; "
                 "PER F %.3f; ORG F %.3f" % (e["p"], e["r"], e["f"], e.get("PER_f", 0.0), e.get("ORG_f", 0.0)))
    return "\n".join(lines)


# ------------------------------------------------------------------------------------------ command line

def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.train_ner", description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=REPO_ROOT / "models" / "ner", help="model folder to write")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--epochs", type=int, default=EPOCHS)
    parser.add_argument("--folds", type=int, default=0, help="first print a K-fold cross-validation on corpus/dev")
    parser.add_argument("--corpus", type=Path, default=DEV, help=argparse.SUPPRESS)
    parser.add_argument("--no-save", action="store_true", help="cross-validate only; do not train the final model")
    args = parser.parse_args(argv)
    folder = args.corpus.resolve()
    for forbidden in (REPO_ROOT / "corpus" / "test", REPO_ROOT.parent / "shared" / "devset"):
        if folder == forbidden.resolve() or forbidden.resolve() in folder.parents:
            parser.error(f"{folder} is held out for measuring: train on corpus/dev only")
    docs = load_documents(folder)
    if not docs:
        parser.error(f"no gold documents in {folder}")
    print(f"{len(docs)} gold documents in {folder}")
    if args.folds and args.folds > 1:
        cv = cross_validate(docs, args.folds, seed=args.seed, epochs=args.epochs)
        print(format_cv(cv))
    if args.no_save:
        return 0
    t0 = time.time()
    nlp, counts = train(docs, seed=args.seed, epochs=args.epochs, log=print)
    seconds = time.time() - t0
    train_scores = entity_scores(nlp, docs)
    meta = {
        "description": "thidua PER/ORG tagger trained on corpus/dev gold (python -m pipeline.train_ner)",
        "thidua_training": {
            "seed": args.seed, "epochs": args.epochs, "width": WIDTH, "rows": list(ROWS), "dropout": DROPOUT,
            "batch": BATCH, "documents": [d.doc_id for d in docs], "counts": counts.to_dict(),
            "train_entity_scores": {k: round(v, 3) for k, v in train_scores.items()},
            "seconds": round(seconds, 1),
        },
    }
    args.out.mkdir(parents=True, exist_ok=True)
    save(nlp, args.out, meta)
    print(f"trained in {seconds:.0f} s on {len(docs)} documents; counts: {json.dumps(counts.to_dict())}")
    print(f"written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
