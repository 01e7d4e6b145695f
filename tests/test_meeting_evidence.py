"""Meeting: every field found carries evidence offsets that point at the words it was read from."""

from __future__ import annotations

from pipeline.clean import fold
from pipeline.document import build
from pipeline.extract import extract_record
from pipeline.ingest import Article
from pipeline.schema import Source

LEAD = ("Hội nghị ký kết giao ước thi đua năm 2023\n\n"
        "Sáng ngày 14/02/2023, tại Hội trường Sở Công Thương, Khối thi đua các doanh nghiệp ngành Công Thương tổ chức "
        "hội nghị ký kết giao ước thi đua năm 2023. Tham dự có đại diện lãnh đạo 12 doanh nghiệp thành viên.")


def test_meeting_evidence_points_at_each_field():
    doc = build(Article(doc_id="t", text=LEAD, source=Source()))
    m = extract_record(doc).meeting
    ev = {k: doc.text[s:e] for k, (s, e) in m.evidence.items()}
    assert ev["date"] == "Sáng ngày 14/02/2023"
    assert ev["location"] == m.location == "Hội trường Sở Công Thương"
    assert ev["host"] == m.host == ev["emulation_group"] == "Khối thi đua các doanh nghiệp ngành Công Thương"
    assert ev["participant_units"] == "12 doanh nghiệp"
    assert "ký kết giao ước" in fold(ev["types"])
    assert (m.date, m.date_precision, m.time_of_day, m.participant_units) == ("2023-02-14", "day", "morning", 12)
    assert m.types == ["pledge_signing"]


def test_meeting_evidence_offsets_are_inside_the_text_on_the_corpus(corpus_records):
    out, records = corpus_records
    for r in records:
        if not r["meeting"]:
            continue
        for name, (s, e) in r["meeting"]["evidence"].items():
            assert 0 <= s < e, (r["doc_id"], name)


def test_meeting_date_is_null_when_the_lead_gives_no_day():
    text = ("Vừa qua, Hội Nông dân tỉnh tổ chức lễ phát động phong trào thi đua năm 2016 tại huyện Lâm Hà.\n\n"
            "Dịp này, ngày 15/1/2016 Hội Nông dân tỉnh cũng tổ chức hội nghị giao ban.")
    m = extract_record(build(Article(doc_id="t", text=text, source=Source()))).meeting
    assert (m.date, "date" in m.evidence) == (None, False)
