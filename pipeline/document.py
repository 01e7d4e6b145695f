"""The processed document every extractor reads: canonical text, its matching form, noise and segments.

Built once per article by :func:`build`; the spaCy Doc (underthesea words) is made on first use.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import cached_property

from .clean import NoiseRegion, find_noise, fold
from .ingest import Article
from .schema import Source
from .segment import Segment, make_doc, segment


@dataclass
class Document:
    doc_id: str
    text: str  # canonical (NFC) text; every offset indexes it
    source: Source
    sha256: str
    noise: list[NoiseRegion] = field(default_factory=list)
    segments: list[Segment] = field(default_factory=list)

    @cached_property
    def folded(self) -> str:
        """Lower-cased, tone-mark-folded text of the same length: match on it, slice ``text`` with the offsets."""
        return fold(self.text)

    @cached_property
    def spacy_doc(self):
        return make_doc(self.text, self.segments)

    @cached_property
    def _noise_starts(self) -> list[int]:
        return [r.start for r in self.noise]

    def in_noise(self, start: int, end: int | None = None) -> bool:
        """True when the offset (or the whole span) lies inside page chrome."""
        end = start + 1 if end is None else end
        i = bisect.bisect_right(self._noise_starts, start) - 1
        return i >= 0 and self.noise[i].start <= start and end <= self.noise[i].end

    def content_segments(self, *kinds: str) -> list[Segment]:
        """Segments that are article content (not noise), optionally only of the given kinds."""
        return [s for s in self.segments if s.kind != "noise" and (not kinds or s.kind in kinds)]

    def segment_at(self, offset: int) -> Segment | None:
        for s in self.segments:
            if s.start <= offset < s.end:
                return s
        return None


def build(article: Article) -> Document:
    """Clean and segment an article."""
    noise = find_noise(article.text)
    return Document(
        doc_id=article.doc_id,
        text=article.text,
        source=article.source,
        sha256=article.sha256,
        noise=noise,
        segments=segment(article.text, noise),
    )
