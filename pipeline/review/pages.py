"""HTML of the review site: one page per article, and the rows of the index. Every value is escaped here."""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from importlib import resources
from string import Template
from typing import Any

from .spans import EVIDENCE_KINDS, KINDS, Mark, build_marks, render_text


def esc(value: Any) -> str:
    return "" if value is None else html.escape(str(value), quote=True)


def template(name: str) -> str:
    return resources.files(__package__).joinpath("templates", name).read_text(encoding="utf-8")


@dataclass
class Summary:
    """What the index shows about one article (or one error line)."""

    doc_id: str
    href: str | None
    title: str
    date: str
    types: list[str]
    bloc: str
    n_people: int | None
    n_orgs: int | None
    n_awards: int | None
    is_report: bool | None
    flags: list[tuple[str, str]] = field(default_factory=list)  # (level, message): error / review / warning


def article_title(record: dict[str, Any], text: str | None) -> str:
    src = record.get("source") or {}
    meeting = record.get("meeting") or {}
    for candidate in (src.get("title"), meeting.get("title")):
        if candidate and str(candidate).strip():
            return str(candidate).strip()
    if text:
        for line in text.splitlines():
            if line.strip():
                line = line.strip()
                return line if len(line) <= 120 else line[:119] + "…"
    return record.get("doc_id", "")


# --------------------------------------------------------------------------------------------- record tables

EVIDENCE = object()  # link label: the evidence's own text (shortened)


class _Links:
    """Evidence links for the fields of one record."""

    def __init__(self, ids: dict[str, str], problems: dict[str, str], snippets: dict[str, str]):
        self.ids, self.problems, self.snippets = ids, problems, snippets

    def __call__(self, path: str, label: Any, kind: str) -> str:
        if label is EVIDENCE:
            label = _shorten(self.snippets.get(path, "evidence"))
        label = esc(label) if label not in (None, "") else "↦"
        if path in self.ids:
            return f'<a class="ev k-{kind}" href="#{self.ids[path]}" data-field="{esc(path)}">{label}</a>'
        if path in self.problems:
            return f'{label} <span class="bad" title="{esc(self.problems[path])}">⚠ not highlighted</span>'
        return label


def _table(name: str, title: str, head: list[str], rows: list[list[str]]) -> str:
    h = f'<h3 id="t-{name}">{esc(title)} <span class="n">({len(rows)})</span></h3>'
    if not rows:
        return h + '<p class="empty">none found</p>'
    ths = "".join(f"<th>{esc(c)}</th>" for c in head)
    trs = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    return f'{h}<table id="{name}"><thead><tr>{ths}</tr></thead><tbody>{trs}</tbody></table>'


MEETING_FIELDS = ("types", "title", "date", "date_precision", "time_of_day", "location", "host",
                  "emulation_group", "participant_units", "period")


def _shorten(s: str, n: int = 60) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


def record_tables(record: dict[str, Any], ids: dict[str, str], problems: dict[str, str],
                  snippets: dict[str, str] | None = None) -> str:
    """The record as tables; ``snippets`` (field path → its text) label the evidence links."""
    link = _Links(ids, problems, snippets or {})
    parts: list[str] = []
    meeting = record.get("meeting")
    rows = [["is_meeting_report", esc(record.get("is_meeting_report")), ""]]
    if isinstance(meeting, dict):
        evidence = meeting.get("evidence") or {}
        names = list(MEETING_FIELDS) + [k for k in meeting if k not in MEETING_FIELDS and k != "evidence"]
        for name in names:
            value = meeting.get(name)
            shown = ", ".join(map(str, value)) if isinstance(value, list) else value
            ev = ""
            if name in evidence:
                ev = link(f"meeting.evidence.{name}", EVIDENCE, EVIDENCE_KINDS.get(name, "MEETING"))
            rows.append([esc(name), esc(shown) if shown not in (None, "") else '<span class="empty">—</span>', ev])
        for name in evidence:
            if name not in meeting:
                rows.append([esc(name), "", link(f"meeting.evidence.{name}", EVIDENCE, "MEETING")])
    parts.append(_table("meeting", "Meeting", ["field", "value", "evidence"], rows))

    rows = []
    for i, p in enumerate(record.get("people") or []):
        mentions = p.get("mentions") or []
        name = link(f"people[{i}].mentions[0]", p.get("name"), "PERSON") if mentions else esc(p.get("name"))
        titles = []
        for j, t in enumerate(p.get("titles") or []):
            if isinstance(t, dict):
                label = t.get("title") + (f" ({t['organization']})" if t.get("organization") else "") \
                    if t.get("title") else ""
                titles.append(link(f"people[{i}].titles[{j}]", label, "TITLE"))
            else:
                titles.append(esc(t))
        more = " ".join(link(f"people[{i}].mentions[{j}]", j + 1, "PERSON") for j in range(1, len(mentions)))
        rows.append([name, esc(p.get("honorific")), "<br>".join(titles), more])
    parts.append(_table("people", "People and titles", ["name", "honorific", "titles", "more mentions"], rows))

    rows = []
    for i, o in enumerate(record.get("organizations") or []):
        mentions = o.get("mentions") or []
        name = link(f"organizations[{i}].mentions[0]", o.get("name"), "ORG") if mentions else esc(o.get("name"))
        more = " ".join(link(f"organizations[{i}].mentions[{j}]", j + 1, "ORG") for j in range(1, len(mentions)))
        rows.append([name, esc(o.get("type")), esc(o.get("abbreviation")), esc(len(mentions)), more])
    parts.append(_table("organizations", "Organizations", ["name", "type", "abbreviation", "mentions", "more"], rows))

    rows = [[esc(p.get("index")), link(f"pledges[{i}]", p.get("text"), "PLEDGE")]
            for i, p in enumerate(record.get("pledges") or [])]
    parts.append(_table("pledges", "Pledges", ["#", "text"], rows))

    rows = [[esc(a.get("award")), esc(a.get("recipient")), esc(a.get("recipient_type")), esc(a.get("count")),
             esc(a.get("issuer")), link(f"awards[{i}]", EVIDENCE, "AWARD")]
            for i, a in enumerate(record.get("awards") or [])]
    parts.append(_table("awards", "Awards", ["award", "recipient", "kind", "count", "issuer", "evidence"], rows))

    rows = [[esc(g.get("role")), esc(g.get("holder")), link(f"group_roles[{i}]", EVIDENCE, "GROUP_ROLE")]
            for i, g in enumerate(record.get("group_roles") or [])]
    parts.append(_table("group_roles", "Bloc and cluster roles", ["role", "holder", "evidence"], rows))

    rows = [[esc(r.get("kind")), esc(r.get("number")), esc(r.get("issuer")), esc(r.get("date")),
             link(f"references[{i}]", r.get("text"), "REFERENCE")]
            for i, r in enumerate(record.get("references") or [])]
    parts.append(_table("references", "Documents cited", ["kind", "number", "issuer", "date", "text"], rows))

    rows = [[link(f"dates[{i}]", d.get("text"), "DATE"), esc(d.get("value")), esc(d.get("precision")),
             esc(d.get("role")), esc(d.get("time_of_day")), esc("yes" if d.get("year_inferred") else "")]
            for i, d in enumerate(record.get("dates") or [])]
    parts.append(_table("dates", "Dates", ["text", "value", "precision", "role", "time of day", "year inferred"], rows))

    warnings = record.get("warnings") or []
    parts.append(f'<h3 id="t-warnings">Warnings <span class="n">({len(warnings)})</span></h3>')
    parts.append('<ul class="warnings">' + "".join(f"<li>{esc(w)}</li>" for w in warnings) + "</ul>"
                 if warnings else '<p class="empty">none</p>')
    if problems:
        parts.append('<h3 id="t-problems">Spans not highlighted</h3><ul class="warnings">'
                     + "".join(f"<li><code>{esc(p)}</code>: {esc(why)}</li>" for p, why in problems.items()) + "</ul>")
    return "\n".join(parts)


def legend(marks: list[Mark]) -> str:
    counts = {k: 0 for k in KINDS}
    for m in marks:
        counts[m.kind] = counts.get(m.kind, 0) + 1
    out = []
    for k in KINDS:
        if k == "OTHER" and not counts[k]:
            continue
        cls = "" if counts[k] else " absent"
        out.append(f'<span class="ent k-{k}{cls}" data-legend="{k}">{k}<span class="n">{counts[k]}</span></span>')
    return "".join(out)


# --------------------------------------------------------------------------------------------- one article

def article_page(record: dict[str, Any], text: str | None, problem: str | None, *, prev: str | None,
                 next_: str | None) -> tuple[str, Summary]:
    """The HTML page of one record and what the index shows about it."""
    doc_id = str(record.get("doc_id"))
    flags: list[tuple[str, str]] = [("warning", str(w)) for w in record.get("warnings") or []]
    notices = []
    if text is None:
        flags.append(("review", problem or "article text not available"))
        notices.append(f'<p class="notice" id="text-problem">{esc(problem)}</p>')
        marks, ids, problems, snippets = [], {}, {}, {}
        body = '<p class="empty">The article text is not shown: see the notice above. The record is on the right.</p>'
    else:
        marks, ids, problems = build_marks(text, record)
        snippets = {p: text[m.start:m.end] for m in marks for p in m.paths}
        body = render_text(text, marks)
        if problems:
            flags.append(("review", f"{len(problems)} span(s) do not fit the text"))
            notices.append(f'<p class="notice warn">{len(problems)} extracted span(s) do not fit the text and are '
                           f'not highlighted (listed under the record).</p>')
    src = record.get("source") or {}
    meta = [f"doc id <code>{esc(doc_id)}</code>", f"source <code>{esc(src.get('path'))}</code>"]
    if src.get("url"):
        meta.append(f'<a href="{esc(src["url"])}" rel="noreferrer noopener">original page</a>')
    meta.append(f"sha256 <code>{esc(str(record.get('text_sha256', ''))[:12])}…</code>")
    if record.get("is_meeting_report") is False:
        meta.append("<strong>not a meeting report</strong>")
    nav = ['<a href="../index.html">↑ all articles</a>']
    if prev:
        nav.append(f'<a href="{esc(prev)}" rel="prev">← previous</a>')
    if next_:
        nav.append(f'<a href="{esc(next_)}" rel="next">next →</a>')
    title = article_title(record, text)
    page = Template(template("article.html")).substitute(
        doc_id=esc(doc_id), title=esc(title), meta=" · ".join(meta), notices="\n".join(notices),
        legend=legend(marks), text=body, tables=record_tables(record, ids, problems, snippets), nav=" ".join(nav))
    meeting = record.get("meeting") or {}
    summary = Summary(
        doc_id=doc_id, href=None, title=title, date=str(meeting.get("date") or ""),
        types=[str(t) for t in meeting.get("types") or []], bloc=str(meeting.get("emulation_group") or ""),
        n_people=len(record.get("people") or []), n_orgs=len(record.get("organizations") or []),
        n_awards=len(record.get("awards") or []), is_report=record.get("is_meeting_report"), flags=flags)
    return page, summary


# --------------------------------------------------------------------------------------------- index

def _flags_html(flags: list[tuple[str, str]]) -> str:
    order = {"error": 0, "review": 1, "warning": 2}
    out = []
    for level, msg in sorted(flags, key=lambda f: order.get(f[0], 3)):
        out.append(f'<span class="flag flag-{level}" title="{esc(msg)}">{esc(level)}</span>')
    details = "; ".join(msg for level, msg in flags if level != "warning" or len(flags) <= 3)
    if details:
        out.append(f'<div class="flag-text">{esc(details)}</div>')
    return "".join(out)


def index_row(s: Summary, order: int) -> str:
    if s.href:
        doc = f'<a href="{esc(s.href)}">{esc(s.doc_id)}</a>'
    else:
        doc = esc(s.doc_id)
    if s.is_report is False:
        types = '<span class="tag">not a meeting report</span>'
    else:
        types = "".join(f'<span class="tag">{esc(t)}</span>' for t in s.types)
    classes = []
    if any(level == "error" for level, _ in s.flags):
        classes.append("row-error")
    if s.is_report is False:
        classes.append("not-report")
    cls = f' class="{" ".join(classes)}"' if classes else ""
    nums = [f'<td class="num">{"" if n is None else n}</td>' for n in (s.n_people, s.n_orgs, s.n_awards)]
    # flags sort by severity: errors first when sorted descending
    weight = sum({"error": 1000, "review": 100, "warning": 1}.get(level, 0) for level, _ in s.flags)
    return (f'<tr{cls} data-order="{order}" data-doc="{esc(s.doc_id)}"><td>{doc}</td><td>{esc(s.title)}</td>'
            f'<td>{esc(s.date)}</td><td>{types}</td><td>{esc(s.bloc)}</td>{"".join(nums)}'
            f'<td class="flags" data-sort="{weight}">{_flags_html(s.flags)}</td></tr>')


def _n(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def index_page(summaries: list[Summary]) -> str:
    n_articles = sum(1 for s in summaries if s.href)
    n_errors = sum(1 for s in summaries if not s.href)
    n_reports = sum(1 for s in summaries if s.is_report)
    n_flagged = sum(1 for s in summaries if s.href and s.flags)
    summary = (f"{_n(n_articles, 'article')} ({_n(n_reports, 'meeting report')}), "
               f"{_n(n_errors, 'input')} that failed, {_n(n_flagged, 'article')} with warnings or review notes")
    rows = "\n".join(index_row(s, i) for i, s in enumerate(summaries))
    return Template(template("index.html")).substitute(
        n_articles=n_articles, summary=esc(summary), rows=rows, n_rows=len(summaries))
