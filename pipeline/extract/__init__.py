"""Extract: one module per extractor, each a function from the processed document to its items.

The order matters only where an extractor reads what an earlier one found (titles need organizations, awards
need people and organizations, the meeting needs everything); that dependency is explicit in the arguments.

| field            | module                                    |
|------------------|-------------------------------------------|
| dates            | :mod:`pipeline.extract.dates`             |
| organizations    | :mod:`pipeline.extract.organizations`     |
| people, titles   | :mod:`pipeline.extract.people`            |
| references       | :mod:`pipeline.extract.references`        |
| pledges          | :mod:`pipeline.extract.pledges`           |
| awards           | :mod:`pipeline.extract.awards`            |
| group roles      | :mod:`pipeline.extract.group_roles`       |
| meeting (type, date, place, host, bloc, size) | :mod:`pipeline.extract.meeting` |
"""

from __future__ import annotations

from ..document import Document
from ..schema import Record
from . import awards, dates, group_roles, meeting, organizations, people, pledges, references


def extract_record(doc: Document) -> Record:
    """Run every extractor on a document and assemble its record."""
    warnings: list[str] = []
    found_dates = dates.extract(doc, warnings)
    found_orgs = organizations.extract(doc)
    found_people = people.extract(doc, found_orgs)
    found_refs = references.extract(doc, found_dates)
    found_pledges = pledges.extract(doc)
    found_awards = awards.extract(doc, found_orgs, found_people)
    found_roles = group_roles.extract(doc, found_orgs, found_people)
    record = Record(
        doc_id=doc.doc_id,
        source=doc.source,
        text_sha256=doc.sha256,
        dates=found_dates,
        organizations=found_orgs,
        people=found_people,
        pledges=found_pledges,
        awards=found_awards,
        group_roles=found_roles,
        references=found_refs,
        warnings=warnings,
    )
    record.is_meeting_report, record.meeting = meeting.extract(doc, record)
    return record
