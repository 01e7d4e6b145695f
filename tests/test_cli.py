import json
import subprocess
import sys

from pipeline.cli import main

GOOD = "Sáng ngày 18/01/2021, tại hội trường UBND huyện đã tổ chức Hội nghị triển khai nhiệm vụ năm 2021."


def _mixed_folder(root):
    (root / "a.txt").write_text(GOOD, encoding="utf-8")
    (root / "b.html").write_text(f"<html><body><nav>Menu</nav><article><p>{GOOD}</p></article></body></html>",
                                 encoding="utf-8")
    (root / "c.jsonl").write_text(json.dumps({"id": "c1", "text": GOOD}, ensure_ascii=False) + "\n{broken\n",
                                  encoding="utf-8")
    (root / "d.txt").write_bytes(b"")
    (root / "e.txt").write_bytes(bytes(range(256)) * 4)
    return root


def test_cli_mixed_folder_writes_records_for_good_inputs_and_errors_for_bad(tmp_path):
    (tmp_path / "in_").mkdir()
    inputs = _mixed_folder(tmp_path / "in_")
    out = tmp_path / "out"
    status = main(["extract", str(inputs), "-o", str(out), "--workers", "1", "--quiet"])
    assert status == 1
    records = [json.loads(l) for l in (out / "records.jsonl").read_text(encoding="utf-8").splitlines()]
    errors = [json.loads(l) for l in (out / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["doc_id"] for r in records] == ["a", "b", "c1"]
    assert sorted(e["doc_id"] for e in errors) == ["c-2", "d", "e"]
    assert all(e["error"] and e["source"] for e in errors)


def test_cli_all_good_inputs_exit_zero(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    assert main(["extract", str(tmp_path / "a.txt"), "-o", str(tmp_path / "out"), "--workers", "1", "--quiet"]) == 0


def test_cli_usage_error_exits_two(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "pipeline.cli", "extract", str(tmp_path)], capture_output=True)
    assert proc.returncode == 2
    proc = subprocess.run([sys.executable, "-m", "pipeline.cli", "extract", str(tmp_path), "-o", str(tmp_path / "o"),
                           "--format", "xlsx"], capture_output=True)
    assert proc.returncode == 2
