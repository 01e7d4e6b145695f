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


PAGE_BODY = ("Sáng ngày 12/3/2024, Hội Nông dân huyện Yên Lập tổ chức hội nghị sơ kết phong trào thi đua quý I năm 2024 "
             "với sự tham dự của lãnh đạo 17 cơ sở Hội trong huyện và đại diện các ban, ngành.\n")


@pytest.mark.parametrize("banner, menu", [
    ("HỘI NÔNG DÂN TỈNH PHÚ THỌ", "Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ"),
    ("Hội Nông dân tỉnh Phú Thọ", "Giới thiệu   Tin tức - Sự kiện   Hoạt động Hội   Văn bản"),
    ("HỘI NÔNG DÂN PHÚ THỌ - Cổng thông tin", "Trang chủ  Tin tức  Phong trào  Văn bản  Liên hệ"),
])
def test_clean_a_site_banner_over_the_menu_is_chrome(banner, menu):
    text = f"{banner}\n{menu}\nHội nghị sơ kết quý I\n{PAGE_BODY}"
    assert (banner, "navigation") in _noise_texts(text)
    assert (menu, "navigation") in _noise_texts(text)


def test_clean_a_headline_over_a_language_switch_is_content():
    text = f"HỘI NÔNG DÂN HUYỆN YÊN LẬP SƠ KẾT QUÝ I\nTiếng Việt English\n{PAGE_BODY}"
    assert ("Tiếng Việt English", "language_switch") in _noise_texts(text)
    assert not any(r.start == 0 for r in find_noise(text))


def test_clean_a_headline_over_the_article_is_content():
    text = f"Hội Nông dân huyện Yên Lập sơ kết quý I\n{PAGE_BODY}"
    assert not find_noise(text)


@pytest.mark.parametrize("line, kind", [
    ("Ngày đăng: 14/03/2024 | Người đăng: Văn phòng - Thống kê", "timestamp"),
    ("Đăng lúc: 14/03/2024 15:20   |   Đã xem: 1.027 lần", "timestamp"),
    ("Người đăng: Văn phòng - Thống kê", "byline"),
    ("Cổng thông tin điện tử xã Xuân Viên - huyện Yên Lập", "navigation"),
])
def test_clean_posting_stamps_and_portal_names_are_chrome(line, kind):
    text = f"Hội Nông dân huyện Yên Lập sơ kết quý I\n{line}\n{PAGE_BODY}"
    assert (line, kind) in _noise_texts(text)
