"""Safe output: file names from doc ids stay in OUTDIR, CSV cells are formula-safe, no network at run time."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.runner import run
from pipeline.write import safe_filename

GOOD = "Sáng ngày 18/01/2021, tại hội trường UBND huyện đã tổ chức Hội nghị triển khai nhiệm vụ năm 2021.\n"

HOSTILE_IDS = ["../../etc/passwd", "/etc/passwd", "..", ".", "", "a/b", "a\\b", "a\x00b", "x" * 5000, "CON", "nul.txt",
               "com1", "LPT9.log", "aux", " trailing. ", ".hidden", "C:\\Windows\\system32", "~/x", "a:b", "\n",
               "Hội nghị/../../x"]


def _stays_inside(folder: Path, name: str) -> bool:
    target = (folder / name).resolve()
    return target.parent == folder.resolve()


@pytest.mark.parametrize("doc_id", HOSTILE_IDS, ids=lambda s: repr(s[:20]))
def test_robustness_safe_filename_stays_in_its_folder(doc_id, tmp_path):
    name = safe_filename(doc_id)
    assert name and name not in (".", "..") and not name.startswith(".")
    assert "/" not in name and "\\" not in name and "\x00" not in name and ":" not in name
    assert len(name) <= 100
    assert name.split(".")[0].lower() not in {"con", "prn", "aux", "nul", "com1", "lpt9"}
    assert _stays_inside(tmp_path, name)
    (tmp_path / name).write_text("x", encoding="utf-8")  # a real file system accepts it


def test_robustness_safe_filename_keeps_plain_ids_and_separates_lookalikes():
    assert safe_filename("002_324adf26546dc3c7") == "002_324adf26546dc3c7"
    assert safe_filename("a/b") != safe_filename("a_b")
    assert safe_filename("x" * 5000) != safe_filename("x" * 5001)
    assert safe_filename("Hội nghị").startswith("Hoi_nghi-")


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_robustness_safe_filename_of_any_id_is_a_plain_name(doc_id):
    name = safe_filename(doc_id)
    assert name == safe_filename(doc_id)
    assert name and not name.startswith(".") and len(name) <= 100
    assert all(c.isascii() and (c.isalnum() or c in "._-") for c in name)


def test_robustness_csv_cells_from_inputs_are_formula_safe(tmp_path):
    line = {"id": "=cmd|'/c calc'!A1", "title": "=HYPERLINK(\"http://x\",\"click\")", "url": "@SUM(1)", "text": GOOD}
    (tmp_path / "in.jsonl").write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
    run([tmp_path / "in.jsonl"], tmp_path / "out", workers=1)
    with (tmp_path / "out" / "documents.csv").open(encoding="utf-8", newline="") as fh:
        row = next(csv.DictReader(fh))
    assert row["doc_id"].startswith("'=") and row["title"].startswith("'=") and row["url"].startswith("'@")
    record = json.loads((tmp_path / "out" / "records.jsonl").read_text(encoding="utf-8"))
    assert record["doc_id"] == line["id"]  # JSON keeps the value as it is


NO_NETWORK = """
import socket, sys
def refuse(*a, **k):
    raise OSError("network access attempted")
class NoSocket(socket.socket):
    def __init__(self, *a, **k):
        refuse()
socket.socket = NoSocket
socket.create_connection = refuse
socket.getaddrinfo = refuse
from pipeline.cli import main
sys.exit(main(sys.argv[1:]))
"""


def test_robustness_extraction_runs_with_sockets_disabled(tmp_path):
    """A fresh process (models not yet loaded) with every socket refused still extracts records."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "in" / "b.html").write_text(f"<html><body><article><p>{GOOD}</p></article></body></html>",
                                            encoding="utf-8")
    proc = subprocess.run([sys.executable, "-c", NO_NETWORK, "extract", str(tmp_path / "in"), "-o", str(tmp_path / "out"),
                           "--workers", "1", "--quiet"], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    records = (tmp_path / "out" / "records.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(r)["doc_id"] for r in records] == ["a", "b"]
    assert "network access attempted" not in proc.stderr
