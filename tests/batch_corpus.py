"""Small generated corpora for the batch tests (runner, resume, Dask): paragraphs of corpus/ shuffled into new
articles with a fixed seed, so every run of the tests sees the same bytes."""

from __future__ import annotations

import json
import random
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def paragraphs() -> list[str]:
    out: list[str] = []
    for path in sorted((REPO / "corpus").rglob("*.txt")):
        for block in path.read_text(encoding="utf-8-sig").split("\n"):
            block = block.strip()
            if 40 <= len(block) <= 1500:
                out.append(block)
    if not out:  # corpus/ absent: still a corpus, made of one made-up paragraph
        out = ["Sáng ngày 18/01/2021, tại hội trường UBND huyện đã tổ chức Hội nghị triển khai nhiệm vụ năm 2021."]
    return out


def articles(n: int, seed: int = 7, per_article: tuple[int, int] = (3, 6)) -> list[str]:
    pool = paragraphs()
    out = []
    for i in range(n):
        rng = random.Random(seed * 100_003 + i)
        out.append("\n".join(rng.choice(pool) for _ in range(rng.randint(*per_article))) + "\n")
    return out


def write_corpus(root: Path, n: int, seed: int = 7, bad: bool = True) -> Path:
    """``n`` articles: most as .txt files, some as lines of a .jsonl (ids out of sorted order), plus a few bad
    inputs (an empty file, a malformed JSON line) when ``bad``. Returns ``root``."""
    root.mkdir(parents=True, exist_ok=True)
    texts = articles(n, seed)
    lines = []
    for i, text in enumerate(texts):
        if i % 5 == 4:
            lines.append(json.dumps({"id": f"z{n - i:03d}", "text": text}, ensure_ascii=False))
        else:
            (root / f"doc_{i:03d}.txt").write_text(text, encoding="utf-8")
    if bad:
        lines.insert(1, "{not json")
        (root / "doc_empty.txt").write_bytes(b"")
    (root / "mixed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return root


def output_bytes(outdir: Path) -> dict[str, bytes]:
    """Every final output file of a run (hidden files and folders excluded)."""
    return {p.name: p.read_bytes() for p in sorted(Path(outdir).iterdir()) if p.is_file() and not p.name.startswith(".")}
