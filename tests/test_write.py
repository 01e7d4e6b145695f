import csv
import json

import pytest

from pipeline.write import OutputWriter, safe_cell

RECORD = {
    "schema_version": "1.0", "doc_id": "a1", "source": {"path": "a1.txt", "url": None, "title": None, "published": None},
    "text_sha256": "0" * 64, "is_meeting_report": True,
    "meeting": {"types": ["pledge_signing", "annual_review"], "title": None, "date": "2021-03-02", "date_precision": "day",
                "time_of_day": None, "location": "=HYPERLINK(\"http://x\")", "host": None, "emulation_group": None,
                "participant_units": 6, "period": None, "evidence": {}},
    "dates": [], "organizations": [], "pledges": [{"index": 1, "text": "-Giữ vững", "start": 0, "end": 9}],
    "people": [{"name": "Nguyễn Văn An", "honorific": "Đồng chí", "mentions": [{"start": 3, "end": 16, "text": "Nguyễn Văn An"}],
                "titles": [{"title": "Giám đốc Sở", "organization": "Sở", "start": 18, "end": 29},
                           {"title": "Bí thư", "organization": None, "start": 31, "end": 37}]}],
    "awards": [], "group_roles": [], "references": [], "warnings": [],
}


@pytest.mark.parametrize("cell, shown", [("=1+1", "'=1+1"), ("+84", "'+84"), ("-Giữ", "'-Giữ"), ("@SUM(A1)", "'@SUM(A1)"),
                                         ("Bình thường", "Bình thường"), (5, 5), (None, None)])
def test_write_neutralizes_formula_like_cells(cell, shown):
    assert safe_cell(cell) == shown


def _write(outdir, records):
    w = OutputWriter(outdir, ("jsonl", "csv"))
    for r in records:
        w.add_record(r)
    w.add_error({"doc_id": "bad", "source": "bad.txt", "error": "empty input"})
    w.close()


def test_write_people_table_has_one_row_per_person_and_title(tmp_path):
    _write(tmp_path, [RECORD])
    rows = list(csv.DictReader((tmp_path / "people.csv").open(encoding="utf-8")))
    assert [r["title"] for r in rows] == ["Giám đốc Sở", "Bí thư"]
    assert {r["name"] for r in rows} == {"Nguyễn Văn An"}


def test_write_csv_cells_are_formula_safe_on_disk(tmp_path):
    _write(tmp_path, [RECORD])
    doc = next(csv.DictReader((tmp_path / "documents.csv").open(encoding="utf-8")))
    assert doc["location"].startswith("'=")
    pledge = next(csv.DictReader((tmp_path / "pledges.csv").open(encoding="utf-8")))
    assert pledge["text"] == "'-Giữ vững"


def test_write_is_byte_identical_on_rerun(tmp_path):
    _write(tmp_path / "one", [RECORD])
    _write(tmp_path / "two", [RECORD])
    for name in ("records.jsonl", "errors.jsonl", "documents.csv", "people.csv"):
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes()


def test_write_nothing_appears_under_final_names_before_close(tmp_path):
    w = OutputWriter(tmp_path, ("jsonl", "csv"))
    w.add_record(RECORD)
    assert not (tmp_path / "records.jsonl").exists()
    w.abort()
    assert list(tmp_path.iterdir()) == []


def test_write_records_jsonl_round_trips(tmp_path):
    _write(tmp_path, [RECORD])
    assert json.loads((tmp_path / "records.jsonl").read_text(encoding="utf-8")) == RECORD
    assert json.loads((tmp_path / "errors.jsonl").read_text(encoding="utf-8"))["error"] == "empty input"
