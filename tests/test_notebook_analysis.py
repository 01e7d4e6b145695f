"""notebooks/analysis.ipynb runs top to bottom on the corpus outputs; pipeline/figures.py computes what it plots."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pandas as pd
import pytest

from pipeline import figures
from pipeline.write import OutputWriter
from review_fakes import record_a, record_b

NOTEBOOK = Path(__file__).resolve().parent.parent / "notebooks" / "analysis.ipynb"


@pytest.fixture
def fake_outputs(tmp_path):
    a, b = record_a("in/a.txt"), record_b("in/more.jsonl:2")
    negative = {**record_b("in/c.txt"), "doc_id": "neg", "is_meeting_report": False, "meeting": None}
    a["organizations"].append({"name": "=Công ty cổ phần X", "type": "enterprise", "mentions": []})
    w = OutputWriter(tmp_path)
    for r in (a, b, negative):
        w.add_record(r)
    w.close()
    return tmp_path


def test_notebook_runs_top_to_bottom_on_corpus_outputs(corpus_records, tmp_path, monkeypatch):
    import nbclient
    import nbformat

    out, records = corpus_records
    monkeypatch.setenv("THIDUA_OUTPUTS", str(out))
    monkeypatch.setenv("PATH", str(Path(sys.executable).parent) + os.pathsep + os.environ.get("PATH", ""))  # venv kernel
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nbclient.NotebookClient(nb, kernel_name="python3", timeout=120,
                            resources={"metadata": {"path": str(tmp_path)}}).execute()
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    images = [o for o in outputs if "image/png" in o.get("data", {})]
    assert len(images) == len(figures.FIGURES)
    printed = "".join(o.get("text", "") for o in outputs if o.output_type == "stream")
    assert f"reading {out}" in printed
    assert f"{len(records)} articles" in printed


def test_notebook_tables_load_with_text_kept_as_text(fake_outputs):
    t = figures.load_tables(fake_outputs)
    docs = t["documents"].set_index("doc_id")
    assert docs.loc["b-2024", "period"] == "2024"  # not the number 2024
    assert docs["is_meeting_report"].tolist() == [True, True, False]
    assert "=Công ty cổ phần X" in set(t["organizations"]["name"])  # the CSV's apostrophe is removed again


def test_notebook_meetings_per_month_and_type_count_reports_only(fake_outputs):
    t = figures.load_tables(fake_outputs)
    per_month = figures.meetings_per_month(t)
    assert len(per_month) == 18  # 2023-02 … 2024-07, months without a report count 0
    assert per_month.set_index("month")["meetings"].to_dict() == {**{m: 0 for m in per_month["month"]},
                                                                  "2023-02": 1, "2024-07": 1}
    by_moy = figures.meetings_per_month_of_year(t).set_index("month")["meetings"]
    assert by_moy[2] == 1 and by_moy[7] == 1 and by_moy.sum() == 2
    assert dict(figures.meetings_per_type(t).values.tolist()) == {"pledge_signing": 1, "midterm_review": 1}


def test_notebook_awards_count_statements_and_recipients(fake_outputs):
    t = figures.load_tables(fake_outputs)
    by_kind = figures.awards_by_recipient(t).set_index("recipient_type")
    # the negative article repeats record b's award: 2 statements of 10 individuals each
    assert by_kind.loc["individual"].tolist() == [2, 20]
    assert by_kind.loc["collective"].tolist() == [1, 1]
    assert figures.awards_by_form(t).iloc[0]["award"] == "Giấy khen"


def test_notebook_active_groups_tell_blocs_from_clusters(fake_outputs):
    g = figures.active_groups(figures.load_tables(fake_outputs)).set_index("group")
    assert g.loc["Khối thi đua các sở ngành", "kind"] == "bloc"
    assert g.loc["Cụm thi đua số 3", "kind"] == "cluster"


def test_notebook_org_pairs_count_reports_naming_both(fake_outputs):
    nodes, edges = figures.org_pairs(figures.load_tables(fake_outputs))
    pairs = {(a, b): n for a, b, n in edges.itertuples(index=False)}
    assert pairs[("Sở Tư pháp", "Sở Xây dựng")] == 1
    assert ("Cụm thi đua số 3", "Liên đoàn Lao động huyện Mai Sơn") in pairs
    assert not any("Sở Tư pháp" in p and "Cụm thi đua số 3" in p for p in pairs)  # never in the same report


def test_notebook_coverage_is_a_share_of_meeting_reports(fake_outputs):
    cov = figures.coverage(figures.load_tables(fake_outputs)).set_index("field")
    assert cov.loc["location", "share"] == 0.5 and cov.loc["people", "share"] == 1.0
    assert cov.loc["pledges", "share"] == 0.5 and cov.loc["any date", "share"] == 1.0
    assert set(cov["reports"]) == {2}


def test_notebook_figures_written_as_png(fake_outputs, tmp_path):
    from matplotlib.image import imread

    paths = figures.write_figures(fake_outputs, tmp_path / "figs")
    assert sorted(p.name for p in paths) == sorted(f"{n}.png" for n in figures.FIGURES)
    for p in paths:
        img = imread(p)
        assert img.shape[0] > 200 and img.shape[1] > 400
        assert img[:, :, :3].std() > 0.05, f"{p.name} is blank"
    assert not [p for p in (tmp_path / "figs").iterdir() if p.name.startswith(".")]


def test_notebook_empty_outputs_give_figures_that_say_no_data(tmp_path):
    OutputWriter(tmp_path).close()
    t = figures.load_tables(tmp_path)
    for name, make in figures.FIGURES.items():
        fig = make(t)
        texts = [x.get_text() for ax in fig.axes for x in ax.texts]
        assert any("no data" in s for s in texts), name


def test_notebook_figures_command_needs_csv_tables(tmp_path, capsys):
    assert figures.main([str(tmp_path)]) == 2
    assert "documents.csv" in capsys.readouterr().err


def test_notebook_org_graph_keeps_the_strongest_pairs():
    from pipeline.write import TABLES

    docs = pd.DataFrame([{"doc_id": d, "is_meeting_report": True} for d in ("r1", "r2", "r3")])
    orgs = pd.DataFrame([{"doc_id": d, "name": n} for d, names in
                         {"r1": ["A", "B", "C"], "r2": ["A", "B"], "r3": ["A", "B", "D"]}.items() for n in names])
    tables = {name: pd.DataFrame(columns=cols) for name, cols in TABLES.items()}
    tables["documents"], tables["organizations"] = docs, orgs
    nodes, edges = figures.org_pairs(tables, top_orgs=3)
    assert edges.iloc[0].tolist() == ["A", "B", 3]
    assert set(nodes["name"]) == {"A", "B", "C"} and len(edges) == 3
