"""The record of ``spec/record-schema.md`` as dataclasses.

Every item keeps the surface text and its character offsets into the canonical text (the NFC-normalized
article) beside the normalized value, so ``text[start:end] == item.text`` (``item.title`` for titles).
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, is_dataclass
from typing import Any

SCHEMA_VERSION = "1.0"


@dataclass
class Mention:
    start: int
    end: int
    text: str


@dataclass
class Source:
    path: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None


@dataclass
class DateItem:
    text: str
    value: str  # ISO 8601: YYYY-MM-DD, YYYY-MM or YYYY
    precision: str  # labels.DATE_PRECISIONS
    role: str  # labels.DATE_ROLES
    start: int
    end: int
    year_inferred: bool = False
    time_of_day: str | None = None  # labels.TIMES_OF_DAY


@dataclass
class Organization:
    name: str
    type: str  # labels.ORG_TYPES
    abbreviation: str | None = None
    mentions: list[Mention] = field(default_factory=list)
    source: str = "rule"  # which recognizer found it: "rule", "ner", ...


@dataclass
class Title:
    title: str  # surface text of the position, e.g. "Giám đốc Sở Văn hóa, Thể thao và Du lịch"
    organization: str | None
    start: int
    end: int


@dataclass
class Person:
    name: str
    honorific: str | None = None
    titles: list[Title] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    source: str = "rule"


@dataclass
class Pledge:
    index: int
    text: str
    start: int
    end: int


@dataclass
class Award:
    award: str  # normalized form: "Giấy khen", "Huân chương Lao động hạng Ba"
    recipient: str
    recipient_type: str  # labels.RECIPIENT_TYPES
    count: int
    issuer: str | None
    text: str  # surface text of the whole award statement span
    start: int
    end: int


@dataclass
class GroupRole:
    role: str  # labels.GROUP_ROLES
    holder: str
    text: str
    start: int
    end: int


@dataclass
class Reference:
    kind: str  # Nghị quyết, Chỉ thị, Quyết định, Kế hoạch, ...
    number: str
    issuer: str | None
    date: str | None
    text: str
    start: int
    end: int


@dataclass
class Meeting:
    types: list[str] = field(default_factory=list)
    title: str | None = None
    date: str | None = None
    date_precision: str | None = None
    time_of_day: str | None = None
    location: str | None = None
    host: str | None = None
    emulation_group: str | None = None
    participant_units: int | None = None
    period: str | None = None
    evidence: dict[str, list[int]] = field(default_factory=dict)


@dataclass
class Record:
    doc_id: str
    source: Source
    text_sha256: str
    is_meeting_report: bool = False
    meeting: Meeting | None = None
    dates: list[DateItem] = field(default_factory=list)
    organizations: list[Organization] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    pledges: list[Pledge] = field(default_factory=list)
    awards: list[Award] = field(default_factory=list)
    group_roles: list[GroupRole] = field(default_factory=list)
    references: list[Reference] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    schema_version: str = SCHEMA_VERSION

    def to_dict(self) -> dict[str, Any]:
        """The record as the JSON object of the spec, keys in the spec's order."""
        d = _plain(self)
        order = [
            "schema_version", "doc_id", "source", "text_sha256", "is_meeting_report", "meeting", "dates",
            "organizations", "people", "pledges", "awards", "group_roles", "references", "warnings",
        ]
        return {k: d[k] for k in order}


def _plain(value: Any) -> Any:
    """Dataclasses as dicts, recursively, like ``dataclasses.asdict`` but without its deep copy of every leaf (the
    items are built fresh for each record, nothing is shared)."""
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, (list, tuple)):
        return type(value)(_plain(v) for v in value)
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def iter_spans(record: dict[str, Any]):
    """Yield ``(path, start, end, surface)`` for every item with offsets in a record dict.

    Used by tests and the review page: for each, ``canonical_text[start:end] == surface``.
    """
    def walk(obj: Any, path: str):
        if isinstance(obj, dict):
            if isinstance(obj.get("start"), int) and isinstance(obj.get("end"), int):
                surface = obj.get("text", obj.get("title"))
                if isinstance(surface, str):
                    yield path, obj["start"], obj["end"], surface
            for k, v in obj.items():
                if k == "evidence" and isinstance(v, dict):
                    for name, span in v.items():
                        if isinstance(span, list) and len(span) == 2:
                            yield f"{path}.evidence.{name}", span[0], span[1], None
                else:
                    yield from walk(v, f"{path}.{k}")
        elif isinstance(obj, list):
            for i, v in enumerate(obj):
                yield from walk(v, f"{path}[{i}]")

    yield from walk(record, "")
