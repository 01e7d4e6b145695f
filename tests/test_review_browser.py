"""The review site in a real browser: Debian's headless Chromium (`make chromium` installs it; no download here).

Chromium runs the page's own JavaScript (``--dump-dom`` after a virtual-time budget) so the filter and the sort
are checked as a reader would see them; the filter and sort are given in the address (``#q=…&sort=…``), which
the page applies on load exactly as when typed. A screenshot of an article page is checked for the highlight
colours of the legend.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path
from urllib.parse import quote

import pytest

from pipeline.review import build
from review_fakes import write_corpus

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-extensions", "--hide-scrollbars", "--mute-audio"]

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(),
                                reason="Debian chromium is not installed at /usr/bin/chromium "
                                       "(`make chromium` installs it; `make test` does so first)")


def _chromium(tmp: Path, *args: str) -> subprocess.CompletedProcess:
    profile = tmp / f"profile-{len(list(tmp.glob('profile-*')))}"
    cmd = [str(CHROMIUM), *FLAGS, f"--user-data-dir={profile}", *args]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc


def _dom(tmp: Path, url: str) -> str:
    return _chromium(tmp, "--virtual-time-budget=3000", "--dump-dom", url).stdout


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("browser")
    import os

    cwd = os.getcwd()
    os.chdir(tmp)
    try:
        out, records, errors = write_corpus(tmp)
        index = build(out)
    finally:
        os.chdir(cwd)
    return tmp, index


def _article_url(index: Path, doc_id_fragment: str) -> str:
    for href in re.findall(r'href="(articles/[^"]+)"', index.read_text(encoding="utf-8")):
        if doc_id_fragment in href:
            return (index.parent / href).as_uri()
    raise AssertionError(doc_id_fragment)


def _rows(dom: str) -> list[tuple[str, bool]]:
    """(doc id, hidden) for each index row, in the order the page shows them."""
    return [(m.group(2), " hidden" in (m.group(1) + m.group(3)))
            for m in re.finditer(r'<tr([^>]*?)data-doc="([^"]*)"([^>]*)>', dom)]


def test_review_browser_filter_and_sort_from_the_address(site):
    tmp, index = site
    dom = _dom(tmp, index.as_uri() + "#" + "q=" + quote("cụm") + "&sort=orgs&dir=desc")
    assert 'data-ready="1"' in dom, "review.js did not run"
    rows = _rows(dom)
    assert [d for d, _ in rows] == ["a/../a&lt;1&gt;", "b-2024", "broken"]  # 3 orgs, 2, none
    assert [d for d, hidden in rows if not hidden] == ["b-2024"]
    assert re.search(r'id="count"[^>]*>1 of 3 rows shown<', dom)


def test_review_browser_filter_ignores_accents_and_case(site):
    tmp, index = site
    dom = _dom(tmp, index.as_uri() + "#q=" + quote("KHOI THI DUA") + "&sort=doc&dir=asc")
    assert [d for d, hidden in _rows(dom) if not hidden] == ["a/../a&lt;1&gt;"]


def test_review_browser_article_renders_highlights_tables_and_escaped_script(site):
    tmp, index = site
    dom = _dom(tmp, _article_url(index, "a_"))
    assert 'data-ready="1"' in dom
    kinds = set(re.findall(r'<mark class="ent k-[A-Z_]+" id="m\d+" data-of="m\d+" data-kind="([A-Z_]+)"', dom))
    assert {"PERSON", "TITLE", "ORG", "DATE", "LOCATION", "AWARD", "REFERENCE", "PLEDGE", "GROUP_ROLE"} <= kinds
    people = dom.split('<table id="people">')[1].split("</table>")[0]
    assert "Trần Văn Minh" in people and "Phó Chủ tịch UBND tỉnh" in people
    assert "<script>alert" not in dom and "&lt;script&gt;alert('x')&lt;/script&gt;" in dom


def test_review_browser_screenshot_shows_the_highlight_colours(site):
    from matplotlib.image import imread

    tmp, index = site
    png = tmp / "review-article.png"
    _chromium(tmp, "--window-size=1280,900", f"--screenshot={png}", _article_url(index, "a_"))
    img = (imread(png)[:, :, :3] * 255).round().astype(int)
    assert img.shape[:2] == (900, 1280)

    def pixels(rgb: str) -> int:
        r, g, b = (int(rgb[i:i + 2], 16) for i in (1, 3, 5))
        return int(((img[:, :, 0] == r) & (img[:, :, 1] == g) & (img[:, :, 2] == b)).sum())

    # PERSON, ORG, DATE and PLEDGE backgrounds (review.css) cover visible areas of the page
    for colour in ("#aa9cfc", "#7aecec", "#bfe1d9", "#e8eed7"):
        assert pixels(colour) > 200, colour
