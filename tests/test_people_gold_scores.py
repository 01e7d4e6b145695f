"""people: the people and organizations extractors keep their F1 on the gold sets (issue 4 targets as floors:
people names 0.95, (person, title) pairs 0.90). The held-out corpus/test is not read here."""

from __future__ import annotations

from dataclasses import asdict

import pytest

from pipeline import evaluate
from pipeline.document import build
from pipeline.extract import organizations, people
from pipeline.ingest import iter_inputs, load


def _scores(folder):
    gold = evaluate.load_gold([folder])
    articles = evaluate.gold_articles([folder])
    records = {}
    for raw in iter_inputs(sorted(articles.values())):
        doc = build(load(raw))
        orgs = organizations.extract(doc)
        records[doc.doc_id] = {"doc_id": doc.doc_id, "is_meeting_report": True,
                               "organizations": [asdict(o) for o in orgs],
                               "people": [asdict(p) for p in people.extract(doc, orgs)]}
    return evaluate.score(gold, records).fields


@pytest.mark.parametrize("which", ["dev", "devset"])
@pytest.mark.parametrize("field, floor", [("people", 0.95), ("person_titles", 0.90)])
def test_people_gold_score_stays_above_its_floor(which, field, floor, corpus_dir, request):
    folder = corpus_dir / "dev" if which == "dev" else request.getfixturevalue("devset_dir")
    assert _scores(folder)[field].f1 >= floor
