"""The ``spacy`` NER backend: a small spaCy ``ner`` trained on ``corpus/dev`` (:mod:`pipeline.train_ner`).

:func:`ner_spans` is the backend function of :data:`pipeline.ner.BACKENDS`: it runs the model in ``models/ner``
(loaded once per process; ``THIDUA_MODELS`` may point elsewhere) over the content lines of the canonical text and
returns the PER and ORG spans as character offsets of that text. Lines are cut into syllables and punctuation
marks exactly as in training (:func:`line_doc`), so the model sees the same tokens it learned on and every token
keeps its offsets.

``THIDUA_NER_LABELS`` (e.g. ``PER``) keeps only the spans of the labels it names (default: PER and ORG), to
measure the model as a source of people only or of organizations only.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Sequence

from .ner import Spans, content_lines
from .resources import data_path

#: Folder of the trained model, under the models directory.
MODEL_NAME = "ner"
#: Environment variable restricting the labels kept ("PER", "ORG" or "PER,ORG").
LABELS_ENV = "THIDUA_NER_LABELS"
LABELS = ("PER", "ORG")

#: Syllables (letters and digits, with an inner apostrophe) and single punctuation marks: the recognizer's tokens.
TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*|\S")

_model = None
_model_path: Path | None = None


class SyllableTokenizer:
    """spaCy tokenizer: syllables and punctuation marks (:data:`TOKEN`); white space kept, so offsets are exact."""

    def __init__(self, vocab):
        self.vocab = vocab

    def __call__(self, text: str):
        return line_doc(self.vocab, text)

    # nothing to serialize: the rule is the regular expression above
    def to_disk(self, path, **kwargs) -> None:
        pass

    def from_disk(self, path, **kwargs):
        return self

    def to_bytes(self, **kwargs) -> bytes:
        return b""

    def from_bytes(self, data: bytes, **kwargs):
        return self


def _register() -> None:
    from spacy.util import registry

    if "thidua.syllables.v1" not in registry.tokenizers:
        @registry.tokenizers("thidua.syllables.v1")
        def create_tokenizer():
            return lambda nlp: SyllableTokenizer(nlp.vocab)


_register()


def line_doc(vocab, text: str):
    """A Doc of ``text`` cut into :data:`TOKEN` tokens; ``doc.text == text`` and ``token.idx`` are exact."""
    from spacy.tokens import Doc
    from spacy.util import get_words_and_spaces

    words = [m.group() for m in TOKEN.finditer(text)]
    if not words:
        return Doc(vocab, words=[text], spaces=[False]) if text else Doc(vocab, words=[])
    words, spaces = get_words_and_spaces(words, text)
    return Doc(vocab, words=words, spaces=spaces)


def use_model(model) -> None:
    """Make ``model`` (a loaded spaCy pipeline, a model folder, or None for the default) the one the backend runs."""
    global _model, _model_path
    if model is None or isinstance(model, (str, os.PathLike)):
        _model, _model_path = None, Path(model) if model is not None else None
    else:
        _model = model


def model_path() -> Path:
    """The model folder the backend loads (``models/ner`` unless :func:`use_model` named another)."""
    return _model_path or data_path(MODEL_NAME)


def load_model():
    """The trained pipeline, loaded once per process; a clear error when the model folder is missing."""
    global _model
    if _model is None:
        import spacy

        path = model_path()
        if not (path / "config.cfg").is_file():
            raise FileNotFoundError(
                f"the spaCy NER model is missing: {path} has no config.cfg. Train it with `make train-ner` "
                f"(python -m pipeline.train_ner), or unset THIDUA_NER to extract with the rules only.")
        _model = spacy.load(path)
    return _model


def _labels() -> set[str]:
    raw = os.environ.get(LABELS_ENV, "")
    wanted = {x.strip().upper() for x in raw.split(",") if x.strip()}
    return (wanted & set(LABELS)) or set(LABELS)


def ner_spans(text: str, breaks: Sequence[int] = (),
              noise: Sequence[tuple[int, int]] = ()) -> tuple[Spans, Spans]:
    """(people, organizations) character spans the trained model finds in the content lines of ``text``."""
    nlp = load_model()
    keep = _labels()
    lines = list(content_lines(text, breaks, noise))
    docs = (line_doc(nlp.vocab, line) for _, line in lines)
    people: Spans = []
    orgs: Spans = []
    for (offset, _), doc in zip(lines, nlp.pipe(docs, batch_size=64)):
        for ent in doc.ents:
            if ent.label_ not in keep:
                continue
            span = (offset + ent.start_char, offset + ent.end_char)
            (people if ent.label_ == "PER" else orgs).append(span)
    return people, orgs
