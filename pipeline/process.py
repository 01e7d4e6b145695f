"""One input → one outcome: a record, or an error line. Never raises for a bad input.

Two guards keep one pathological page from stalling a batch:

* a size limit: an article longer than :data:`MAX_ARTICLE_CHARS` characters (after decoding) is not extracted
  and ends as an error line at once. Real news articles are a few thousand to a few tens of thousands of
  characters; at the limit, tokenizing alone takes about a minute on one core;
* a time limit per document (``timeout`` seconds, the CLI's ``--timeout``): extraction running longer raises
  :class:`DocumentTimeout` inside the worker and the document ends as an error line. In a process's main
  thread the limit is a ``SIGALRM`` timer, which also interrupts a backtracking regular expression (``re``
  checks for signals while matching); in any other thread (a Dask worker's task thread) a watchdog raises the
  exception asynchronously in that thread, which takes effect between Python bytecodes. The local engine's
  parent process adds a hard limit on top (it kills a worker that does not answer; see :mod:`pipeline.runner`).
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import json
import signal
import threading
import time
import traceback
from dataclasses import dataclass
from typing import Any, Iterator

from . import document
from .extract import extract_record
from .ingest import Article, IngestError, RawInput, load
from .schema import Record, Source

#: Longest article (characters of canonical text) that is extracted; longer ones become an error line.
MAX_ARTICLE_CHARS = 1_000_000


class DocumentTimeout(Exception):
    """Raised inside the extraction of a document that ran over its time limit."""


@dataclass
class Outcome:
    doc_id: str
    ordinal: int
    record: dict[str, Any] | None = None
    error: dict[str, Any] | None = None


def process_article(article: Article) -> Record:
    """Clean, segment and extract one decoded article."""
    return extract_record(document.build(article))


_WARM = False
_WARM_TEXT = ("Sáng ngày 18/01/2021, tại hội trường UBND tỉnh, Đồng chí Nguyễn Văn An – Giám đốc Sở Văn hóa, Thể thao "
              "và Du lịch chủ trì Hội nghị tổng kết năm 2020 và ký kết giao ước thi đua năm 2021 của Khối thi đua.\n"
              "1. Thực hiện tốt nhiệm vụ.\nGiấy khen cho 9 cá nhân theo Chỉ thị số 34-CT/TW ngày 7/4/2014.\n")


def warm_up() -> None:
    """Load every model and lexicon of this process now (once), by extracting a small made-up article.

    The time limit is for a document's own work: the first document of a process must not pay for loading."""
    global _WARM
    if _WARM:
        return
    _WARM = True
    try:
        process_article(Article("warm-up", _WARM_TEXT, Source(path=None)))
    except Exception:  # a broken extractor shows on the real documents, as error lines
        pass
    # The models and lexicons now loaded live as long as the process: the cyclic garbage collector need not walk
    # them again on every full collection (with spaCy loaded that walk cost about 5% of the extraction time), and
    # forked workers do not copy the pages it would touch.
    gc.collect()
    gc.freeze()


def process_raw(raw: RawInput, timeout: float | None = None) -> Outcome:
    """Ingest and process one input; any failure (or running over ``timeout`` seconds) becomes an error line."""
    source = raw.source.path
    if timeout:
        warm_up()
    started = time.monotonic()
    try:
        with time_limit(timeout):
            try:
                article = load(raw)
            except IngestError as exc:
                return Outcome(raw.doc_id, raw.ordinal, error=error_line(raw.doc_id, source, str(exc)))
            if len(article.text) > MAX_ARTICLE_CHARS:
                return Outcome(raw.doc_id, raw.ordinal, error=error_line(
                    raw.doc_id, source, f"article too long to extract: {len(article.text):,} characters "
                                        f"(the limit is {MAX_ARTICLE_CHARS:,})"))
            record = process_article(article)
    except DocumentTimeout:
        spent = time.monotonic() - started
        return Outcome(raw.doc_id, raw.ordinal, error=error_line(
            raw.doc_id, source, f"time limit exceeded: extraction stopped after {spent:.1f} s "
                                f"(the limit is {timeout:g} s per document)"))
    except Exception as exc:  # one bad page never stops the batch
        detail = "".join(traceback.format_exception_only(type(exc), exc)).strip()
        return Outcome(raw.doc_id, raw.ordinal,
                       error=error_line(raw.doc_id, source, f"internal error while extracting: {detail}"))
    return Outcome(raw.doc_id, raw.ordinal, record=record.to_dict())


def error_line(doc_id: str, source: str | None, message: str) -> dict[str, Any]:
    return {"doc_id": doc_id, "source": source, "error": message}


# --------------------------------------------------------------------------------------------- time limit

@contextlib.contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise :class:`DocumentTimeout` in the current thread if the block runs longer than ``seconds``."""
    if not seconds or seconds <= 0:
        yield
        return
    if threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer"):
        with _alarm(seconds):
            yield
    else:
        with _watchdog(seconds):
            yield


@contextlib.contextmanager
def _alarm(seconds: float) -> Iterator[None]:
    def on_alarm(signum, frame):
        raise DocumentTimeout()

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


# Own prototypes of the C function (not ctypes.pythonapi's shared one, whose argtypes others may set).
_raise_in = ctypes.PYFUNCTYPE(ctypes.c_int, ctypes.c_ulong, ctypes.py_object)(
    ("PyThreadState_SetAsyncExc", ctypes.pythonapi))
_clear_in = ctypes.PYFUNCTYPE(ctypes.c_int, ctypes.c_ulong, ctypes.c_void_p)(
    ("PyThreadState_SetAsyncExc", ctypes.pythonapi))


@contextlib.contextmanager
def _watchdog(seconds: float) -> Iterator[None]:
    """A timer thread that raises DocumentTimeout in this thread; cancelled (and any pending raise cleared) on exit."""
    tid = threading.get_ident()
    lock = threading.Lock()
    state = {"done": False}

    def fire():
        with lock:
            if not state["done"]:
                _raise_in(tid, DocumentTimeout)

    timer = threading.Timer(seconds, fire)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        with lock:
            state["done"] = True
            timer.cancel()
            _clear_in(tid, None)  # NULL: drop a raise that was set but not yet delivered


def process_to_json(raw: RawInput, timeout: float | None = None) -> tuple[int, str, str]:
    """:func:`process_raw` as ``(ordinal, "record" | "error", JSON text)``: what a worker sends back.

    Serializing in the worker keeps the parent (which only writes) light, and a JSON string pickles cheaply.
    """
    outcome = process_raw(raw, timeout)
    if outcome.record is not None:
        return outcome.ordinal, "record", json.dumps(outcome.record, ensure_ascii=False)
    return outcome.ordinal, "error", json.dumps(outcome.error, ensure_ascii=False)


def process_batch(raws: list[RawInput], timeout: float | None = None) -> list[tuple[int, str, str]]:
    """:func:`process_to_json` over a batch (the unit of work a Dask task gets)."""
    return [process_to_json(raw, timeout) for raw in raws]
