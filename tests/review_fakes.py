"""Made-up articles and hand-built records for the review, figure and Parquet tests.

The texts are written for these tests (no corpus or devset text). Offsets are computed with ``str.find`` so
every span satisfies ``text[start:end] == surface``, as the record schema requires.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

ARTICLE_A = (
    "Khối thi đua các sở ngành ký kết giao ước thi đua năm 2023\n"
    "Sáng ngày 15/02/2023, tại hội trường Sở Tư pháp tỉnh Hòa Bình, Khối thi đua các sở ngành "
    "tổ chức hội nghị ký kết giao ước thi đua.\n"
    "Dự hội nghị có đồng chí Trần Văn Minh, Phó Chủ tịch UBND tỉnh.\n"
    "Các đơn vị cam kết:\n"
    "1. Thực hiện tốt Nghị quyết số 05-NQ/TU của Tỉnh ủy.\n"
    "2. Giữ vững an ninh trật tự.\n"
    "Sở Tư pháp làm Trưởng khối; Sở Xây dựng làm Phó trưởng khối.\n"
    "Dịp này, Sở Tư pháp được tặng Bằng khen của Chủ tịch UBND tỉnh.\n"
    "Ghi chú: <script>alert('x')</script> & \"ký tự\" <b>đậm</b>\n"
)

ARTICLE_B = (
    "Cụm thi đua số 3 sơ kết 6 tháng đầu năm 2024\n"
    "Chiều 12/7/2024, Cụm thi đua số 3 họp sơ kết tại trụ sở Liên đoàn Lao động huyện Mai Sơn.\n"
    "Bà Lê Thị Hoa, Chủ tịch Liên đoàn Lao động huyện, chủ trì hội nghị.\n"
    "10 cá nhân được tặng Giấy khen.\n"
)


def _at(text: str, surface: str, after: int = 0) -> tuple[int, int]:
    i = text.index(surface, after)
    return i, i + len(surface)


def _item(text: str, surface: str, **fields) -> dict:
    s, e = _at(text, surface)
    return {**fields, "text": surface, "start": s, "end": e}


def _mention(text: str, surface: str) -> dict:
    s, e = _at(text, surface)
    return {"start": s, "end": e, "text": surface}


def sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def record_a(path: str) -> dict:
    t = ARTICLE_A
    ds, de = _at(t, "Sáng ngày 15/02/2023")
    ls, le = _at(t, "hội trường Sở Tư pháp tỉnh Hòa Bình")
    ts, te = _at(t, "Phó Chủ tịch UBND tỉnh")
    return {
        "schema_version": "1.0", "doc_id": "a/../a<1>", "text_sha256": sha(t),
        "source": {"path": path, "url": None, "title": "Ký kết giao ước <thi đua>", "published": None},
        "is_meeting_report": True,
        "meeting": {"types": ["pledge_signing"], "title": None, "date": "2023-02-15", "date_precision": "day",
                    "time_of_day": "morning", "location": "hội trường Sở Tư pháp tỉnh Hòa Bình",
                    "host": "Sở Tư pháp", "emulation_group": "Khối thi đua các sở ngành", "participant_units": 12,
                    "period": "2023", "evidence": {"date": [ds, de], "location": [ls, le]}},
        "dates": [_item(t, "Sáng ngày 15/02/2023", value="2023-02-15", precision="day", role="meeting",
                        year_inferred=False, time_of_day="morning")],
        "organizations": [
            {"name": "Sở Tư pháp", "type": "department", "abbreviation": None, "source": "rule",
             "mentions": [_mention(t, "Sở Tư pháp")]},
            {"name": "Sở Xây dựng", "type": "department", "abbreviation": None, "source": "rule",
             "mentions": [_mention(t, "Sở Xây dựng")]},
            {"name": "Ủy ban nhân dân tỉnh", "type": "people_committee", "abbreviation": "UBND", "source": "rule",
             "mentions": [_mention(t, "UBND tỉnh")]},
        ],
        "people": [{"name": "Trần Văn Minh", "honorific": "đồng chí", "source": "rule",
                    "titles": [{"title": "Phó Chủ tịch UBND tỉnh", "organization": "Ủy ban nhân dân tỉnh",
                                "start": ts, "end": te}],
                    "mentions": [_mention(t, "Trần Văn Minh")]}],
        "pledges": [_item(t, "Thực hiện tốt Nghị quyết số 05-NQ/TU của Tỉnh ủy.", index=1),
                    _item(t, "Giữ vững an ninh trật tự.", index=2)],
        "awards": [_item(t, "Sở Tư pháp được tặng Bằng khen của Chủ tịch UBND tỉnh", award="Bằng khen",
                         recipient="Sở Tư pháp", recipient_type="collective", count=1,
                         issuer="Chủ tịch UBND tỉnh")],
        "group_roles": [_item(t, "Sở Tư pháp làm Trưởng khối", role="Trưởng khối", holder="Sở Tư pháp"),
                        _item(t, "Sở Xây dựng làm Phó trưởng khối", role="Phó trưởng khối", holder="Sở Xây dựng")],
        "references": [_item(t, "Nghị quyết số 05-NQ/TU", kind="Nghị quyết", number="05-NQ/TU",
                             issuer="Tỉnh ủy", date=None)],
        "warnings": ["participant count guessed from the list"],
    }


def record_b(path: str) -> dict:
    t = ARTICLE_B
    ds, de = _at(t, "Chiều 12/7/2024")
    ts, te = _at(t, "Chủ tịch Liên đoàn Lao động huyện")
    return {
        "schema_version": "1.0", "doc_id": "b-2024", "text_sha256": sha(t),
        "source": {"path": path, "url": "https://example.org/b", "title": None, "published": None},
        "is_meeting_report": True,
        "meeting": {"types": ["midterm_review"], "title": None, "date": "2024-07-12", "date_precision": "day",
                    "time_of_day": "afternoon", "location": None, "host": "Liên đoàn Lao động huyện Mai Sơn",
                    "emulation_group": "Cụm thi đua số 3", "participant_units": None, "period": "2024",
                    "evidence": {"date": [ds, de]}},
        "dates": [_item(t, "Chiều 12/7/2024", value="2024-07-12", precision="day", role="meeting",
                        year_inferred=False, time_of_day="afternoon")],
        "organizations": [{"name": "Liên đoàn Lao động huyện Mai Sơn", "type": "union", "abbreviation": None,
                           "source": "rule", "mentions": [_mention(t, "Liên đoàn Lao động huyện Mai Sơn")]},
                          {"name": "Cụm thi đua số 3", "type": "emulation_group", "abbreviation": None,
                           "source": "rule", "mentions": [_mention(t, "Cụm thi đua số 3")]}],
        "people": [{"name": "Lê Thị Hoa", "honorific": "Bà", "source": "rule",
                    "titles": [{"title": "Chủ tịch Liên đoàn Lao động huyện", "organization": None,
                                "start": ts, "end": te}],
                    "mentions": [_mention(t, "Lê Thị Hoa")]}],
        "pledges": [],
        "awards": [_item(t, "10 cá nhân được tặng Giấy khen", award="Giấy khen", recipient="10 cá nhân",
                         recipient_type="individual", count=10, issuer=None)],
        "group_roles": [], "references": [], "warnings": [],
    }


def write_corpus(tmp: Path) -> tuple[Path, list[dict], list[dict]]:
    """Inputs (one .txt, one .jsonl line) and an OUTDIR with records.jsonl + errors.jsonl; returns paths and lists."""
    inputs = tmp / "in"
    inputs.mkdir(parents=True)
    a = inputs / "a.txt"
    a.write_text(ARTICLE_A, encoding="utf-8")
    jl = inputs / "more.jsonl"
    jl.write_text(json.dumps({"id": "other", "text": "không dùng"}, ensure_ascii=False) + "\n"
                  + json.dumps({"id": "b-2024", "text": ARTICLE_B}, ensure_ascii=False) + "\n", encoding="utf-8")
    records = [record_a(str(a)), record_b(f"{jl}:2")]
    errors = [{"doc_id": "broken", "source": str(inputs / "broken.txt"), "error": "binary file: contains NUL bytes"}]
    out = tmp / "out"
    out.mkdir()
    (out / "records.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                                       encoding="utf-8")
    (out / "errors.jsonl").write_text("".join(json.dumps(e, ensure_ascii=False) + "\n" for e in errors),
                                      encoding="utf-8")
    return out, records, errors
