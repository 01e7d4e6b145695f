"""The scorer on hand-made gold/record pairs (no corpus text)."""

from __future__ import annotations

import argparse
import copy
import json

import pytest

from pipeline import evaluate
from pipeline.evaluate import normalize, parse_reference, score, similarity
from pipeline.labels import MEETING_TYPES

GOLD_MEETING = {
    "doc_id": "m1",
    "is_meeting_report": True,
    "meeting_types": ["annual_review", "pledge_signing"],
    "meeting_date": "2023-12-05",
    "time_of_day": "morning",
    "location": "Nhà văn hóa xã Tân Phong",
    "host": "Ủy ban nhân dân xã Tân Phong",
    "emulation_group": "Cụm thi đua số 3 các xã miền núi",
    "participant_units": 5,
    "people": [
        {"name": "Trần Văn Hoà", "titles": ["Chủ tịch Ủy ban nhân dân xã Tân Phong"]},
        {"name": "Lê Thị Mai", "titles": []},
    ],
    "organizations": ["Ủy ban nhân dân xã Tân Phong", "Cụm thi đua số 3 các xã miền núi", "Hội Nông dân xã"],
    "pledge_count": 2,
    "awards": [{"award": "Giấy khen", "recipient": "4 tập thể", "recipient_type": "collective", "count": 4}],
    "group_roles": [{"role": "Cụm trưởng", "holder": "Ủy ban nhân dân xã Tân Phong"}],
    "references": ["Kế hoạch số 12-KH/UBND"],
}

GOLD_NEGATIVE = {
    "doc_id": "n1", "is_meeting_report": False, "meeting_types": [], "meeting_date": None, "time_of_day": None,
    "location": None, "host": None, "emulation_group": None, "participant_units": None, "people": [],
    "organizations": [], "pledge_count": None, "awards": [], "group_roles": [], "references": [],
}


def record_from_gold(g: dict) -> dict:
    """The record a perfect pipeline would write for a gold annotation."""
    meeting = None
    if g["is_meeting_report"]:
        meeting = {"types": list(g["meeting_types"]), "date": g["meeting_date"], "time_of_day": g["time_of_day"],
                   "location": g["location"], "host": g["host"], "emulation_group": g["emulation_group"],
                   "participant_units": g["participant_units"]}
    return {
        "doc_id": g["doc_id"], "is_meeting_report": g["is_meeting_report"], "meeting": meeting,
        "people": [{"name": p["name"], "titles": [{"title": t, "organization": None} for t in p["titles"]]}
                   for p in g["people"]],
        "organizations": [{"name": o} for o in g["organizations"]],
        "pledges": [{"index": i + 1, "text": "…"} for i in range(g["pledge_count"] or 0)],
        "awards": [dict(a) for a in g["awards"]],
        "group_roles": [dict(r) for r in g["group_roles"]],
        "references": [{"kind": "Kế hoạch", "number": "12-KH/UBND", "text": r} for r in g["references"]],
    }


GOLD = {"m1": GOLD_MEETING, "n1": GOLD_NEGATIVE}
PRF_FIELDS = [k for k, _ in evaluate.FIELDS if isinstance(score(GOLD, {}).fields[k], evaluate.PRF)]


def test_evaluate_perfect_records_score_one_everywhere():
    s = score(GOLD, {d: record_from_gold(g) for d, g in GOLD.items()})
    for key, result in s.fields.items():
        if isinstance(result, evaluate.Accuracy):
            assert result.value == 1.0, key
        elif result.gold:  # labels absent from both gold and record have nothing to score
            assert (result.precision, result.recall, result.f1) == (1.0, 1.0, 1.0), key
    assert s.fields["meeting_type:other"].f1 is None


@pytest.mark.parametrize("key", [k for k in PRF_FIELDS if not k.startswith("meeting_type:")
                                 or k.split(":")[1] in GOLD_MEETING["meeting_types"]])
def test_evaluate_empty_records_score_zero_recall(key):
    empty = {d: {"doc_id": d, "is_meeting_report": False, "meeting": None} for d in GOLD}
    result = score(GOLD, empty).fields[key]
    assert result.recall == 0.0 and result.f1 == 0.0 and result.precision is None


def test_evaluate_partial_people_exact_prf():
    gold = {"m1": {**GOLD_MEETING, "people": [{"name": n, "titles": []} for n in
                                               ("Nguyễn Văn An", "Phạm Thị Bình", "Đỗ Quang Cường")]}}
    rec = record_from_gold(gold["m1"])
    rec["people"] = [{"name": n, "titles": []} for n in ("Nguyễn Văn An", "Phạm Thị Bình", "Hoàng Minh Dũng",
                                                         "Vũ Đức Em", "Phạm Thị Bình")]
    result = score(gold, {"m1": rec}).fields["people"]
    assert (result.tp, result.predicted, result.gold) == (2, 5, 3)
    assert result.precision == pytest.approx(2 / 5)
    assert result.recall == pytest.approx(2 / 3)
    assert result.f1 == pytest.approx(2 * (2 / 5) * (2 / 3) / (2 / 5 + 2 / 3))


def test_evaluate_prf_micro_averages_over_documents():
    g2 = {**copy.deepcopy(GOLD_MEETING), "doc_id": "m2", "organizations": ["Sở Tư pháp"]}
    gold = {"m1": GOLD_MEETING, "m2": g2}
    r1 = record_from_gold(GOLD_MEETING)  # 3 of 3 organizations
    r2 = record_from_gold(g2)
    r2["organizations"] = [{"name": "Sở Tài chính"}]  # 0 of 1, one wrong
    result = score(gold, {"m1": r1, "m2": r2}).fields["organizations"]
    assert (result.tp, result.predicted, result.gold) == (3, 4, 4)
    assert result.f1 == pytest.approx(0.75)


@pytest.mark.parametrize("gold_text, record_text", [
    ("Sở VHTTDL tỉnh Lào Cai", "Sở VHTTDL tỉnh Lào Cai,"),
    ("Nhà văn hoá xã Tân Phong", "Nhà văn hóa xã Tân Phong"),
    ("Trạm Thuỷ lợi huyện", "Trạm Thủy lợi huyện"),
    ("Ban Thi đua- Khen thưởng tỉnh", "Ban Thi đua - Khen thưởng tỉnh"),
    ("Sở Văn hóa, Thể thao và Du lịch", "Sở Văn hóa Thể thao và Du lịch"),
    ("Cụm thi đua số 02", "Cụm thi đua số 2"),
    ("Bệnh viện Đa khoa khu vực (BVĐKKV) Tây Nam", "Bệnh viện Đa khoa khu vực Tây Nam"),
])
def test_evaluate_fuzzy_accepts_boundary_variants(gold_text, record_text):
    assert evaluate.fuzzy_equal(gold_text, record_text)


@pytest.mark.parametrize("gold_text, record_text", [
    ("Bảo tàng Chiến thắng lịch sử Điện Biên Phủ", "Bảo tàng CTLSĐBP"),
    ("Bảo tàng Văn hóa Các dân tộc Việt Nam", "Bảo tàng Văn hóa Các dân tộc"),
    ("Cụm thi đua số 1", "Cụm thi đua số 4"),
    ("Công an tỉnh Quảng Nam", "Công an tỉnh Quảng Ninh"),
    ("Huân chương Lao động hạng Ba", "Huân chương Lao động hạng Nhì"),
])
def test_evaluate_fuzzy_rejects_other_entities(gold_text, record_text):
    assert not evaluate.fuzzy_equal(gold_text, record_text)


def test_evaluate_fuzzy_threshold_is_a_parameter():
    pair = ("Liên hiệp các Hội Khoa học và Kỹ thuật", "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh")
    assert 90 <= similarity(*pair) < 99
    assert evaluate.fuzzy_equal(*pair, threshold=90)
    assert not evaluate.fuzzy_equal(*pair, threshold=99)


@pytest.mark.parametrize("old, new", [("hoà", "hòa"), ("thuỷ", "thủy"), ("khoẻ", "khỏe"), ("Uỷ ban", "ủy ban"),
                                      ("xoè", "xòe")])
def test_evaluate_normalize_folds_tone_mark_placement(old, new):
    assert normalize(old) == normalize(new)


def test_evaluate_normalize_keeps_distinct_tones_apart():
    assert normalize("Phú") != normalize("Phủ")


def test_evaluate_one_to_one_matching_counts_a_record_item_once():
    gold = {"m1": {**GOLD_MEETING, "people": [{"name": "Nguyễn Văn An", "titles": []},
                                              {"name": "Nguyễn Văn Ân", "titles": []}]}}
    rec = record_from_gold(gold["m1"])
    rec["people"] = [{"name": "Nguyễn Văn An", "titles": []}]
    result = score(gold, {"m1": rec}).fields["people"]
    assert (result.tp, result.predicted, result.gold) == (1, 1, 2)


def test_evaluate_one_to_one_matching_pairs_best_first():
    gold = {"m1": {**GOLD_MEETING, "organizations": ["Hội Liên hiệp Phụ nữ huyện Tân Phong",
                                                     "Hội Liên hiệp Phụ nữ huyện Tân Phong, tỉnh X"]}}
    rec = record_from_gold(gold["m1"])
    rec["organizations"] = [{"name": "Hội Liên hiệp Phụ nữ huyện Tân Phong, tỉnh X"},
                            {"name": "Hội Liên hiệp Phụ nữ huyện Tân Phong"}]
    result = score(gold, {"m1": rec}).fields["organizations"]
    assert result.tp == 2


def test_evaluate_negatives_are_excluded_from_list_fields():
    rec_neg = {"doc_id": "n1", "is_meeting_report": False, "meeting": None,
               "people": [{"name": "Nguyễn Văn An", "titles": []}], "organizations": [{"name": "Sở Tư pháp"}]}
    s = score(GOLD, {"m1": record_from_gold(GOLD_MEETING), "n1": rec_neg})
    assert s.fields["people"].precision == 1.0
    assert s.fields["organizations"].precision == 1.0
    assert s.fields["meeting_date"].total == 1
    assert s.fields["is_meeting_report"].total == 2


def test_evaluate_missing_record_counts_as_empty():
    s = score(GOLD, {"m1": record_from_gold(GOLD_MEETING)})
    assert s.missing_records == 1
    assert s.fields["is_meeting_report"].correct == 2  # the missing negative is correctly "not a meeting"
    s = score(GOLD, {"n1": record_from_gold(GOLD_NEGATIVE)})
    assert s.missing_records == 1
    assert s.fields["is_meeting_report"].correct == 1
    assert s.fields["people"].recall == 0.0
    assert s.fields["time_of_day"].correct == 0


def test_evaluate_records_without_gold_are_ignored_and_counted():
    extra = record_from_gold({**GOLD_MEETING, "doc_id": "zz"})
    s = score(GOLD, {"m1": record_from_gold(GOLD_MEETING), "n1": record_from_gold(GOLD_NEGATIVE), "zz": extra})
    assert s.records_without_gold == 1
    assert s.documents == 2
    assert s.fields["people"].predicted == 2


def test_evaluate_null_meeting_makes_meeting_fields_null():
    gold = {"m1": {**GOLD_MEETING, "time_of_day": None, "location": None}}
    rec = record_from_gold(gold["m1"])
    rec["meeting"] = None
    s = score(gold, {"m1": rec})
    assert s.fields["time_of_day"].correct == 1 and s.fields["location"].correct == 1
    assert s.fields["meeting_date"].correct == 0


def test_evaluate_meeting_types_exact_set_and_per_label():
    rec = record_from_gold(GOLD_MEETING)
    rec["meeting"]["types"] = ["annual_review", "work_deployment"]
    s = score({"m1": GOLD_MEETING}, {"m1": rec})
    assert s.fields["meeting_types"].correct == 0
    assert s.fields["meeting_type:annual_review"].f1 == 1.0
    assert s.fields["meeting_type:pledge_signing"].recall == 0.0
    assert s.fields["meeting_type:work_deployment"].precision == 0.0
    assert len([k for k in s.fields if k.startswith("meeting_type:")]) == len(MEETING_TYPES)


def test_evaluate_person_titles_need_the_same_name():
    rec = record_from_gold(GOLD_MEETING)
    rec["people"][0]["name"] = "Trần Văn Hòa"  # tone placement only: same person
    assert score({"m1": GOLD_MEETING}, {"m1": rec}).fields["person_titles"].tp == 1
    rec["people"][0]["name"] = "Trần Văn Hải"
    assert score({"m1": GOLD_MEETING}, {"m1": rec}).fields["person_titles"].tp == 0


def test_evaluate_awards_strict_needs_count_and_type_loose_does_not():
    rec = record_from_gold(GOLD_MEETING)
    rec["awards"][0].update(count=3, recipient_type="mixed")
    s = score({"m1": GOLD_MEETING}, {"m1": rec})
    assert s.fields["awards"].tp == 0
    assert s.fields["awards_loose"].tp == 1


def test_evaluate_group_roles_need_the_same_role():
    rec = record_from_gold(GOLD_MEETING)
    rec["group_roles"][0]["role"] = "Cụm phó"
    assert score({"m1": GOLD_MEETING}, {"m1": rec}).fields["group_roles"].tp == 0


@pytest.mark.parametrize("gold_text, kind, number", [
    ("Chỉ thị số 34-CT/TW", "Chỉ thị", "34-CT/TW"),
    ("Chỉ thị 05-CT/TW", "Chỉ thị", "05-CT/TW"),
    ("Chỉ thi 05- CT/TW", "Chỉ thị", "05-CT/TW"),
    ("Chỉ thị số 32-CT/TƯ", "Chỉ thị", "32-CT/TW"),
    ("chỉ thị số 34-CT/TW", "Chỉ thị", "34 - CT/TW"),
    ("Nghị quyết số 02/NQ/TU", "Nghị quyết", "02/NQ/TU"),
    ("Kế hoạch 7", "Kế hoạch", "07"),
])
def test_evaluate_references_match_by_kind_and_number(gold_text, kind, number):
    gold = {"m1": {**GOLD_MEETING, "references": [gold_text]}}
    rec = record_from_gold(gold["m1"])
    rec["references"] = [{"kind": kind, "number": number, "text": "…"}]
    assert score(gold, {"m1": rec}).fields["references"].tp == 1


@pytest.mark.parametrize("gold_text, kind, number", [
    ("Chỉ thị số 34-CT/TW", "Chỉ thị", "43-CT/TW"),
    ("Chỉ thị số 34-CT/TW", "Nghị quyết", "34-CT/TW"),
    ("Nghị quyết số 02/NQ/TU", "Nghị quyết", "02/NQ/TW"),
])
def test_evaluate_references_reject_another_document(gold_text, kind, number):
    gold = {"m1": {**GOLD_MEETING, "references": [gold_text]}}
    rec = record_from_gold(gold["m1"])
    rec["references"] = [{"kind": kind, "number": number, "text": f"{kind} số {number}"}]
    assert score(gold, {"m1": rec}).fields["references"].tp == 0


def test_evaluate_references_fall_back_to_text_when_unsplit():
    gold = {"m1": {**GOLD_MEETING, "references": ["Kế hoạch số 12-KH/UBND"]}}
    rec = record_from_gold(gold["m1"])
    rec["references"] = [{"kind": None, "number": None, "text": "Kế hoạch số 12-KH/UBND,"}]
    assert score(gold, {"m1": rec}).fields["references"].tp == 1


def test_evaluate_parse_reference_splits_kind_and_number():
    assert parse_reference("Hướng dẫn số 08-HD/BTCTU") == ("huong dan", "8-hd/btctu")
    assert parse_reference("Điều lệ Đảng") is None


def test_evaluate_load_gold_reads_nested_folders_and_skips_other_json(tmp_path):
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "m1.json").write_text(json.dumps(GOLD_MEETING, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "m1.txt").write_text("…", encoding="utf-8")
    (tmp_path / "MANIFEST.json").write_text(json.dumps({"files": ["m1"]}), encoding="utf-8")
    (tmp_path / "broken.json").write_text("{", encoding="utf-8")
    assert list(evaluate.load_gold([tmp_path])) == ["m1"]
    assert evaluate.gold_articles([tmp_path]) == {"m1": tmp_path / "m1.txt"}


def test_evaluate_load_gold_refuses_conflicting_duplicates(tmp_path):
    for name, date in (("a", "2023-12-05"), ("b", "2023-12-06")):
        (tmp_path / name).mkdir()
        (tmp_path / name / "m1.json").write_text(json.dumps({**GOLD_MEETING, "meeting_date": date}), "utf-8")
    with pytest.raises(ValueError, match="m1"):
        evaluate.load_gold([tmp_path / "a", tmp_path / "b"])


def test_evaluate_load_records_reports_the_bad_line(tmp_path):
    path = tmp_path / "records.jsonl"
    path.write_text(json.dumps({"doc_id": "m1"}) + "\n\nnot json\n", encoding="utf-8")
    with pytest.raises(ValueError, match=":3:"):
        evaluate.load_records(path)


def test_evaluate_table_shows_one_column_per_system():
    perfect = score(GOLD, {d: record_from_gold(g) for d, g in GOLD.items()})
    empty = score(GOLD, {})
    table = evaluate.format_table({"thidua": perfect, "baseline": empty})
    header = next(line for line in table.splitlines() if line.startswith("field"))
    assert header.split() == ["field", "metric", "thidua", "baseline"]
    people = next(line for line in table.splitlines() if line.startswith("people"))
    assert "1.000 (P 1.0 R 1.0)" in people and "0.000 (P n/a R .00)" in people
    assert "Scored 2 gold documents (1 meeting reports" in table


def test_evaluate_run_prints_json_and_rejects_missing_inputs(tmp_path, capsys):
    (tmp_path / "m1.json").write_text(json.dumps(GOLD_MEETING, ensure_ascii=False), encoding="utf-8")
    records = tmp_path / "records.jsonl"
    records.write_text(json.dumps(record_from_gold(GOLD_MEETING), ensure_ascii=False) + "\n", encoding="utf-8")
    parser = argparse.ArgumentParser()
    evaluate.add_arguments(parser)
    assert evaluate.run(parser.parse_args(["--gold", str(tmp_path), "--records", str(records), "--json"])) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["thidua"]["fields"]["people"]["f1"] == 1.0
    assert evaluate.run(parser.parse_args(["--gold", str(tmp_path)])) == 2
    assert evaluate.run(parser.parse_args(["--gold", str(tmp_path / "nowhere"), "--records", str(records)])) == 2


def test_evaluate_misses_list_the_gold_items_missed_and_the_record_items_added():
    rec = record_from_gold(GOLD_MEETING)
    rec["organizations"] = [{"name": "Ủy ban nhân dân xã Tân Phong"}, {"name": "Hội Nông dân xã"},
                            {"name": "Trường Tiểu học Tân Phong"}]
    rec["meeting"]["host"] = "Hội Nông dân xã"
    s = score({"m1": GOLD_MEETING}, {"m1": rec})
    by_field = {m.field: m for m in s.misses}
    assert set(by_field) == {"organizations", "host"}
    assert by_field["organizations"].missed == ["Cụm thi đua số 3 các xã miền núi"]
    assert by_field["organizations"].extra == ["Trường Tiểu học Tân Phong"]
    assert (by_field["host"].missed, by_field["host"].extra) == (["Ủy ban nhân dân xã Tân Phong"], ["Hội Nông dân xã"])


def test_evaluate_misses_are_empty_for_a_perfect_record():
    s = score({"m1": GOLD_MEETING, "n1": GOLD_NEGATIVE},
              {"m1": record_from_gold(GOLD_MEETING), "n1": record_from_gold(GOLD_NEGATIVE)})
    assert s.misses == []
    assert evaluate.format_misses(s) == "(no misses)"


def test_evaluate_misses_printed_one_tab_separated_line_per_item(tmp_path, capsys):
    rec = record_from_gold(GOLD_MEETING)
    rec["people"][0]["titles"] = [{"title": "Phó Chủ tịch Hội Nông dân xã", "organization": None}]
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    (gold_dir / "m1.json").write_text(json.dumps(GOLD_MEETING, ensure_ascii=False), encoding="utf-8")
    records = tmp_path / "records.jsonl"
    records.write_text(json.dumps(rec, ensure_ascii=False) + "\n", encoding="utf-8")
    args = argparse.Namespace(gold=[gold_dir], records=records, baseline=False, json=False, misses=True,
                              threshold=evaluate.DEFAULT_THRESHOLD)
    assert evaluate.run(args) == 0
    lines = capsys.readouterr().out.split("Misses of thidua", 1)[1].splitlines()[1:]
    assert lines == ["m1\tperson_titles\t-\tTrần Văn Hoà | Chủ tịch Ủy ban nhân dân xã Tân Phong",
                     "m1\tperson_titles\t+\tTrần Văn Hoà | Phó Chủ tịch Hội Nông dân xã"]


@pytest.mark.parametrize("gold, record", [
    ("Phó Giám đốc Sở Nội vụ", "Giám đốc Sở Nội vụ"),
    ("nguyên Giám đốc Bệnh viện Đa khoa tỉnh", "Giám đốc Bệnh viện Đa khoa tỉnh"),
    ("quyền Cục trưởng Cục Thi hành án dân sự tỉnh", "Cục trưởng Cục Thi hành án dân sự tỉnh"),
])
def test_evaluate_title_without_its_rank_word_does_not_match(gold, record):
    assert not evaluate.fuzzy_equal(gold, record)
