"""Statistical NER backends: a second source of PERSON and ORG spans beside the rules of :mod:`pipeline.recognize`.

Each backend is a function ``(text, breaks, noise) -> (people, orgs)`` returning character spans of the canonical
text; :data:`BACKENDS` names them. None runs by default: ``THIDUA_NER=<backend>`` (or ``recognize(doc,
ner="<backend>")``) adds one, and the recognizer keeps a span only where the rules found nothing (its
``span._.source`` is then ``"ner"``). Whether a backend earns its place is measured, not assumed (README).

- ``underthesea``: underthesea's shipped CRF tagger (``ner``, ``deep=False``), run line by line on the content
  segments; its words are aligned back to canonical offsets (a word it rewrote is dropped).
- ``spacy``: a spaCy ``ner`` trained on ``corpus/dev`` (:mod:`pipeline.ner_spacy`, model in ``models/ner``).
"""

from __future__ import annotations

import os
import re
from importlib import import_module
from typing import Callable, Iterable, Sequence

Spans = list[tuple[int, int]]
Backend = Callable[[str, Sequence[int], Sequence[tuple[int, int]]], tuple[Spans, Spans]]

#: Environment variable naming the NER backend to add (one of :data:`BACKENDS`; anything else: none).
NER_ENV = "THIDUA_NER"

#: backend name -> "module:function", imported on first use (so an unused backend loads nothing).
BACKENDS: dict[str, str] = {
    "underthesea": "pipeline.ner:underthesea_spans",
    "spacy": "pipeline.ner_spacy:ner_spans",
}


def backend_from_env() -> str | None:
    """The backend ``THIDUA_NER`` names, or None."""
    name = os.environ.get(NER_ENV, "").strip().lower()
    return name if name in BACKENDS else None


def resolve(ner: bool | str | None) -> str | None:
    """A backend name from the ``ner`` argument of the recognizer: None → the environment, True → underthesea."""
    if ner is None:
        return backend_from_env()
    if ner is True:
        return "underthesea"
    if not ner:
        return None
    if ner not in BACKENDS:
        raise ValueError(f"unknown NER backend {ner!r} (known: {', '.join(BACKENDS)})")
    return ner


def ner_spans(backend: str, text: str, breaks: Sequence[int] = (),
              noise: Sequence[tuple[int, int]] = ()) -> tuple[Spans, Spans]:
    """(people, organizations) character spans found by ``backend`` in ``text``."""
    module, func = BACKENDS[backend].split(":")
    return getattr(import_module(module), func)(text, breaks, noise)


def content_lines(text: str, breaks: Iterable[int], noise: Sequence[tuple[int, int]]):
    """(offset, line) of every non-empty line of every segment that is not page chrome."""
    bounds = sorted(set(breaks) | {0}) + [len(text)]
    for a, b in zip(bounds, bounds[1:]):
        chunk = text[a:b]
        if not chunk.strip() or any(x <= a and b <= y for x, y in noise):
            continue
        for line_m in re.finditer(r"[^\n]+", chunk):
            yield a + line_m.start(), line_m.group()


def bio_spans(tags: Sequence[str], spans: Sequence[tuple[int, int] | None]) -> tuple[Spans, Spans]:
    """PER and ORG spans from BIO tags over aligned tokens (a token without a span closes the entity)."""
    people: Spans = []
    orgs: Spans = []
    current: list | None = None

    def close() -> None:
        if current and current[0] in ("PER", "ORG"):
            (people if current[0] == "PER" else orgs).append((current[1], current[2]))

    for tag, sp in zip(tags, spans):
        if sp is None:
            close()
            current = None
            continue
        if tag.startswith("I-") and current and current[0] == tag[2:]:
            current[2] = sp[1]
            continue
        close()
        current = [tag[2:], sp[0], sp[1]] if tag[:2] in ("B-", "I-") else None
    close()
    return people, orgs


def underthesea_spans(text: str, breaks: Sequence[int] = (),
                      noise: Sequence[tuple[int, int]] = ()) -> tuple[Spans, Spans]:
    """underthesea's CRF NER (``deep=False``) over the content lines of ``text``."""
    from underthesea import ner

    from .segment import align

    people: Spans = []
    orgs: Spans = []
    for offset, line in content_lines(text, breaks, noise):
        if len(line.split()) < 2:
            continue
        tokens = ner(line)
        spans = align([t[0] for t in tokens], line, offset)
        if len(spans) != len(tokens):
            spans = _align_each([t[0] for t in tokens], line, offset)
        p, o = bio_spans([t[-1] for t in tokens], spans)
        people += p
        orgs += o
    return people, orgs


def _align_each(words: Sequence[str], line: str, offset: int) -> list[tuple[int, int] | None]:
    """Each word's span, searched in order; None for a word that is not in the line as written."""
    out: list[tuple[int, int] | None] = []
    pos = 0
    for w in words:
        idx = line.find(w, pos)
        if idx < 0:
            out.append(None)
            continue
        out.append((offset + idx, offset + idx + len(w)))
        pos = idx + len(w)
    return out
