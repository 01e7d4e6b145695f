from pipeline.clean import find_noise
from pipeline.segment import make_doc, segment

TEXT = (
    "HỘI NGHỊ KÝ KẾT GIAO ƯỚC THI ĐUA NĂM 2022\n\n"
    "Chiều ngày 14/3/2022 tại Hội trường UBND huyện, Khối thi đua các xã tổ chức hội nghị ký kết giao ước thi\n"
    "đua năm 2022. Các đơn vị thống nhất các nội dung sau:\n"
    "1. Hoàn thành xuất sắc nhiệm vụ chính trị.\n"
    "2. Xây dựng cơ quan văn hóa.\n"
    "- Giữ vững an ninh trật tự.\n"
    "Ảnh: Đồng chí Nguyễn Văn An phát biểu tại hội nghị\n"
)


def test_segment_keeps_list_items_as_their_own_segments():
    segs = segment(TEXT)
    items = [TEXT[s.start:s.end] for s in segs if s.kind == "list_item"]
    assert items == ["1. Hoàn thành xuất sắc nhiệm vụ chính trị.", "2. Xây dựng cơ quan văn hóa.",
                     "- Giữ vững an ninh trật tự."]


def test_segment_joins_a_hard_wrapped_paragraph():
    segs = segment(TEXT)
    paras = [TEXT[s.start:s.end] for s in segs if s.kind == "paragraph"]
    assert len(paras) == 1 and paras[0].startswith("Chiều ngày") and paras[0].endswith("nội dung sau:")


def test_segment_recognizes_upper_case_heading_and_photo_caption():
    kinds = [s.kind for s in segment(TEXT)]
    assert kinds[0] == "heading" and kinds[-1] == "caption"


def test_segment_doc_text_equals_canonical_text_with_exact_offsets():
    text = "Ngày 02 -3-2021,  tại Khánh Hoà  thuỷ điện\nđồng chí Phạm Việt Dũng - Tỉnh ủy viên."
    doc = make_doc(text, segment(text, find_noise(text)))
    assert doc.text == text
    for tok in doc:
        assert text[tok.idx:tok.idx + len(tok.text)] == tok.text


def test_segment_words_are_underthesea_multi_syllable_words():
    text = "Đến dự có đồng chí Phạm Việt Dũng, Giám đốc Sở Văn hóa."
    doc = make_doc(text, segment(text))
    words = [t.text for t in doc]
    assert "đồng chí" in words and "Phạm Việt Dũng" in words


def test_segment_sentences_follow_segments():
    doc = make_doc(TEXT, segment(TEXT))
    starts = [s.start_char for s in doc.sents]
    assert TEXT.index("1. Hoàn thành") in starts and TEXT.index("Ảnh:") in starts
