"""Shared by the people and organizations tests: run the extractors on a made-up text, checking every item's
offsets (and every organization's type) on the way."""

from __future__ import annotations

from pipeline.document import build
from pipeline.extract import organizations, people
from pipeline.ingest import Article
from pipeline.labels import ORG_TYPES
from pipeline.schema import Source


def _doc(text: str):
    return build(Article(doc_id="t", text=text, source=Source()))


def extract_orgs(text: str):
    """The organizations of ``text``; each has a known type and mentions that point at their own text."""
    doc = _doc(text)
    found = organizations.extract(doc)
    for o in found:
        assert o.type in ORG_TYPES
        for m in o.mentions:
            assert doc.text[m.start:m.end] == m.text
    return found


def org_names(text: str) -> list[str]:
    return [o.name for o in extract_orgs(text)]


def extract_people(text: str):
    """The people of ``text`` (organizations found first, as the pipeline does); mentions and titles checked."""
    doc = _doc(text)
    found = people.extract(doc, organizations.extract(doc))
    for p in found:
        for m in p.mentions:
            assert doc.text[m.start:m.end] == m.text
        for t in p.titles:
            assert doc.text[t.start:t.end] == t.title
    return found


def person_titles(text: str) -> list[tuple[str, list[str]]]:
    return [(p.name, [t.title for t in p.titles]) for p in extract_people(text)]
