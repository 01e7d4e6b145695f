"""The one list of labels shared by the schema, the rules, the evaluator and the tests."""

from __future__ import annotations

#: Meeting-type labels of ``spec/gold-format.md``.
MEETING_TYPES: tuple[str, ...] = (
    "pledge_signing",
    "campaign_launch",
    "midterm_review",
    "annual_review",
    "work_deployment",
    "award_ceremony",
    "party_meeting",
    "other",
)

TIMES_OF_DAY: tuple[str, ...] = ("morning", "noon", "afternoon", "evening")

DATE_PRECISIONS: tuple[str, ...] = ("day", "month", "year")

#: What a date in the article stands for.
DATE_ROLES: tuple[str, ...] = ("meeting", "publication", "document", "period", "anniversary", "other")

#: Leadership roles of an emulation bloc (khối) or cluster (cụm), in their canonical spelling.
GROUP_ROLES: tuple[str, ...] = ("Trưởng khối", "Phó trưởng khối", "Cụm trưởng", "Cụm phó")

RECIPIENT_TYPES: tuple[str, ...] = ("collective", "individual", "mixed")

#: Organization types, assigned from the head noun of the name (models/lexicons/org_heads.tsv).
ORG_TYPES: tuple[str, ...] = (
    "ministry",
    "department",
    "people_committee",
    "people_council",
    "party_body",
    "union",
    "association",
    "youth_union",
    "front",
    "emulation_group",
    "museum",
    "school",
    "hospital",
    "police",
    "military",
    "enterprise",
    "institute",
    "center",
    "unit_department",
    "agency",
    "other",
)

#: Labels of recognized spans (spaCy ``doc.spans`` / ``doc.ents``), shared by recognizers and the review page.
SPAN_LABELS: tuple[str, ...] = (
    "PERSON",
    "TITLE",
    "ORG",
    "LOCATION",
    "DATE",
    "AWARD",
    "REFERENCE",
    "PLEDGE",
    "GROUP_ROLE",
)

#: Labels of the cue spans the recognizer's SpanRuler marks (``doc.spans["thidua_cues"]``, :mod:`pipeline.recognize`),
#: one per lexicon of models/lexicons/: honorifics, position heads, organization heads, compounds that only look like
#: a head, leadership boards, official names with commas inside, place qualifiers, words that end a name, and names
#: that are not people.
CUE_LABELS: tuple[str, ...] = (
    "HONORIFIC",
    "POSITION",
    "ORG_HEAD",
    "NOT_ORG_HEAD",
    "BOARD",
    "ORG_NAME",
    "ADMIN",
    "STOP",
    "NOT_PERSON",
)

#: Which recognizer found a span or an item (``span.id_`` / ``span._.source``, ``Person.source``, ``Organization.source``).
SPAN_SOURCES: tuple[str, ...] = ("rule", "ner")

#: Kinds of text segments produced by ``pipeline.segment``.
SEGMENT_KINDS: tuple[str, ...] = ("heading", "paragraph", "list_item", "caption", "noise")

#: Kinds of page chrome recognized by ``pipeline.clean`` (see models/noise_patterns.tsv).
NOISE_KINDS: tuple[str, ...] = (
    "rating",
    "counter",
    "comment",
    "related_links",
    "skip_link",
    "share",
    "navigation",
    "timestamp",
    "byline",
    "language_switch",
    "other",
)
