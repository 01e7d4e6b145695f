"""--resume: a killed run leaves progress (never a truncated final file), and resuming gives the same bytes."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from batch_corpus import output_bytes, write_corpus
from pipeline import runner
from pipeline.process import process_to_json
from pipeline.runner import run
from pipeline.write import PARTIAL_DIR, PARTIAL_LOG, PartialLog

FINALS = ("records.jsonl", "errors.jsonl", "documents.csv")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return write_corpus(tmp_path_factory.mktemp("resume") / "in", 40, seed=11)


@pytest.fixture(scope="module")
def uninterrupted(corpus, tmp_path_factory):
    out = tmp_path_factory.mktemp("full")
    run([corpus], out, workers=1)
    return output_bytes(out)


def _counting(monkeypatch):
    seen: list[str] = []

    def counted(raw, timeout):
        seen.append(raw.doc_id)
        return process_to_json(raw, timeout)

    monkeypatch.setattr(runner, "process_to_json", counted)
    return seen


def test_runner_resume_after_sigkill_gives_the_bytes_of_an_uninterrupted_run(corpus, uninterrupted, tmp_path):
    out = tmp_path / "out"
    log = out / PARTIAL_DIR / PARTIAL_LOG
    cmd = [sys.executable, "-m", "pipeline.cli", "extract", str(corpus), "-o", str(out), "--workers", "2", "--quiet"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        if log.exists() and log.read_bytes().count(b"\n") >= 5:
            break
        time.sleep(0.01)
    assert proc.poll() is None, "the run ended before it could be killed midway"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    done = log.read_bytes().count(b"\n")
    assert 5 <= done < 42
    assert not any((out / name).exists() for name in FINALS)  # nothing under a final name, truncated or not

    summary = run([corpus], out, workers=1, resume=True)  # in this process: its models are loaded already
    assert (summary.n_records, summary.n_errors) == (40, 2)
    assert output_bytes(out) == uninterrupted
    assert not (out / PARTIAL_DIR).exists()
    assert not list(out.glob(".*.tmp-*"))  # the killed run's temporary files are cleared away


def test_runner_resume_processes_only_documents_not_yet_done(corpus, uninterrupted, tmp_path, monkeypatch):
    out = tmp_path / "out"
    seen = _counting(monkeypatch)

    def stop_after_ten(kind, calls=[]):
        calls.append(kind)
        if len(calls) == 10:
            raise KeyboardInterrupt

    monkeypatch.setattr(runner.Progress, "done", lambda self, error: stop_after_ten(error))
    with pytest.raises(KeyboardInterrupt):
        run([corpus], out, workers=1)
    assert not (out / "records.jsonl").exists()
    first = list(seen)
    seen.clear()
    run([corpus], out, workers=1, resume=True)
    assert len(first) == 10 and not set(first) & set(seen)
    assert len(first) + len(seen) == 42
    assert output_bytes(out) == uninterrupted


def test_runner_resume_cuts_a_torn_last_line(corpus, uninterrupted, tmp_path, monkeypatch):
    out = tmp_path / "out"
    log = out / PARTIAL_DIR / PARTIAL_LOG
    seen = _counting(monkeypatch)
    monkeypatch.setattr(runner.PartialLog, "remove", lambda self: self.close())  # keep the log of a full run
    run([corpus], out, workers=1)
    lines = log.read_bytes().splitlines(keepends=True)
    log.write_bytes(b"".join(lines[:7]) + lines[7][: len(lines[7]) // 2])  # killed while writing line 8
    for name in FINALS:
        (out / name).unlink()
    seen.clear()
    run([corpus], out, workers=1, resume=True)
    assert len(seen) == 42 - 7
    assert output_bytes(out) == uninterrupted


def test_runner_resume_after_a_finished_run_processes_only_new_inputs(corpus, uninterrupted, tmp_path, monkeypatch):
    out = tmp_path / "out"
    run([corpus], out, workers=1)
    extra = tmp_path / "new.txt"
    extra.write_text("Sáng ngày 7 tháng 4 năm 2022, Công đoàn ngành tổ chức Hội nghị sơ kết.\n", encoding="utf-8")
    seen = _counting(monkeypatch)
    run([corpus, extra], out, workers=1, resume=True)
    assert seen == ["new"]
    records = (out / "records.jsonl").read_bytes()
    assert records.startswith(uninterrupted["records.jsonl"])
    assert json.loads(records.splitlines()[-1])["doc_id"] == "new"


def test_runner_without_resume_starts_over(corpus, tmp_path, monkeypatch):
    out = tmp_path / "out"
    partial = PartialLog(out)
    partial.append("doc_000", 0, "error", json.dumps({"doc_id": "doc_000", "source": None, "error": "stale"}))
    partial.close()
    seen = _counting(monkeypatch)
    run([corpus], out, workers=1)
    assert "doc_000" in seen
    assert b"stale" not in (out / "errors.jsonl").read_bytes()


def test_runner_resume_keys_duplicated_ids_by_occurrence(tmp_path, monkeypatch):
    text = "Sáng ngày 18/01/2021, Sở tổ chức Hội nghị triển khai nhiệm vụ năm 2021.\n"
    lines = [json.dumps({"id": "same", "text": text}, ensure_ascii=False)] * 3
    (tmp_path / "in.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    full = run([tmp_path / "in.jsonl"], tmp_path / "full", workers=1)
    partial = PartialLog(tmp_path / "out")
    first = process_to_json(next(iter(runner.iter_inputs([tmp_path / "in.jsonl"]))))
    partial.append("same", 0, first[1], first[2])
    partial.close()
    seen = _counting(monkeypatch)
    again = run([tmp_path / "in.jsonl"], tmp_path / "out", workers=1, resume=True)
    assert seen == ["same", "same"]  # the two duplicates, each an error line
    assert (again.n_records, again.n_errors) == (full.n_records, full.n_errors) == (1, 2)
    assert output_bytes(tmp_path / "out") == output_bytes(tmp_path / "full")
