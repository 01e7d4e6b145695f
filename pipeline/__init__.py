"""thidua: structured records from Vietnamese news reports of emulation (thi đua) meetings.

Stages, one module each: ingest → clean → segment (tokenize) → recognize → extract → normalize → write.
"""

__version__ = "0.1.0"
