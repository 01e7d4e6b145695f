"""The gold corpus as tests: one test per (article, field), known misses xfail(strict=True); and the accuracy
floor recorded in tests/accuracy_floor.json (see tests/expectations.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from expectations import DOC_FIELDS, field_value, read_floor, read_misses
from pipeline.evaluate import load_gold, score

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "corpus"
DEVSET = REPO.parent / "shared" / "devset"
GOLD = load_gold([CORPUS / "dev", CORPUS / "test"]) if (CORPUS / "dev").is_dir() else {}
MISSES = read_misses()


def _cases():
    for doc_id in sorted(GOLD):
        fields = DOC_FIELDS if GOLD[doc_id]["is_meeting_report"] else ("is_meeting_report",)
        for f in fields:
            marks = [pytest.mark.xfail(strict=True, reason="known miss (tests/known_misses.tsv)")] \
                if (doc_id, f) in MISSES else []
            yield pytest.param(doc_id, f, marks=marks, id=f"{doc_id}-{f}")


@pytest.fixture(scope="module")
def records(corpus_records):
    return {r["doc_id"]: r for r in corpus_records[1]}


@pytest.mark.parametrize("doc_id, field", list(_cases()))
def test_gold_article_field_matches_the_annotation(doc_id, field, records):
    result = score({doc_id: GOLD[doc_id]}, {doc_id: records[doc_id]}).fields[field]
    assert result.correct == result.total


def test_gold_known_misses_name_real_articles_and_fields():
    for doc_id, f in MISSES:
        assert doc_id in GOLD and f in DOC_FIELDS, (doc_id, f)


def _floor_check(name: str, gold: dict, records: dict):
    floor = read_floor().get(name)
    if not floor:
        pytest.fail(f"no accuracy floor recorded for {name}: run tests/expectations.py")
    fields = score(gold, records).to_dict()["fields"]
    dropped = {f: (round(field_value(fields[f]) or 0.0, 3), v) for f, v in floor.items()
               if (field_value(fields[f]) or 0.0) < v}
    assert not dropped, f"scores below the recorded floor (now, floor): {dropped}"


@pytest.mark.parametrize("split", ["dev", "test"])
def test_gold_corpus_scores_stay_above_the_recorded_floor(split, records):
    split_gold = load_gold([CORPUS / split])
    _floor_check(f"corpus/{split}", split_gold, {d: records[d] for d in split_gold if d in records})


def test_gold_devset_scores_stay_above_the_recorded_floor(tmp_path, devset_dir):
    from pipeline.runner import run

    run([devset_dir], tmp_path, workers=1)
    recs = {r["doc_id"]: r for r in map(json.loads, (tmp_path / "records.jsonl").read_text(encoding="utf-8").splitlines())}
    _floor_check("devset", load_gold([devset_dir]), recs)
