"""The per-document time limit: a document that runs too long becomes an error line, not a hang."""

from __future__ import annotations

import json
import threading
import time

import pytest

from pipeline import process
from pipeline.ingest import RawInput
from pipeline.process import DocumentTimeout, process_raw, time_limit
from pipeline.runner import run
from pipeline.schema import Source


def _slow_article(article):
    if "chậm" in article.text:
        while True:  # pure Python, forever
            time.sleep(0.01)
    return _real(article)


_real = process.process_article


def _raw(doc_id: str, text: str) -> RawInput:
    return RawInput(doc_id, Source(path=f"{doc_id}.txt"), "text", data=text)


def test_robustness_time_limit_makes_a_slow_document_an_error_line(monkeypatch):
    monkeypatch.setattr(process, "process_article", _slow_article)
    outcome = process_raw(_raw("slow", "Một bài viết rất chậm."), timeout=0.3)
    assert outcome.record is None
    assert outcome.error["doc_id"] == "slow" and "time limit exceeded" in outcome.error["error"]


def test_robustness_time_limit_holds_in_a_worker_thread(monkeypatch):
    """Dask runs tasks in threads, where SIGALRM cannot be used: a watchdog raises in the thread instead."""
    monkeypatch.setattr(process, "process_article", _slow_article)
    box = {}
    thread = threading.Thread(target=lambda: box.setdefault("o", process_raw(_raw("slow", "chậm"), timeout=0.3)))
    thread.start()
    thread.join(30)
    assert not thread.is_alive()
    assert "time limit exceeded" in box["o"].error["error"]


def test_robustness_time_limit_is_cancelled_when_the_document_finishes():
    with time_limit(0.2):
        pass
    time.sleep(0.4)  # no late DocumentTimeout from the finished block


def test_robustness_time_limit_interrupts_a_backtracking_regex():
    import re

    with pytest.raises(DocumentTimeout):
        with time_limit(0.3):
            re.match(r"(a+)+$", "a" * 64 + "b")


def test_robustness_batch_goes_on_after_a_document_over_the_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(process, "process_article", _slow_article)
    lines = [{"id": "a", "text": "Hội nghị tổng kết năm 2021."}, {"id": "b", "text": "Bài chậm."},
             {"id": "c", "text": "Lễ ký kết giao ước thi đua năm 2022."}]
    (tmp_path / "in.jsonl").write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines), encoding="utf-8")
    summary = run([tmp_path / "in.jsonl"], tmp_path / "out", workers=1, timeout=0.3)
    assert (summary.n_records, summary.n_errors) == (2, 1)
    error = json.loads((tmp_path / "out" / "errors.jsonl").read_text(encoding="utf-8"))
    assert error["doc_id"] == "b" and "the limit is 0.3 s" in error["error"]


def test_robustness_article_over_the_size_limit_is_refused_at_once(monkeypatch):
    monkeypatch.setattr(process, "MAX_ARTICLE_CHARS", 1000)
    monkeypatch.setattr(process, "process_article", lambda a: pytest.fail("extraction must not start"))
    outcome = process_raw(_raw("big", "Hội nghị. " * 200))
    assert "article too long to extract: 2,000 characters (the limit is 1,000)" in outcome.error["error"]
