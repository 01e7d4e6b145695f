#!/usr/bin/env python3
"""Throughput benchmark: documents/second and peak memory of the pipeline beside the baseline and the floor.

    python bench/run.py [--docs 400] [--baseline-docs 40] [--seed 1] [--repeat 3]      (or: make bench)

It generates a corpus of ``--docs`` articles from ``corpus/`` (each article keeps the shape and length of a
corpus article, with half its paragraphs swapped for paragraphs of other articles and the sentences of some
paragraphs shuffled; the seed makes it the same every time) as one JSONL file, then measures, each in a fresh
process with its models loaded before the clock starts:

* the pipeline (``thidua extract``, all output formats off but JSONL+CSV) with 1 worker and with every core;
* the same pipeline, 1 worker, without the people/title/organization recognizers (:mod:`pipeline.recognize`
  returns nothing, so the extractors that read it find nothing): the table gives the recognizers' cost as the
  ratio of the two speeds (issue 4 wants it under 2×); these two rows are measured in turn ``--repeat`` times and
  each keeps its fastest run, the least disturbed by other processes (the range of the pairs' ratios is printed);
* the baseline (:func:`pipeline.baseline.baseline_record`: underthesea ``ner`` + ``dateparser``) on the first
  ``--baseline-docs`` documents (it is slow);
* underthesea ``word_tokenize`` alone on each document's text: the floor every Vietnamese pipeline pays;
* the pipeline's own segment + tokenize stage (``document.build`` then the spaCy ``Doc`` of underthesea words),
  which extractors pay only if they read ``Document.spacy_doc``.

and prints one table. Peak RSS is per process that does the work (``ru_maxrss``: the measuring process for
in-process rows, the largest worker for multi-worker rows). Figures vary with the load of the machine: the
table's last line gives the load average while it ran.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
_BARE = "pipeline without recognizers"
_SENTENCE = re.compile(r"(?<=[.!?…])\s+(?=[A-ZĐÀ-Ỹ])")


# --------------------------------------------------------------------------------------------- corpus

def corpus_articles() -> list[str]:
    """The article texts of corpus/ (.txt files; HTML pages are left out)."""
    return [p.read_text(encoding="utf-8-sig") for p in sorted((REPO / "corpus").rglob("*.txt"))]


def generate(n: int, seed: int) -> list[str]:
    """``n`` articles made from corpus/ paragraphs, deterministic for a seed."""
    articles = corpus_articles()
    if not articles:
        raise SystemExit("corpus/ has no .txt articles to build a benchmark corpus from")
    pool = [p for a in articles for p in a.split("\n") if len(p.strip()) >= 40]
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        template = rng.choice(articles).split("\n")
        lines = [template[0]]
        for line in template[1:]:
            if len(line.strip()) >= 40 and rng.random() < 0.5:
                line = rng.choice(pool)
            if rng.random() < 0.3:
                sentences = _SENTENCE.split(line)
                rng.shuffle(sentences)
                line = " ".join(sentences)
            lines.append(line)
        out.append("\n".join(lines))
    return out


# --------------------------------------------------------------------------------------------- measures

def _texts(corpus: Path, n: int) -> list[tuple[str, str]]:
    rows = []
    with corpus.open(encoding="utf-8") as fh:
        for line in fh:
            obj = json.loads(line)
            rows.append((obj["id"], obj["text"]))
            if len(rows) == n:
                break
    return rows


def _rss_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # Linux: kilobytes


def _cpu() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def measure(kind: str, corpus: Path, n: int, workers: int) -> dict:
    """One row, measured in this (fresh) process."""
    row = _measure(kind, corpus, n, workers)
    row["cpu"] = _cpu() - row.pop("cpu0")
    return row


def _without_recognizers() -> None:
    """Make this (bench) process's recognizers find nothing: :func:`pipeline.recognize.recognize_text` returns an
    empty :class:`~pipeline.recognize.Recognition` (a seam for the bench only, not an option of the pipeline)."""
    from pipeline import recognize

    def nothing(text, breaks=(), noise=(), ner=False):
        return recognize.Recognition(orgs=[], people=[], text=text)

    recognize.recognize_text = nothing


def _measure(kind: str, corpus: Path, n: int, workers: int) -> dict:
    if kind == "pipeline_without_recognizers":
        _without_recognizers()
        kind = "pipeline"
    if kind == "pipeline":
        from pipeline.process import warm_up
        from pipeline.runner import run

        warm_up()
        with tempfile.TemporaryDirectory() as out:
            cpu0 = _cpu()
            t0 = time.perf_counter()
            summary = run([corpus], out, workers=workers, quiet=True, timeout=60)
            seconds = time.perf_counter() - t0
        docs = summary.n_records + summary.n_errors
        rss = _rss_mb(resource.RUSAGE_SELF) if workers == 1 else _rss_mb(resource.RUSAGE_CHILDREN)
        return {"docs": docs, "seconds": seconds, "rss": rss, "errors": summary.n_errors, "cpu0": cpu0}
    texts = _texts(corpus, n)
    if kind == "baseline":
        from pipeline.baseline import baseline_record

        baseline_record("warm", texts[0][1][:300])
        cpu0, t0 = _cpu(), time.perf_counter()
        for doc_id, text in texts:
            baseline_record(doc_id, text)
    elif kind == "word_tokenize":
        from underthesea import word_tokenize

        word_tokenize(texts[0][1][:300])
        cpu0, t0 = _cpu(), time.perf_counter()
        for _, text in texts:
            word_tokenize(text)
    elif kind == "tokenize_stage":
        from pipeline import document
        from pipeline.ingest import Article
        from pipeline.schema import Source

        document.build(Article("warm", texts[0][1][:300], Source())).spacy_doc
        cpu0, t0 = _cpu(), time.perf_counter()
        for doc_id, text in texts:
            document.build(Article(doc_id, text, Source())).spacy_doc
    else:
        raise SystemExit(f"unknown measure {kind}")
    return {"docs": len(texts), "seconds": time.perf_counter() - t0, "rss": _rss_mb(resource.RUSAGE_SELF),
            "cpu0": cpu0}


def _spin(seconds: float) -> None:
    t = time.process_time()
    while time.process_time() - t < seconds:
        pass


def parallel_capacity(n: int, seconds: float = 1.0) -> float:
    """How many cores this machine gives us now: ``n`` processes each burning ``seconds`` of CPU, against the
    wall time that takes (n on an idle machine; less when other work shares the cores)."""
    import multiprocessing

    ctx = multiprocessing.get_context("fork")
    procs = [ctx.Process(target=_spin, args=(seconds,)) for _ in range(n)]
    t0 = time.perf_counter()
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    return n * seconds / (time.perf_counter() - t0)


def _run_measure(kind: str, corpus: Path, n: int, workers: int) -> dict:
    cmd = [sys.executable, __file__, "--measure", kind, "--corpus", str(corpus), "--docs", str(n),
           "--workers", str(workers)]
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=REPO)
    if proc.returncode != 0:
        raise SystemExit(f"measure {kind} failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return f"{cores} cores, {cpu}, Python {platform.python_version()}, {platform.system()} {platform.release()}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=400, help="articles in the generated corpus (default 400)")
    ap.add_argument("--baseline-docs", type=int, default=40, help="articles the slow baseline runs on (default 40)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--repeat", type=int, default=3,
                    help="runs of the pipeline with and without recognizers, in turn; each row keeps its fastest "
                         "(default 3)")
    ap.add_argument("--measure", help=argparse.SUPPRESS)
    ap.add_argument("--corpus", help=argparse.SUPPRESS)
    ap.add_argument("--workers", type=int, default=1, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    if args.repeat < 1:
        ap.error("--repeat must be at least 1")
    if args.measure:
        print(json.dumps(measure(args.measure, Path(args.corpus), args.docs, args.workers)))
        return 0

    cores = len(os.sched_getaffinity(0))
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "bench.jsonl"
        texts = generate(args.docs, args.seed)
        with corpus.open("w", encoding="utf-8") as fh:
            for i, text in enumerate(texts):
                fh.write(json.dumps({"id": f"bench-{i:05d}", "text": text}, ensure_ascii=False) + "\n")
        chars = sum(len(t) for t in texts) / len(texts)
        load0 = os.getloadavg()[0]
        # the two rows of the recognizers' cost, measured in turn ``--repeat`` times: each row keeps its fastest
        # run (the least disturbed by other processes), and the ratio of every pair of runs is kept too
        pairs = [(_run_measure("pipeline", corpus, args.docs, 1),
                  _run_measure("pipeline_without_recognizers", corpus, args.docs, 1)) for _ in range(args.repeat)]
        pair_ratios = sorted(a["cpu"] / b["cpu"] for a, b in pairs)
        rows = [("pipeline, 1 worker", 1, min((a for a, _ in pairs), key=lambda r: r["seconds"])),
                (_BARE, 1, min((b for _, b in pairs), key=lambda r: r["seconds"]))]
        capacity = None
        if cores > 1:
            capacity = parallel_capacity(cores)
            rows.append((f"pipeline, {cores} workers", cores, _run_measure("pipeline", corpus, args.docs, cores)))
            capacity = (capacity + parallel_capacity(cores)) / 2
        rows.append(("baseline (ner + dateparser)", 1, _run_measure("baseline", corpus, args.baseline_docs, 1)))
        rows.append(("word_tokenize alone", 1, _run_measure("word_tokenize", corpus, args.docs, 1)))
        rows.append(("segment + tokenize stage", 1, _run_measure("tokenize_stage", corpus, args.docs, 1)))
        load1 = os.getloadavg()[0]

    rate = {name: r["docs"] / r["seconds"] for name, _, r in rows}
    cpu = {name: r["cpu"] for name, _, r in rows}
    one = rate["pipeline, 1 worker"]
    base = rate["baseline (ner + dateparser)"]
    floor = rate["word_tokenize alone"]
    header = (f"{'':30} {'docs':>6} {'seconds':>8} {'CPU s':>7} {'docs/s':>8} {'docs/s/core':>11} "
              f"{'peak RSS/worker':>16}  notes")
    print(f"Benchmark: {args.docs} generated articles (mean {chars:,.0f} characters), seed {args.seed}")
    print(header)
    print("-" * len(header))
    for name, n_cores, r in rows:
        per_core = rate[name] / n_cores
        notes = []
        if name == _BARE:
            cpu_ratio = cpu["pipeline, 1 worker"] / r["cpu"]  # CPU time varies less than wall time on a shared machine
            notes.append(f"recognizers cost: pipeline / without = {rate[_BARE] / one:.2f}x (CPU time: {cpu_ratio:.2f}x; "
                         f"{len(pair_ratios)} pairs of runs: {pair_ratios[0]:.2f}-{pair_ratios[-1]:.2f}x)")
        elif name.startswith("pipeline"):
            notes.append(f"{per_core / base:.1f}x baseline/core, {per_core / floor:.2f}x word_tokenize")
            if n_cores > 1:
                notes.append(f"{rate[name] / one:.2f}x one worker (cores free: {capacity:.2f})")
            if r.get("errors"):
                notes.append(f"{r['errors']} error lines")
        print(f"{name:30} {r['docs']:>6} {r['seconds']:>8.2f} {r['cpu']:>7.2f} {rate[name]:>8.1f} {per_core:>11.1f} "
              f"{r['rss']:>13.0f} MB  {'; '.join(notes)}")
    print(f"machine: {machine()}; load average {load0:.2f} before, {load1:.2f} after")
    print("CPU s: CPU time of the measuring process and its workers (user + system) while the clock ran")
    if capacity is not None:
        print(f"cores free: {cores} processes burning CPU ran {capacity:.2f}x as fast as one, measured just before "
              f"and after the multi-worker row ({cores:.2f} on an idle machine); the multi-worker speed-up "
              f"cannot exceed it")
    return 0


if __name__ == "__main__":
    sys.exit(main())
