"""Parquet output: the same tables as the CSV files, read back equal with pandas."""

from __future__ import annotations

import pandas as pd
import pyarrow.parquet as pq
import pytest

from pipeline.parquet import write_tables
from pipeline.write import TABLES, OutputWriter
from review_fakes import record_a, record_b


def _write(outdir, records, formats=("jsonl", "csv", "parquet")):
    w = OutputWriter(outdir, formats)
    for r in records:
        w.add_record(r)
    w.close()


def _as_csv_text(df: pd.DataFrame) -> list[list[str]]:
    """Each cell as the csv module writes it: missing → "", numbers and flags by ``str``."""
    return [["" if pd.isna(v) else str(v) for v in row] for row in df.astype(object).itertuples(index=False)]


@pytest.fixture
def both(tmp_path):
    _write(tmp_path, [record_a("in/a.txt"), record_b("in/more.jsonl:2")])
    return tmp_path


@pytest.mark.parametrize("name", list(TABLES))
def test_parquet_table_reads_back_equal_to_csv(both, name):
    csv_df = pd.read_csv(both / f"{name}.csv", dtype=str, keep_default_na=False)
    pq_df = pd.read_parquet(both / f"{name}.parquet", dtype_backend="numpy_nullable")  # ints stay ints
    assert list(pq_df.columns) == list(csv_df.columns) == TABLES[name]
    assert len(pq_df) == len(csv_df) > 0
    assert _as_csv_text(pq_df) == _as_csv_text(csv_df)


def test_parquet_columns_have_fixed_types_even_when_empty(tmp_path):
    write_tables(tmp_path, {})
    people = pq.read_schema(tmp_path / "people.parquet")
    assert people.names == TABLES["people"]
    assert str(people.field("start").type) == "int64"
    assert str(people.field("name").type) == "string"
    docs = pq.read_schema(tmp_path / "documents.parquet")
    assert str(docs.field("is_meeting_report").type) == "bool"


def test_parquet_keeps_formula_like_text_as_is(tmp_path):
    rec = record_b("x.txt")
    rec["pledges"] = [{"index": 1, "text": "=SUM(A1)", "start": 0, "end": 8}]
    _write(tmp_path, [rec])
    assert pd.read_parquet(tmp_path / "pledges.parquet")["text"].tolist() == ["=SUM(A1)"]
    assert pd.read_csv(tmp_path / "pledges.csv")["text"].tolist() == ["'=SUM(A1)"]


def test_parquet_output_is_byte_identical_on_rerun(tmp_path):
    recs = [record_a("in/a.txt"), record_b("in/more.jsonl:2")]
    _write(tmp_path / "one", recs)
    _write(tmp_path / "two", recs)
    for name in TABLES:
        assert (tmp_path / "one" / f"{name}.parquet").read_bytes() == (tmp_path / "two" / f"{name}.parquet").read_bytes()


def test_parquet_leaves_no_temporary_files(both):
    assert not [p.name for p in both.iterdir() if p.name.startswith(".")]


def test_parquet_column_with_unexpected_values_falls_back_to_text(tmp_path):
    write_tables(tmp_path, {"awards": [{"doc_id": "d", "award": "Giấy khen", "count": "nhiều"}]})
    df = pd.read_parquet(tmp_path / "awards.parquet")
    assert df["count"].tolist() == ["nhiều"]


def test_parquet_cli_format_writes_every_table(tmp_path):
    from pipeline.cli import main

    article = tmp_path / "bai.txt"
    article.write_text("Sáng ngày 9/3/2022, Khối thi đua số 4 tổ chức hội nghị ký kết giao ước thi đua năm 2022.\n"
                       "Ông Nguyễn Văn An, Giám đốc Sở Nội vụ, phát biểu chỉ đạo.\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["extract", str(article), "-o", str(out), "--format", "csv,parquet", "--quiet", "--workers", "1"]) == 0
    for name in TABLES:
        csv_df = pd.read_csv(out / f"{name}.csv", dtype=str, keep_default_na=False)
        pq_df = pd.read_parquet(out / f"{name}.parquet", dtype_backend="numpy_nullable")
        assert _as_csv_text(pq_df) == _as_csv_text(csv_df), name
    assert pd.read_parquet(out / "documents.parquet")["doc_id"].tolist() == ["bai"]
