"""Shared fixtures: the repository's corpus, the shared devset (skipped cleanly when ../shared is absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "corpus"
SHARED = REPO.parent / "shared"
DEVSET = SHARED / "devset"


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    if not any(CORPUS.rglob("*.json")):
        pytest.skip("corpus/ has no gold yet")
    return CORPUS


@pytest.fixture(scope="session")
def devset_dir() -> Path:
    if not DEVSET.is_dir():
        pytest.skip("../shared/devset is not beside the repository")
    return DEVSET


@pytest.fixture(scope="session")
def corpus_records(tmp_path_factory, corpus_dir):
    """Records the pipeline writes for the whole corpus (run once per test session)."""
    import json

    from pipeline.runner import run

    out = tmp_path_factory.mktemp("corpus_out")
    run([corpus_dir], out, workers=1)
    records = [json.loads(line) for line in (out / "records.jsonl").read_text(encoding="utf-8").splitlines()]
    return out, records
