"""The corpus meets the coverage the project promises, and its gold follows the gold format."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest

from pipeline.labels import GROUP_ROLES, MEETING_TYPES, RECIPIENT_TYPES, TIMES_OF_DAY

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "corpus"
SPLITS = ("dev", "test")
GOLD_KEYS = ["doc_id", "is_meeting_report", "meeting_types", "meeting_date", "time_of_day", "location", "host",
             "emulation_group", "participant_units", "people", "organizations", "pledge_count", "awards",
             "group_roles", "references"]
ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _manifest() -> list[dict]:
    rows = []
    for split in SPLITS:
        path = CORPUS / split / "MANIFEST.tsv"
        if path.exists():
            for row in csv.DictReader(path.open(encoding="utf-8"), delimiter="\t"):
                rows.append({**row, "split": split})
    return rows


def _article_path(split: str, doc_id: str) -> Path | None:
    for suffix in (".txt", ".html"):
        p = CORPUS / split / f"{doc_id}{suffix}"
        if p.exists():
            return p
    return None


def _gold_files() -> list[Path]:
    return sorted(p for split in SPLITS for p in (CORPUS / split).glob("*.json"))


MANIFEST = _manifest()
GOLD = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in _gold_files()}
pytestmark = pytest.mark.skipif(not GOLD, reason="corpus/ has no gold")


def test_corpus_has_seeds_and_at_least_35_articles_of_our_own():
    origins = [r["origin"] for r in MANIFEST]
    assert origins.count("seed") == 5
    assert origins.count("ours") >= 35


def test_corpus_manifest_lists_exactly_the_annotated_articles():
    listed = {r["doc_id"] for r in MANIFEST}
    assert listed == set(GOLD)
    for r in MANIFEST:
        assert _article_path(r["split"], r["doc_id"]) is not None, r["doc_id"]


def test_corpus_covers_every_meeting_type_in_both_splits():
    for split in SPLITS:
        ids = {r["doc_id"] for r in MANIFEST if r["split"] == split}
        seen = {t for d in ids for t in GOLD[d]["meeting_types"] or []}
        assert seen == set(MEETING_TYPES), (split, set(MEETING_TYPES) - seen)


def test_corpus_covers_ten_provinces_and_eight_sectors():
    ours = [r for r in MANIFEST if r["origin"] == "ours"]
    assert len({r["province"] for r in ours}) >= 10
    assert len({r["sector"] for r in ours}) >= 8


def test_corpus_articles_mostly_name_their_manifest_province():
    """The manifest's province is real: most articles name it (a district-level report may name only the district)."""
    ours = [r for r in MANIFEST if r["origin"] == "ours"]
    named = 0
    for r in ours:
        text = _article_path(r["split"], r["doc_id"]).read_text(encoding="utf-8")
        named += r["province"].replace("Thành phố ", "").casefold() in text.casefold()
    assert named >= 0.8 * len(ours)


def test_corpus_spans_the_years_2015_to_2025():
    years = {int(r["year"]) for r in MANIFEST if r["origin"] == "ours"}
    assert min(years) <= 2015 and max(years) >= 2025
    assert len(years) >= 8


def test_corpus_has_at_least_eight_negatives_across_splits():
    negatives = [d for d, g in GOLD.items() if g["is_meeting_report"] is False]
    assert len(negatives) >= 8
    for split in SPLITS:
        assert any(GOLD[r["doc_id"]]["is_meeting_report"] is False for r in MANIFEST if r["split"] == split)


def test_corpus_has_html_pages_in_both_splits():
    for split in SPLITS:
        assert list((CORPUS / split).glob("*.html")), split


@pytest.mark.parametrize("doc_id", sorted(GOLD))
def test_corpus_gold_follows_the_gold_format(doc_id):
    g = GOLD[doc_id]
    assert list(g) == GOLD_KEYS
    assert g["doc_id"] == doc_id
    if not g["is_meeting_report"]:
        assert not g["meeting_types"] and not g["people"] and not g["organizations"] and not g["awards"]
        assert g["meeting_date"] is None and g["location"] is None and g["host"] is None
        return
    assert g["meeting_types"] and set(g["meeting_types"]) <= set(MEETING_TYPES)
    assert g["meeting_date"] is None or ISO_DAY.match(g["meeting_date"])
    assert g["time_of_day"] is None or g["time_of_day"] in TIMES_OF_DAY
    assert isinstance(g["pledge_count"], int) and g["pledge_count"] >= 0
    assert g["participant_units"] is None or isinstance(g["participant_units"], int)
    for p in g["people"]:
        assert p["name"] and isinstance(p["titles"], list)
    for a in g["awards"]:
        assert a["recipient_type"] in RECIPIENT_TYPES and isinstance(a["count"], int) and a["count"] >= 1
    for r in g["group_roles"]:
        assert r["role"] in GROUP_ROLES


@pytest.mark.parametrize("doc_id", sorted(GOLD))
def test_corpus_gold_strings_occur_in_the_article(doc_id):
    """Names, titles, organizations and places in the gold are written as in the text (the format asks so)."""
    split = next(r["split"] for r in MANIFEST if r["doc_id"] == doc_id)
    text = _article_path(split, doc_id).read_text(encoding="utf-8")
    flat = " ".join(text.split()).casefold()
    g = GOLD[doc_id]
    strings = [p["name"] for p in g["people"]] + [t for p in g["people"] for t in p["titles"]]
    strings += [s for s in (g["location"], g["emulation_group"]) if s]
    for s in strings:
        assert " ".join(s.split()).casefold() in flat, (doc_id, s)
    for s in g["organizations"]:
        assert _written_or_shared_place(" ".join(s.split()).casefold(), flat), (doc_id, s)


def _written_or_shared_place(name: str, flat: str) -> bool:
    """The name is in the text, or it is a body written in a list whose place is written once at the end
    ("Thường trực HĐND, UBND huyện" → "HĐND huyện"): its head is written just before a list separator, and
    its place is written in the text."""
    if name in flat:
        return True
    words = name.split()
    for k in range(1, len(words)):
        head, place = " ".join(words[:k]), " ".join(words[k:])
        if re.search(re.escape(head) + r"\s*(?:,|và|[-–—])", flat) and place in flat:
            return True
    return False


def test_corpus_seeds_are_the_shared_seeds_unchanged():
    seeds = REPO.parent / "shared" / "seeds"
    if not seeds.is_dir():
        pytest.skip("../shared/seeds is not beside the repository")
    for txt in seeds.glob("*.txt"):
        assert (CORPUS / "dev" / txt.name).read_bytes() == txt.read_bytes()


def test_corpus_our_articles_copy_no_devset_text():
    devset = REPO.parent / "shared" / "devset"
    if not devset.is_dir():
        pytest.skip("../shared/devset is not beside the repository")
    window = 90  # longer than the fixed phrases of the genre ("học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh")
    shingles = set()
    for p in devset.glob("*.txt"):
        t = " ".join(p.read_text(encoding="utf-8").split())
        shingles.update(t[i:i + window] for i in range(0, max(0, len(t) - window), 10))
    for r in MANIFEST:
        if r["origin"] != "ours":
            continue
        t = " ".join(_article_path(r["split"], r["doc_id"]).read_text(encoding="utf-8").split())
        copied = [s for s in shingles if s in t]
        assert not copied, (r["doc_id"], copied[:2])
