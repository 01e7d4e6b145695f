"""Figures of a whole collection, from the CSV tables of an output folder (used by notebooks/analysis.ipynb).

Each figure has a *data* function (tables → a small pandas frame, shown in the notebook) and a *plot* function
(frame → ``matplotlib.figure.Figure``, made without pyplot so it works under any backend). ``write_figures``
saves them all as PNG files; ``python -m pipeline.figures OUTDIR [-o FIGDIR]`` does so from the command line
(``make run`` writes ``outputs/figures/*.png``). An empty collection gives figures that say "no data".
"""

from __future__ import annotations

import argparse
import math
import os
import sys
import unicodedata
from collections import Counter
from itertools import combinations
from pathlib import Path
from typing import Callable

import pandas as pd

from .write import TABLES

#: Columns that hold numbers or flags; every other column is read as text.
_NUMERIC = {"start", "end", "title_start", "title_end", "person_index", "index", "count", "participant_units",
            "n_people", "n_organizations", "n_pledges", "n_awards", "n_group_roles", "n_references", "n_mentions"}
_FORMULA_ESCAPED = ("'=", "'+", "'-", "'@", "'\t", "'\r")


def load_tables(outdir: str | os.PathLike) -> dict[str, pd.DataFrame]:
    """The CSV tables of an output folder (a missing table is an empty frame with its columns).

    Text columns are text (``"2021"`` stays a string), missing cells are ``NA``, and the apostrophe the writer
    puts before formula-like cells is removed again.
    """
    outdir = Path(outdir)
    tables = {}
    for name, cols in TABLES.items():
        path = outdir / f"{name}.csv"
        if not path.exists():
            tables[name] = pd.DataFrame({c: pd.Series(dtype="object") for c in cols})
            continue
        df = pd.read_csv(path, dtype={c: "string" for c in cols if c not in _NUMERIC and c != "is_meeting_report"},
                         keep_default_na=False, na_values={c: [""] for c in cols})
        for c in df.columns:
            if df[c].dtype == "string":
                df[c] = df[c].where(~df[c].str.startswith(_FORMULA_ESCAPED, na=False), df[c].str.slice(1))
        if "is_meeting_report" in df:
            df["is_meeting_report"] = df["is_meeting_report"].map({True: True, False: False, "True": True,
                                                                   "False": False}).astype("boolean")
        tables[name] = df
    return tables


def _reports(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    docs = tables["documents"]
    return docs[docs["is_meeting_report"].fillna(False).astype(bool)]


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


# --------------------------------------------------------------------------------------------- data

def meetings_per_month(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Meeting reports per calendar month of the meeting date (dates known to the month or the day).

    Every month from the first to the last is a row, months without a report count 0.
    """
    dates = _reports(tables)["meeting_date"].dropna()
    months = dates[dates.str.match(r"^\d{4}-\d{2}")].str.slice(0, 7)
    counts = months.value_counts()
    if counts.empty:
        return pd.DataFrame({"month": pd.Series(dtype="string"), "meetings": pd.Series(dtype="int64")})
    span = pd.period_range(min(counts.index), max(counts.index), freq="M").strftime("%Y-%m")
    return pd.DataFrame({"month": list(span), "meetings": [int(counts.get(m, 0)) for m in span]})


def meetings_per_month_of_year(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Meeting reports per month of the year (January … December, all years together): the season of meetings."""
    per = meetings_per_month(tables)
    moy = per["month"].str.slice(5, 7).astype(int) if len(per) else pd.Series(dtype=int)
    counts = per.groupby(moy)["meetings"].sum() if len(per) else pd.Series(dtype=int)
    return pd.DataFrame({"month": range(1, 13), "meetings": [int(counts.get(m, 0)) for m in range(1, 13)]})


def meetings_per_type(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Meeting reports per meeting type (a report with two types counts for both)."""
    types = _reports(tables)["meeting_types"].dropna().str.split("|").explode()
    counts = types[types != ""].value_counts()
    return pd.DataFrame({"type": counts.index, "meetings": counts.values})


def awards_by_form(tables: dict[str, pd.DataFrame], top: int = 15) -> pd.DataFrame:
    """Award statements and recipients (sum of ``count``) per award form, most frequent first."""
    a = tables["awards"].dropna(subset=["award"])
    if a.empty:
        return pd.DataFrame({"award": [], "statements": [], "recipients": []})
    g = a.groupby("award").agg(statements=("award", "size"), recipients=("count", lambda s: s.fillna(1).sum()))
    g = g.sort_values(["statements", "recipients"], ascending=False).head(top)
    return g.reset_index().astype({"statements": int, "recipients": int})


def awards_by_recipient(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Award statements and recipients per recipient kind (collective, individual, mixed)."""
    a = tables["awards"].copy()
    a["recipient_type"] = a["recipient_type"].fillna("unknown")
    if a.empty:
        return pd.DataFrame({"recipient_type": [], "statements": [], "recipients": []})
    g = a.groupby("recipient_type").agg(statements=("recipient_type", "size"),
                                        recipients=("count", lambda s: s.fillna(1).sum()))
    return g.sort_values("statements", ascending=False).reset_index().astype({"statements": int, "recipients": int})


def active_groups(tables: dict[str, pd.DataFrame], top: int = 15) -> pd.DataFrame:
    """Emulation blocs (khối) and clusters (cụm) with the most meeting reports."""
    groups = _reports(tables)["emulation_group"].dropna()
    groups = groups[groups.str.strip() != ""]
    counts = groups.value_counts().head(top)
    kind = ["cluster" if _fold(g).startswith("cum") else "bloc" if _fold(g).startswith("khoi") else "other"
            for g in counts.index]
    return pd.DataFrame({"group": counts.index, "kind": kind, "meetings": counts.values})


def org_pairs(tables: dict[str, pd.DataFrame], top_orgs: int = 12) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Organizations named together in the same meeting report.

    Pairs are ranked by the number of reports naming both; the strongest pairs are kept until ``top_orgs``
    organizations are in the graph. Returns ``(nodes, edges)``: ``name``, ``reports`` (reports naming it) and
    ``a``, ``b``, ``reports`` (reports naming both), for the kept organizations.
    """
    reports = set(_reports(tables)["doc_id"])
    orgs = tables["organizations"]
    orgs = orgs[orgs["doc_id"].isin(reports)].dropna(subset=["name"])
    per_doc = [sorted(set(names)) for _, names in orgs.groupby("doc_id")["name"]]
    doc_count = Counter(n for names in per_doc for n in names)
    pairs: Counter = Counter()
    for names in per_doc:
        pairs.update(combinations(names, 2))
    ranked = sorted(pairs.items(), key=lambda kv: (-kv[1], -(doc_count[kv[0][0]] + doc_count[kv[0][1]]), kv[0]))
    keep: set[str] = set()
    for (a, b), _ in ranked:
        if len(keep | {a, b}) > top_orgs:
            break
        keep |= {a, b}
    nodes = sorted(((n, doc_count[n]) for n in keep), key=lambda kv: (-kv[1], kv[0]))
    edges = [(a, b, n) for (a, b), n in ranked if a in keep and b in keep]
    return (pd.DataFrame(nodes, columns=["name", "reports"]),
            pd.DataFrame(edges, columns=["a", "b", "reports"]))


def coverage(tables: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Share of meeting reports for which the extraction found each field."""
    r = _reports(tables)
    n = len(r)

    def share(mask) -> float:
        return float(mask.sum()) / n if n else 0.0

    def has(col: str):
        return r[col].notna() & (r[col].astype("string").str.strip() != "")

    dated = set(tables["dates"]["doc_id"].dropna())
    rows = [("meeting date", share(has("meeting_date"))),
            ("any date", share(r["doc_id"].isin(dated))),
            ("meeting type", share(has("meeting_types"))),
            ("location", share(has("location"))),
            ("host", share(has("host"))),
            ("bloc or cluster", share(has("emulation_group"))),
            ("people", share(r["n_people"].fillna(0) > 0)),
            ("organizations", share(r["n_organizations"].fillna(0) > 0)),
            ("awards", share(r["n_awards"].fillna(0) > 0)),
            ("pledges", share(r["n_pledges"].fillna(0) > 0)),
            ("bloc or cluster roles", share(r["n_group_roles"].fillna(0) > 0)),
            ("documents cited", share(r["n_references"].fillna(0) > 0))]
    return pd.DataFrame(rows, columns=["field", "share"]).assign(reports=n)


# --------------------------------------------------------------------------------------------- plots

def _figure(w: float = 8, h: float = 4.5):
    from matplotlib.figure import Figure

    fig = Figure(figsize=(w, h), dpi=100, layout="constrained")
    return fig, fig.add_subplot()


def _empty(ax, title: str):
    ax.set_title(title)
    ax.text(0.5, 0.5, "no data in these outputs yet", ha="center", va="center", color="#777",
            transform=ax.transAxes)
    ax.set_axis_off()


def _short(s: str, n: int = 38) -> str:
    return s if len(s) <= n else s[: n - 1] + "…"


def plot_meetings_per_month(df: pd.DataFrame):
    """Two panels: the calendar timeline, and the months of the year all years together."""
    from matplotlib.figure import Figure

    fig = Figure(figsize=(9, 5.5), dpi=100, layout="constrained")
    top, bottom = fig.subplots(2, 1, height_ratios=[3, 2])
    title = "Meeting reports per month"
    if df.empty:
        _empty(top, title)
        bottom.set_axis_off()
        return fig
    x = pd.PeriodIndex(df["month"], freq="M").to_timestamp()
    top.bar(x, df["meetings"], width=25, color="#4c72b0", align="edge")
    top.set_ylabel("reports")
    top.set_title(f"{title} ({df['meetings'].sum()} dated reports, {df['month'].iloc[0]} to {df['month'].iloc[-1]})")
    top.yaxis.get_major_locator().set_params(integer=True)
    moy = df.groupby(df["month"].str.slice(5, 7).astype(int))["meetings"].sum()
    months = list(range(1, 13))
    bottom.bar(months, [int(moy.get(m, 0)) for m in months], color="#8172b3")
    bottom.set_xticks(months, ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"])
    bottom.set_title("by month of the year, all years together", fontsize=10)
    bottom.set_ylabel("reports")
    bottom.yaxis.get_major_locator().set_params(integer=True)
    return fig


def _barh(df: pd.DataFrame, label: str, value: str, title: str, xlabel: str, colour="#4c72b0", colours=None):
    fig, ax = _figure(9, max(2.5, 0.38 * len(df) + 1.2))
    if df.empty:
        _empty(ax, title)
        return fig
    y = range(len(df))
    ax.barh(list(y), df[value], color=colours if colours is not None else colour)
    ax.set_yticks(list(y), [_short(str(v), 48) for v in df[label]], fontsize=9)
    ax.invert_yaxis()
    ax.set_xlabel(xlabel)
    ax.set_title(title)
    ax.xaxis.get_major_locator().set_params(integer=True)
    for i, v in enumerate(df[value]):
        ax.text(v, i, f" {v}", va="center", fontsize=8)
    return fig


def plot_meetings_per_type(df: pd.DataFrame):
    return _barh(df, "type", "meetings", "Meeting reports per type", "reports")


def plot_awards_by_form(df: pd.DataFrame):
    return _barh(df, "award", "statements", "Awards by form", "award statements", colour="#dd8452")


def plot_awards_by_recipient(df: pd.DataFrame):
    """Two panels on their own scales: award statements, and the units or people they name."""
    from matplotlib.figure import Figure

    fig = Figure(figsize=(9, 3.5), dpi=100, layout="constrained")
    left, right = fig.subplots(1, 2, sharey=True)
    title = "Awards by recipient kind"
    if df.empty:
        _empty(left, title)
        right.set_axis_off()
        return fig
    y = list(range(len(df)))
    for ax, col, colour, label in ((left, "statements", "#dd8452", "award statements"),
                                   (right, "recipients", "#55a868", "recipients (units or people counted)")):
        ax.barh(y, df[col], color=colour)
        for i, v in enumerate(df[col]):
            ax.text(v, i, f" {v}", va="center", fontsize=8)
        ax.set_xlabel(label)
        ax.margins(x=0.15)
    left.set_yticks(y, df["recipient_type"])
    left.invert_yaxis()
    fig.suptitle(title)
    return fig


def plot_active_groups(df: pd.DataFrame):
    colours = [{"bloc": "#4c72b0", "cluster": "#c44e52"}.get(k, "#8c8c8c") for k in df.get("kind", [])]
    fig = _barh(df, "group", "meetings", "Most active blocs (blue) and clusters (red)", "meeting reports",
                colours=colours)
    return fig


def plot_org_pairs(nodes: pd.DataFrame, edges: pd.DataFrame):
    """A small co-participation graph: organizations on a circle, a line for each pair met in a report."""
    fig, ax = _figure(9, 7.5)
    title = "Organizations named in the same meeting reports"
    if nodes.empty or edges.empty:
        _empty(ax, title)
        return fig
    n = len(nodes)
    pos = {name: (math.cos(2 * math.pi * i / n + math.pi / 2), math.sin(2 * math.pi * i / n + math.pi / 2))
           for i, name in enumerate(nodes["name"])}
    wmax = edges["reports"].max()
    for a, b, w in edges.itertuples(index=False):
        (x1, y1), (x2, y2) = pos[a], pos[b]
        ax.plot([x1, x2], [y1, y2], color="#4c72b0", alpha=0.25 + 0.6 * w / wmax, linewidth=0.8 + 5 * w / wmax,
                zorder=1)
    smax = nodes["reports"].max()
    for name, k in nodes.itertuples(index=False):
        x, y = pos[name]
        ax.scatter([x], [y], s=80 + 500 * k / smax, color="#dd8452", edgecolor="white", zorder=2)
        ax.annotate(_short(name, 30), (x, y), xytext=(1.13 * x, 1.13 * y), ha="left" if x > 0.05 else
                    "right" if x < -0.05 else "center", va="center", fontsize=8)
    ax.set_xlim(-2.1, 2.1)
    ax.set_ylim(-1.35, 1.35)
    ax.set_aspect("equal")
    ax.set_axis_off()
    ax.set_title(title + "\n(node size: reports naming it; line width: reports naming both)", fontsize=10)
    return fig


def plot_coverage(df: pd.DataFrame):
    fig, ax = _figure(8, 5)
    n = int(df["reports"].iloc[0]) if len(df) else 0
    title = f"What the extraction found, share of {n} meeting reports"
    if not n:
        _empty(ax, title)
        return fig
    y = list(range(len(df)))
    ax.barh(y, df["share"] * 100, color="#55a868")
    ax.set_yticks(y, df["field"])
    ax.invert_yaxis()
    ax.set_xlim(0, 105)
    ax.set_xlabel("% of meeting reports")
    for i, v in enumerate(df["share"]):
        ax.text(v * 100, i, f" {v:.0%}", va="center", fontsize=8)
    ax.set_title(title)
    return fig


#: name → function from tables to a Figure; the PNG files are ``<name>.png``.
FIGURES: dict[str, Callable[[dict[str, pd.DataFrame]], object]] = {
    "meetings_per_month": lambda t: plot_meetings_per_month(meetings_per_month(t)),
    "meetings_per_type": lambda t: plot_meetings_per_type(meetings_per_type(t)),
    "awards_by_form": lambda t: plot_awards_by_form(awards_by_form(t)),
    "awards_by_recipient": lambda t: plot_awards_by_recipient(awards_by_recipient(t)),
    "active_groups": lambda t: plot_active_groups(active_groups(t)),
    "org_coparticipation": lambda t: plot_org_pairs(*org_pairs(t)),
    "coverage": lambda t: plot_coverage(coverage(t)),
}


def write_figures(outdir: str | os.PathLike, figdir: str | os.PathLike | None = None) -> list[Path]:
    """Save every figure of :data:`FIGURES` as ``FIGDIR/<name>.png`` (default ``OUTDIR/figures``)."""
    tables = load_tables(outdir)
    figdir = Path(figdir) if figdir is not None else Path(outdir) / "figures"
    figdir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, make in FIGURES.items():
        fig = make(tables)
        path = figdir / f"{name}.png"
        tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}.png")
        fig.savefig(tmp, format="png", metadata={"Software": None})
        os.replace(tmp, path)
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.figures", description="PNG figures of an output folder")
    parser.add_argument("outdir", metavar="OUTDIR", help="folder with the CSV tables (thidua extract -o OUTDIR)")
    parser.add_argument("-o", "--figdir", default=None, help="where to write the PNG files (default OUTDIR/figures)")
    args = parser.parse_args(argv)
    if not (Path(args.outdir) / "documents.csv").exists():
        print(f"{args.outdir} has no documents.csv: run `thidua extract ... -o {args.outdir}` first", file=sys.stderr)
        return 2
    paths = write_figures(args.outdir, args.figdir)
    print(f"{len(paths)} figures → {paths[0].parent}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
