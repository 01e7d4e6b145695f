import pytest

from pipeline.clean import find_noise, fold, fold_tone_marks

ARTICLE = (
    "Hội nghị sơ kết 6 tháng đầu năm\n\n"
    "Sáng ngày 5/7/2023, Cụm thi đua số 3 tổ chức hội nghị sơ kết công tác thi đua 6 tháng đầu năm, triển khai "
    "nhiệm vụ 6 tháng cuối năm 2023 với sự tham dự của lãnh đạo 9 đơn vị thành viên trong cụm thi đua.\n\n"
    "Minh Anh\n"
    "Đánh giá:\n"
    "lượt đánh giá: , trung bình:\n"
    "Tin liên quan\n"
    "Hội nghị tổng kết năm 2022 của Cụm thi đua số 3\n"
    "Bình luận\n"
    "Mã xác thực không đúng.\n"
    "Thống kê: 697.826\n"
    "Online: 37\n"
)


def _noise_texts(text):
    return [(text[r.start:r.end], r.kind) for r in find_noise(text)]


def test_clean_marks_rating_widgets_and_counters():
    kinds = {k for _, k in _noise_texts(ARTICLE)}
    assert {"rating", "related_links", "byline"} <= kinds


def test_clean_related_links_list_runs_to_the_end_of_the_page():
    regions = find_noise(ARTICLE)
    tail = [r for r in regions if r.kind == "related_links"]
    assert tail and ARTICLE[tail[0].start:].startswith("Tin liên quan")
    assert tail[0].end == len(ARTICLE.rstrip())


def test_clean_keeps_article_prose_out_of_noise():
    prose_start = ARTICLE.index("Sáng ngày")
    assert not any(r.start <= prose_start < r.end for r in find_noise(ARTICLE))


def test_clean_tail_marker_above_the_article_covers_only_its_line():
    text = "Liên kết website\nOnline: 3\n" + ARTICLE.split("Minh Anh")[0]
    regions = find_noise(text)
    assert all(r.end <= text.index("Hội nghị") for r in regions)


def test_clean_recognizes_a_byline_as_chrome():
    assert ("Minh Anh", "byline") in _noise_texts(ARTICLE)


def test_clean_offsets_index_the_unchanged_text():
    for r in find_noise(ARTICLE):
        assert 0 <= r.start < r.end <= len(ARTICLE)


@pytest.mark.parametrize("old, new", [("Khánh Hoà", "Khánh Hòa"), ("thuỷ lợi", "thủy lợi"), ("khoẻ", "khỏe"),
                                      ("Uỷ ban", "Ủy ban"), ("HOÀ", "HÒA")])
def test_clean_folds_both_tone_mark_placements(old, new):
    assert fold_tone_marks(old) == new
    assert fold(old) == fold(new)
    assert len(fold(old)) == len(old)


def test_clean_a_photo_caption_on_the_last_line_is_content_not_a_byline():
    text = ARTICLE.split("Minh Anh")[0] + "Ảnh: Đồng chí Lê Văn Hòa trao Cờ thi đua cho Công an huyện Yên Thành\n"
    assert not any(r.kind == "byline" for r in find_noise(text))


def test_clean_a_short_photo_credit_is_a_byline():
    text = ARTICLE.split("Minh Anh")[0] + "Tin, ảnh: Tuấn Anh\n"
    assert ("Tin, ảnh: Tuấn Anh", "byline") in _noise_texts(text)
