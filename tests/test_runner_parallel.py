"""The local engine: worker processes, input order, bounded streaming, a hard limit on workers, progress."""

from __future__ import annotations

import io
import json
import os
import signal
import time

import pytest

from batch_corpus import output_bytes, write_corpus
from pipeline import runner
from pipeline.ingest import RawInput
from pipeline.process import process_to_json
from pipeline.runner import Progress, pool_outcomes, run
from pipeline.schema import Source


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return write_corpus(tmp_path_factory.mktemp("batch") / "in", 24)


@pytest.fixture(scope="module")
def one_worker(corpus, tmp_path_factory):
    out = tmp_path_factory.mktemp("w1")
    return out, run([corpus], out, workers=1)


def test_runner_two_workers_write_the_same_bytes_as_one(corpus, one_worker, tmp_path):
    out1, summary1 = one_worker
    summary2 = run([corpus], tmp_path / "w2", workers=2)
    assert (summary2.n_records, summary2.n_errors) == (summary1.n_records, summary1.n_errors)
    assert output_bytes(tmp_path / "w2") == output_bytes(out1)
    assert not (tmp_path / "w2" / ".partial").exists()


def test_runner_records_come_out_in_input_order(corpus, one_worker):
    out, _ = one_worker
    ids = [json.loads(line)["doc_id"] for line in (out / "records.jsonl").read_text(encoding="utf-8").splitlines()]
    txt = sorted(p.stem for p in corpus.glob("*.txt") if p.stat().st_size)
    jsonl = [json.loads(line)["id"] for line in (corpus / "mixed.jsonl").read_text(encoding="utf-8").splitlines()
             if line.startswith("{\"")]
    assert ids == txt + jsonl  # files in sorted path order (doc_*.txt < mixed.jsonl), JSONL lines in file order
    assert jsonl != sorted(jsonl)


def test_runner_sends_out_a_bounded_window_of_documents():
    pulled = []

    def tasks():
        for i in range(200):
            pulled.append(i)
            yield RawInput(f"d{i}", Source(path=f"d{i}"), "text", data="Hội nghị.", ordinal=i)

    outcomes = pool_outcomes(tasks(), 2, timeout=30)
    first = next(outcomes)
    assert first[0] == 0
    assert len(pulled) <= runner.WINDOW_PER_WORKER * 2 + 1
    assert [o[0] for o in outcomes] == list(range(1, 200))


def _misbehaving(raw, timeout):
    """Stands in for the extraction in forked workers: one document hangs with SIGALRM blocked, one kills its
    worker, the rest are processed."""
    if raw.doc_id == "hang":
        signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGALRM])
        time.sleep(600)
    if raw.doc_id == "crash":
        os.kill(os.getpid(), signal.SIGKILL)
    return process_to_json(raw, timeout)


def test_runner_worker_that_hangs_or_dies_costs_one_error_line(tmp_path, monkeypatch):
    monkeypatch.setenv("THIDUA_START_METHOD", "fork")  # the workers inherit the stand-in below
    monkeypatch.setattr(runner, "process_to_json", _misbehaving)
    monkeypatch.setattr(runner, "HARD_LIMIT_GRACE", 0.5)
    good = "Sáng ngày 18/01/2021, tại hội trường UBND huyện đã tổ chức Hội nghị triển khai nhiệm vụ năm 2021.\n"
    lines = [{"id": i, "text": good} for i in ("a", "hang", "b", "crash", "c", "d")]
    (tmp_path / "in.jsonl").write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines), encoding="utf-8")
    summary = run([tmp_path / "in.jsonl"], tmp_path / "out", workers=2, timeout=1.0)
    records = [json.loads(x)["doc_id"] for x in (tmp_path / "out" / "records.jsonl").read_text(encoding="utf-8").splitlines()]
    errors = {json.loads(x)["doc_id"]: json.loads(x)["error"]
              for x in (tmp_path / "out" / "errors.jsonl").read_text(encoding="utf-8").splitlines()}
    assert records == ["a", "b", "c", "d"]
    assert "time limit exceeded" in errors["hang"] and "killed" in errors["hang"]
    assert "worker process died" in errors["crash"]
    assert (summary.n_records, summary.n_errors) == (4, 2)


def test_runner_progress_prints_rate_and_errors_when_not_a_terminal(monkeypatch):
    monkeypatch.setattr(runner, "LOG_EVERY", 0.0)
    stream = io.StringIO()
    progress = Progress(quiet=False, stream=stream)
    progress.done(error=False)
    progress.done(error=True)
    progress.close()
    lines = stream.getvalue().splitlines()
    assert lines and all("docs/s" in line for line in lines)
    assert lines[-1].startswith("thidua: 2 documents") and "1 errors so far" in lines[-1]


def test_runner_progress_is_silent_when_quiet(monkeypatch):
    monkeypatch.setattr(runner, "LOG_EVERY", 0.0)
    stream = io.StringIO()
    progress = Progress(quiet=True, stream=stream)
    progress.done(error=True)
    progress.close()
    assert stream.getvalue() == ""


def test_runner_default_workers_is_every_available_core():
    assert runner.default_workers() == len(os.sched_getaffinity(0))


def test_runner_never_reads_its_own_output_folder(tmp_path):
    root = write_corpus(tmp_path / "in", 3, bad=False)
    first = run([root], root / "out", workers=1)
    again = run([root], root / "out", workers=1)  # out/ now holds records.jsonl, a JSONL the walk would find
    assert (first.n_records, first.n_errors) == (again.n_records, again.n_errors) == (3, 0)
