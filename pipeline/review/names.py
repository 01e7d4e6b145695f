"""Safe, unique file names for per-article pages.

Uses :func:`pipeline.write.safe_filename` when the writer provides it; otherwise this package's own sanitizer:
letters, digits, ``.``, ``_`` and ``-`` are kept, anything else becomes ``_``, no leading dot, at most 80
characters, and a short hash of the doc id is appended whenever the name had to change (so ``a/b`` and ``a_b``
never collide). Names are also made unique case-insensitively (case-insensitive file systems).
"""

from __future__ import annotations

import hashlib
import re

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def _own_safe_filename(doc_id: str) -> str:
    name = _UNSAFE.sub("_", doc_id).lstrip(".")[:80] or "doc"
    if name != doc_id:
        name = f"{name}-{hashlib.sha1(doc_id.encode('utf-8')).hexdigest()[:8]}"
    return name


try:  # the batch writer's sanitizer, when present, so review pages and other per-doc files agree
    from ..write import safe_filename as _base  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - depends on what the writer provides
    _base = _own_safe_filename


def page_names(doc_ids: list[str]) -> list[str]:
    """A distinct ``<name>.html`` for each doc id, in the same order."""
    used: set[str] = set()
    out = []
    for doc_id in doc_ids:
        stem = _UNSAFE.sub("_", str(_base(str(doc_id)))).lstrip(".") or "doc"
        name, n = stem, 1
        while name.lower() in used:
            n += 1
            name = f"{stem}~{n}"
        used.add(name.lower())
        out.append(f"{name}.html")
    return out
