"""pledges: the extractor alone (no people or organizations passed in) keeps its pledge count accuracy on the gold sets.

Floors are the issue-5 targets; on ../shared/devset the floor is what the extractor reaches on its own (a person
named as a holder needs the people extractor's titles). The held-out corpus/test is not read here.
"""

from __future__ import annotations

from dataclasses import asdict

import pytest

from pipeline import evaluate
from pipeline.document import build
from pipeline.extract import pledges
from pipeline.ingest import iter_inputs, load


def _score(folder):
    gold = evaluate.load_gold([folder])
    articles = evaluate.gold_articles([folder])
    records = {}
    for raw in iter_inputs(sorted(articles.values())):
        doc = build(load(raw))
        records[doc.doc_id] = {"doc_id": doc.doc_id, "pledges": [asdict(x) for x in pledges.extract(doc)]}
    result = evaluate.score(gold, records).fields["pledge_count"]
    return result.value


@pytest.mark.parametrize("which, floor", [("dev", 0.90), ("devset", 0.90)])
def test_pledges_gold_score_stays_above_its_floor(which, floor, corpus_dir, request):
    folder = corpus_dir / "dev" if which == "dev" else request.getfixturevalue("devset_dir")
    assert _score(folder) >= floor
