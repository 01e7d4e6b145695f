"""Shared by the organizations tests: run the extractor on a made-up text, checking every item on the way."""

from __future__ import annotations

from pipeline.document import build
from pipeline.extract import organizations
from pipeline.ingest import Article
from pipeline.labels import ORG_TYPES
from pipeline.schema import Source


def extract_orgs(text: str):
    """The organizations of ``text``; each has a known type and mentions that point at their own text."""
    doc = build(Article(doc_id="t", text=text, source=Source()))
    found = organizations.extract(doc)
    for o in found:
        assert o.type in ORG_TYPES
        for m in o.mentions:
            assert doc.text[m.start:m.end] == m.text
    return found


def org_names(text: str) -> list[str]:
    return [o.name for o in extract_orgs(text)]
