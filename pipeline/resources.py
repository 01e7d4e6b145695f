"""Where the models and lexicons the pipeline loads live, and how their data files are read.

Everything the pipeline loads is in the repository under ``models/`` (or in a registry package): nothing is
downloaded at run time. ``THIDUA_MODELS`` may point elsewhere (e.g. an installed copy).
"""

from __future__ import annotations

import os
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent


def models_dir() -> Path:
    env = os.environ.get("THIDUA_MODELS")
    return Path(env) if env else REPO_ROOT / "models"


def data_path(name: str) -> Path:
    return models_dir() / name


def read_table(path: Path, columns: int | None = None) -> list[tuple[str, ...]]:
    """Rows of a TSV data file; '#' lines are comments (they hold the source note), blank lines skipped.

    With ``columns``, each row is split into at most that many fields and must have exactly that many.
    """
    rows: list[tuple[str, ...]] = []
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, start=1):
            line = line.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            parts = line.split("\t", columns - 1) if columns else line.split("\t")
            if columns and len(parts) != columns:
                raise ValueError(f"{path.name}:{lineno}: expected {columns} tab-separated columns, got {len(parts)}")
            rows.append(tuple(p.strip() for p in parts))
    return rows


def read_words(path: Path) -> list[str]:
    """One entry a line (first column), comments and blanks skipped."""
    return [row[0] for row in read_table(path)]
