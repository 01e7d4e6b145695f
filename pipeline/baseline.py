"""The off-the-shelf baseline: what a user would glue together from ready-made tools in an afternoon.

It is the reference the pipeline is measured against (``thidua evaluate --baseline``):

* ``underthesea.sent_tokenize`` on each line of the article, then ``underthesea.ner`` (the shipped CRF
  model, ``deep=False``) on each sentence: consecutive ``B-/I-PER`` tokens are people (no titles),
  ``ORG`` spans organizations, the first ``LOC`` span the meeting location;
* ``dateparser.search_dates(text, languages=["vi"])``: the first date found is the meeting date (ISO day); the
  relative base (what a date without a year is read against) is fixed at :data:`RELATIVE_BASE` instead of today,
  so the baseline's column is the same whenever it is run;
* a meeting report is an article with the words the gold format uses to define one: "hội nghị", "lễ",
  "buổi làm việc" (whole words, any case);
* no meeting types, time of day, host, bloc, unit count, pledges, awards, roles or references.

Entities keep offsets (``str.find`` from the previous hit) when the token text occurs in the article;
underthesea rewrites some spellings ("Hoà" → "Hòa"), and then the mention is left out. Nothing is
cached. Speed is that of ``ner``: about 3 articles a second.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import datetime
from pathlib import Path

from .schema import DateItem, Meeting, Mention, Organization, Person, Record, Source

#: The day dateparser reads dates without a year against (its default is today, which made the figures drift).
RELATIVE_BASE = datetime(2026, 1, 1)

MEETING_CUE = re.compile(r"\b(?:hội nghị|lễ|buổi làm việc)\b", re.IGNORECASE)


def read_article(path: Path) -> str:
    """The article text of a UTF-8 ``.txt`` file, or of a UTF-8 ``.html`` page with its tags stripped; NFC."""
    path = Path(path)
    if path.suffix.lower() in (".html", ".htm"):
        import lxml.html

        parser = lxml.html.HTMLParser(encoding="utf-8")
        text = lxml.html.fromstring(path.read_bytes(), parser=parser).text_content()
    else:
        text = path.read_text(encoding="utf-8-sig")
    return unicodedata.normalize("NFC", text)


def _entities(text: str) -> list[tuple[str, str]]:
    """(label, surface) of every NER span, in text order."""
    from underthesea import ner, sent_tokenize

    spans: list[tuple[str, str]] = []
    for line in text.splitlines():
        for sentence in sent_tokenize(line) if line.strip() else []:
            current: tuple[str, list[str]] | None = None
            for token in ner(sentence):
                word, tag = token[0], token[-1]
                if tag.startswith("I-") and current and current[0] == tag[2:]:
                    current[1].append(word)
                    continue
                if current:
                    spans.append((current[0], " ".join(current[1])))
                current = (tag[2:], [word]) if tag[:2] in ("B-", "I-") else None
            if current:
                spans.append((current[0], " ".join(current[1])))
    return spans


def _mentions(text: str, surface: str, cursor: dict[str, int]) -> list[Mention]:
    start = text.find(surface, cursor.get(surface, 0))
    if start < 0:
        return []
    cursor[surface] = start + len(surface)
    return [Mention(start, start + len(surface), surface)]


def _first_date(text: str) -> tuple[str, str] | None:
    from dateparser.search import search_dates

    found = search_dates(text, languages=["vi"], settings={"RELATIVE_BASE": RELATIVE_BASE})
    if not found:
        return None
    surface, value = found[0]
    return surface, value.date().isoformat()


def baseline_record(doc_id: str, text: str) -> dict:
    """The baseline's record for one article (``spec/record-schema.md``)."""
    text = unicodedata.normalize("NFC", text)
    cursor: dict[str, int] = {}
    people: dict[str, Person] = {}
    orgs: dict[str, Organization] = {}
    location = None
    for label, surface in _entities(text):
        if label == "PER":
            person = people.setdefault(surface, Person(name=surface, source="ner"))
            person.mentions += _mentions(text, surface, cursor)
        elif label == "ORG":
            org = orgs.setdefault(surface, Organization(name=surface, type="other", source="ner"))
            org.mentions += _mentions(text, surface, cursor)
        elif label == "LOC" and location is None:
            location = surface

    is_meeting = bool(MEETING_CUE.search(text))
    dates: list[DateItem] = []
    date = _first_date(text)
    if date:
        start = text.find(date[0])
        if start >= 0:
            dates.append(DateItem(text=date[0], value=date[1], precision="day",
                                  role="meeting" if is_meeting else "other", start=start, end=start + len(date[0])))

    meeting = None
    if is_meeting:
        meeting = Meeting(date=date[1] if date else None, date_precision="day" if date else None,
                          location=location)
    record = Record(
        doc_id=doc_id,
        source=Source(),
        text_sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        is_meeting_report=is_meeting,
        meeting=meeting,
        dates=dates,
        organizations=list(orgs.values()),
        people=list(people.values()),
    )
    return record.to_dict()


def run_baseline(gold_dir_articles: list[Path]) -> dict[str, dict]:
    """doc_id (file name without suffix) -> baseline record, for each article file given."""
    out: dict[str, dict] = {}
    for path in gold_dir_articles:
        path = Path(path)
        record = baseline_record(path.stem, read_article(path))
        record["source"]["path"] = str(path)
        out[path.stem] = record
    return out
