"""``thidua review OUTDIR``: a static site to check extractions by eye, in ``OUTDIR/review/``.

``index.html`` lists every article of ``records.jsonl`` and every failed input of ``errors.jsonl`` (sortable,
filterable); ``articles/<name>.html`` shows one article's text with every extracted span highlighted by kind
beside the record as tables; ``assets/`` holds the one CSS and one JS file. No network, no CDN: the folder can
be zipped and opened anywhere. The site is built in a temporary folder and swapped in when complete.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
from importlib import resources
from pathlib import Path
from typing import Any, Iterable

from .names import page_names
from .pages import Summary, article_page, index_page
from .texts import locate

__all__ = ["build", "run"]


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    out = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                out.append(json.loads(line))
    return out


def build(outdir: str | os.PathLike, inputs: Iterable[str | os.PathLike] | None = None) -> Path:
    """Write ``OUTDIR/review/`` from ``OUTDIR/records.jsonl`` and ``errors.jsonl``; return the index path."""
    outdir = Path(outdir)
    records = _read_jsonl(outdir / "records.jsonl")
    errors = _read_jsonl(outdir / "errors.jsonl")
    final = outdir / "review"
    tmp = outdir / f".review.tmp-{os.getpid()}"
    shutil.rmtree(tmp, ignore_errors=True)
    (tmp / "articles").mkdir(parents=True)
    (tmp / "assets").mkdir()
    try:
        for asset in ("review.css", "review.js"):
            data = resources.files(__package__).joinpath("templates", asset).read_bytes()
            (tmp / "assets" / asset).write_bytes(data)
        names = page_names([r.get("doc_id", "") for r in records])
        position = {id(r): i for i, r in enumerate(records)}
        summaries: list[Summary | None] = [None] * len(records)
        for found in locate(records, inputs, bases=[Path.cwd(), outdir.parent, outdir]):
            i = position[id(found.record)]
            page, summary = article_page(found.record, found.text, found.problem,
                                         prev=names[i - 1] if i > 0 else None,
                                         next_=names[i + 1] if i + 1 < len(records) else None)
            (tmp / "articles" / names[i]).write_text(page, encoding="utf-8")
            summary.href = f"articles/{names[i]}"
            summaries[i] = summary
        rows = [s for s in summaries if s is not None]
        for e in errors:
            rows.append(Summary(doc_id=str(e.get("doc_id", "")), href=None, title=str(e.get("source") or ""),
                                date="", types=[], bloc="", n_people=None, n_orgs=None, n_awards=None,
                                is_report=None, flags=[("error", str(e.get("error", "")))]))
        (tmp / "index.html").write_text(index_page(rows), encoding="utf-8")
        old = outdir / f".review.old-{os.getpid()}"
        if final.exists():
            final.rename(old)
        tmp.rename(final)
        shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return final / "index.html"


def run(args) -> int:
    """The ``thidua review`` command: 0 when the site is written, 2 when OUTDIR holds no records."""
    outdir = Path(args.outdir)
    if not (outdir / "records.jsonl").exists() and not (outdir / "errors.jsonl").exists():
        print(f"thidua review: {outdir} has no records.jsonl (run `thidua extract ... -o {outdir}` first)",
              file=sys.stderr)
        return 2
    index = build(outdir, getattr(args, "inputs", None) or None)
    n_pages = len(list((index.parent / "articles").glob("*.html")))
    print(f"{n_pages} article pages → {index}", file=sys.stderr)
    return 0
