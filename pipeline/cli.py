"""The ``thidua`` command line: ``extract``, ``evaluate``, ``review``.

Exit status: 0 when every input produced a record; 1 when some inputs failed (the rest are still written);
2 for a usage error.
"""

from __future__ import annotations

import argparse
import sys

from .write import FORMATS


def _formats(value: str) -> list[str]:
    fmts = [f.strip() for f in value.split(",") if f.strip()]
    bad = [f for f in fmts if f not in FORMATS]
    if bad or not fmts:
        raise argparse.ArgumentTypeError(f"unknown format {', '.join(bad) or value!r}; choose from {', '.join(FORMATS)}")
    return fmts


def _positive_int(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if n < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return n


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="thidua", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)

    ex = sub.add_parser("extract", help="extract records from articles (.txt, .html, .jsonl or folders)")
    ex.add_argument("inputs", nargs="+", metavar="INPUT")
    ex.add_argument("-o", "--outdir", required=True, metavar="OUTDIR")
    ex.add_argument("--workers", type=_positive_int, default=None, help="worker processes (default: all cores)")
    ex.add_argument("--resume", action="store_true", help="continue an interrupted run in OUTDIR")
    ex.add_argument("--format", type=_formats, default=["jsonl", "csv"], dest="formats",
                    help="comma-separated output formats: jsonl,csv,parquet (records.jsonl is always written)")
    ex.add_argument("--engine", choices=("local", "dask"), default="local")
    ex.add_argument("--scheduler", default=None, metavar="ADDRESS", help="Dask scheduler address (with --engine dask)")
    ex.add_argument("--timeout", type=float, default=60.0, metavar="SECONDS",
                    help="per-document time limit; a document over it becomes an error line")
    ex.add_argument("--quiet", action="store_true", help="no progress output")

    ev = sub.add_parser("evaluate", help="score records against gold annotations, per field")
    from . import evaluate

    evaluate.add_arguments(ev)

    rv = sub.add_parser("review", help="write a static review site for an output folder")
    rv.add_argument("outdir", metavar="OUTDIR")
    rv.add_argument("--inputs", nargs="*", default=None, help="article inputs (default: the paths in the records)")
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command == "extract":
        from .runner import run

        if args.engine != "dask" and args.scheduler:
            parser.error("--scheduler goes with --engine dask")
        try:
            summary = run(args.inputs, args.outdir, workers=args.workers, resume=args.resume, formats=args.formats,
                          engine=args.engine, scheduler=args.scheduler, timeout=args.timeout, quiet=args.quiet)
        except KeyboardInterrupt:
            print(f"interrupted: rerun with --resume to continue from what is done in {args.outdir}", file=sys.stderr)
            return 130
        print(f"{summary.n_records} records, {summary.n_errors} errors → {args.outdir}", file=sys.stderr)
        return 1 if summary.n_errors else 0
    if args.command == "evaluate":
        from . import evaluate

        return evaluate.run(args)
    if args.command == "review":
        from . import review

        return review.run(args)
    parser.error("unknown command")
    return 2


if __name__ == "__main__":
    sys.exit(main())
