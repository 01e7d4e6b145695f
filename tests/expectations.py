"""The recorded expectations the gold tests hold the pipeline to, and the script that re-records them.

- ``tests/known_misses.tsv``: (doc_id, field) pairs the pipeline is known to get wrong; their tests are
  ``xfail(strict=True)``, so a fix shows up as an XPASS failure and the line must be removed (no silent drift).
- ``tests/accuracy_floor.json``: the per-field scores on ``corpus/dev``, ``corpus/test`` and ``../shared/devset`` recorded when
  the expectations were last re-recorded; the regression test fails when a score drops below its floor.

Re-record after a deliberate change (and say so in the commit):  ``.venv/bin/python tests/expectations.py``
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
MISSES = REPO / "tests" / "known_misses.tsv"
FLOOR = REPO / "tests" / "accuracy_floor.json"

#: Per-document fields checked one test each (the scalar fields of the gold format).
DOC_FIELDS = ("is_meeting_report", "meeting_types", "meeting_date", "time_of_day", "location", "host",
              "emulation_group", "participant_units", "pledge_count")
#: Fields whose corpus-level score has a recorded floor.
FLOOR_FIELDS = DOC_FIELDS + ("people", "person_titles", "organizations", "awards", "group_roles", "references")
#: Scores are recorded rounded down to this many decimals, so reruns on the same code stay above the floor.
DECIMALS = 3


def field_value(result: dict) -> float | None:
    return result["accuracy"] if result["metric"] == "accuracy" else result["f1"]


def extract_records(inputs: list[Path]) -> dict[str, dict]:
    from pipeline.runner import run

    with tempfile.TemporaryDirectory() as tmp:
        run(inputs, tmp, workers=1)
        lines = (Path(tmp) / "records.jsonl").read_text(encoding="utf-8").splitlines()
    return {r["doc_id"]: r for r in map(json.loads, lines)}


def doc_misses(gold: dict[str, dict], records: dict[str, dict]) -> list[tuple[str, str]]:
    from pipeline.evaluate import score

    misses = []
    for doc_id in sorted(gold):
        s = score({doc_id: gold[doc_id]}, {doc_id: records[doc_id]} if doc_id in records else {})
        for f in DOC_FIELDS:
            acc = s.fields[f]
            if acc.total and acc.correct != acc.total:
                misses.append((doc_id, f))
    return misses


def main() -> int:
    from pipeline.evaluate import load_gold, score

    sets = {"corpus/test": [REPO / "corpus" / "test"], "corpus/dev": [REPO / "corpus" / "dev"]}
    devset = REPO.parent / "shared" / "devset"
    if devset.is_dir():
        sets["devset"] = [devset]
    floors: dict[str, dict[str, float]] = {}
    misses: list[tuple[str, str]] = []
    for name, dirs in sets.items():
        gold = load_gold(dirs)
        records = extract_records(dirs)
        if name.startswith("corpus/"):
            misses += doc_misses(gold, records)
        s = score(gold, records).to_dict()["fields"]
        floors[name] = {f: int(field_value(s[f]) * 10**DECIMALS) / 10**DECIMALS
                        for f in FLOOR_FIELDS if field_value(s[f]) is not None}
    MISSES.write_text("# doc_id\tfield — known misses of the pipeline on corpus/ (re-recorded by tests/expectations.py)\n"
                      + "".join(f"{d}\t{f}\n" for d, f in misses), encoding="utf-8")
    FLOOR.write_text(json.dumps(floors, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(misses)} known misses; floors for {', '.join(floors)}", file=sys.stderr)
    return 0


def read_misses() -> set[tuple[str, str]]:
    if not MISSES.exists():
        return set()
    rows = [l.split("\t") for l in MISSES.read_text(encoding="utf-8").splitlines() if l and not l.startswith("#")]
    return {(r[0], r[1]) for r in rows}


def read_floor() -> dict[str, dict[str, float]]:
    return json.loads(FLOOR.read_text(encoding="utf-8")) if FLOOR.exists() else {}


if __name__ == "__main__":
    sys.path.insert(0, str(REPO))
    sys.exit(main())
