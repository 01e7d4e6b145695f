"""Dates: each date's role in the article — meeting, publication, document, anniversary, period (made-up articles)."""

from __future__ import annotations

import pytest

from pipeline.document import build
from pipeline.extract import dates
from pipeline.ingest import Article
from pipeline.schema import Source


def _roles(text: str) -> list[tuple[str, str]]:
    doc = build(Article(doc_id="t", text=text, source=Source()))
    return [(d.text, d.role) for d in dates.extract(doc, [])]


@pytest.mark.parametrize("text, surface, role", [
    ("Hội nghị tổng kết năm 2023\n\nSáng ngày 12/01/2024, tại Hội trường UBND huyện, Ban Thi đua - Khen thưởng "
     "huyện tổ chức hội nghị tổng kết công tác thi đua năm 2023.", "Sáng ngày 12/01/2024", "meeting"),
    ("Thực hiện Chỉ thị số 34-CT/TW ngày 7/4/2014 của Bộ Chính trị, các đơn vị thi đua sôi nổi.",
     "ngày 7/4/2014", "document"),
    ("Căn cứ Kế hoạch số 15/KH-SYT, ngày 05/01/2024 của Sở Y tế, các bệnh viện ký giao ước.",
     "ngày 05/01/2024", "document"),
    ("Nghị định 98/2023/NĐ-CP ngày 31/12/2023 quy định chi tiết Luật Thi đua, khen thưởng.",
     "ngày 31/12/2023", "document"),
    ("Chào mừng kỷ niệm 80 năm Ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944 – 22/12/2024).",
     "22/12/1944", "anniversary"),
    ("Chào mừng kỷ niệm 80 năm Ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944 – 22/12/2024).",
     "22/12/2024", "anniversary"),
    ("Đợt thi đua diễn ra từ ngày 9/10 đến 22/12/2019 trong toàn lực lượng.", "22/12/2019", "period"),
    ("Đợt thi đua diễn ra từ ngày 9/10 đến 22/12/2019 trong toàn lực lượng.", "ngày 9/10", "period"),
    ("Phong trào được triển khai trong giai đoạn 2016-2020 ở tất cả các xã.", "giai đoạn 2016-2020", "period"),
    ("Hội nghị giao ban quý I\n\nThứ Tư, 05/04/2023 - 10:12\n\nNgày 4/4, Cụm thi đua số 6 tổ chức giao ban.",
     "Thứ Tư, 05/04/2023", "publication"),
    ("Hội nghị giao ban quý I\n\nUBND huyện Yên Thế | 05/04/2023\n\nNgày 4/4, Cụm thi đua số 6 tổ chức giao ban.",
     "05/04/2023", "publication"),
    ("Hội nghị giao ban quý I (05/04/2023)\n\nNgày 4/4, Cụm thi đua số 6 tổ chức giao ban.",
     "05/04/2023", "publication"),
    ("Phòng CSGT đón nhận Cờ thi đua\n\nThứ Năm, 12/05/2022 | 15:20 Lượt xem: 1.482\n\nSáng 12-5, Phòng CSGT tổ "
     "chức Lễ đón nhận Cờ thi đua của Chính phủ.", "Thứ Năm, 12/05/2022", "publication"),
    ("Theo kế hoạch, Khối thi đua sẽ tổ chức hội nghị tổng kết vào ngày 10/01/2025 tại Nhà văn hóa tỉnh.",
     "ngày 10/01/2025", "other"),
])
def test_dates_role_of_a_date(text, surface, role):
    assert (surface, role) in _roles(text)


def test_dates_only_one_meeting_date_per_article():
    text = ("Sáng 12/3/2022, Công an huyện tổ chức hội nghị sơ kết. Chiều 13/3/2022, hội nghị bế mạc "
            "và tổ chức lễ ký kết giao ước thi đua.")
    assert [s for s, r in _roles(text) if r == "meeting"] == ["Sáng 12/3/2022"]
