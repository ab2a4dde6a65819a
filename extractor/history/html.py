"""Pages of the history: one per council and a national one, self-contained HTML.

``OUTDIR/index.html`` is the national picture: items per theme and year across every council,
the asks repeated most often, and every council with a link to its page. ``OUTDIR/councils/
<council>.html`` is one council's history: a timeline of its inspections and letters, then its
items grouped by theme, each repeat linked to the earlier item it repeats. Inline CSS, no
scripts, no external fetch; every text goes through Jinja2's autoescaping, so a document
holding ``<script>`` shows it as text.
"""
from __future__ import annotations

import os
import re
import sqlite3
from collections import Counter, defaultdict
from datetime import datetime, timezone
from pathlib import Path
from typing import Sequence

from ..files import write_atomic
from . import db as hdb
from .model import HistoryDocument, Repeat, describe_item

TEMPLATES = Path(__file__).with_name("templates")
NO_THEME = "(no theme)"


def council_slug(key: str) -> str:
    """A file name for a council key ("north northamptonshire" -> "north-northamptonshire")."""
    return re.sub(r"[^a-z0-9]+", "-", key.lower()).strip("-") or "council"


def council_name(docs: Sequence[HistoryDocument]) -> str:
    """How to name a council: the way its documents name it most often (the fuller name of equals)."""
    names = Counter(d.council for d in docs if d.council)
    if not names:
        return "council not named"
    return max(names, key=lambda n: (names[n], len(n), n))


def _env():
    from jinja2 import Environment, FileSystemLoader, select_autoescape

    return Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=select_autoescape(default=True),
                       trim_blocks=True, lstrip_blocks=True)


def _by_council(docs: Sequence[HistoryDocument]) -> dict[str, list[HistoryDocument]]:
    out: dict[str, list[HistoryDocument]] = defaultdict(list)
    for d in docs:
        if d.council_key:
            out[d.council_key].append(d)
    for v in out.values():
        v.sort(key=lambda d: (d.date or "9999", d.source))
    return dict(out)


def council_context(docs: Sequence[HistoryDocument], repeats: Sequence[Repeat], labels: dict[str, str]) -> dict:
    """What one council's page shows (``docs``: that council's documents)."""
    doc_of = {it.id: d for d in docs for it in d.items}
    item = {it.id: it for d in docs for it in d.items}
    earlier: dict[str, list[dict]] = defaultdict(list)
    later: dict[str, list[dict]] = defaultdict(list)
    for r in sorted(repeats, key=lambda r: -r.score):
        if r.item in item and r.earlier in item:
            earlier[r.item].append({"repeat": r, "where": describe_item(doc_of[r.earlier], item[r.earlier]),
                                    "text": item[r.earlier].text})
            later[r.earlier].append({"repeat": r, "where": describe_item(doc_of[r.item], item[r.item])})
    themes: dict[str, list[dict]] = defaultdict(list)
    for d in docs:
        for it in d.items:
            entry = {"item": it, "doc": d, "where": describe_item(d, it), "earlier": earlier.get(it.id, []),
                     "later": later.get(it.id, [])}
            for t in it.themes or (NO_THEME,):
                themes[t].append(entry)
    order = list(labels) + [NO_THEME]
    groups = []
    anchored: set[str] = set()  # each item's anchor (#item-ID) sits where it is first listed
    for t in (t for t in order if t in themes):
        entries = []
        for e in sorted(themes[t], key=lambda e: e["doc"].date or "", reverse=True):
            entries.append({**e, "anchor": e["item"].id not in anchored})
            anchored.add(e["item"].id)
        groups.append({"key": t, "label": labels.get(t, t), "entries": entries})
    timeline = [{"doc": d, "repeats": sum(1 for it in d.items if earlier.get(it.id)),
                 "n": len(d.items)} for d in docs]
    return {"name": council_name(docs), "timeline": timeline, "groups": groups, "labels": labels,
            "n_items": sum(len(d.items) for d in docs), "n_repeats": sum(1 for v in earlier.values() if v)}


def national_context(docs: Sequence[HistoryDocument], repeats: Sequence[Repeat], labels: dict[str, str],
                     top: int = 25) -> dict:
    """What the national page shows: themes x year, the most repeated asks, every council."""
    years = sorted({d.year for d in docs if d.year})
    counts: dict[tuple[str, int], int] = Counter()
    totals: dict[str, int] = Counter()
    for d in docs:
        for it in d.items:
            for t in it.themes:
                if d.year:
                    counts[(t, d.year)] += 1
                totals[t] += 1
    peak = max(counts.values(), default=1)
    grid = [{"key": t, "label": labels[t], "total": totals[t],
             "cells": [{"year": y, "n": counts.get((t, y), 0), "shade": _shade(counts.get((t, y), 0) / peak),
                        "dark": counts.get((t, y), 0) / peak > 0.55}
                       for y in years]}
            for t in sorted(labels, key=lambda t: -totals[t]) if totals[t]]
    doc_of = {it.id: d for d in docs for it in d.items}
    item = {it.id: it for d in docs for it in d.items}
    chains: dict[str, list[Repeat]] = defaultdict(list)
    for r in repeats:
        if r.earlier in item and r.item in item:
            chains[r.earlier].append(r)
    most = sorted(chains.items(), key=lambda kv: (-len({doc_of[r.item].id for r in kv[1]}),
                                                   -max(r.score for r in kv[1]), kv[0]))[:top]
    repeated = [{"item": item[e], "doc": doc_of[e], "where": describe_item(doc_of[e], item[e]),
                 "slug": council_slug(doc_of[e].council_key or ""),
                 "later": [{"where": describe_item(doc_of[r.item], item[r.item]), "text": item[r.item].text,
                            "repeat": r} for r in sorted(rs, key=lambda r: doc_of[r.item].date or "")]}
                for e, rs in most]
    by_theme = Counter(t for e, _ in chains.items() for t in item[e].themes)
    councils = []
    for key, ds in sorted(_by_council(docs).items(), key=lambda kv: council_name(kv[1]).lower()):
        ids = {it.id for d in ds for it in d.items}
        councils.append({"key": key, "slug": council_slug(key), "name": council_name(ds), "documents": len(ds),
                         "items": len(ids), "repeats": len({r.item for r in repeats if r.item in ids}),
                         "first": ds[0].date, "last": ds[-1].date})
    return {"years": years, "grid": grid, "repeated": repeated, "councils": councils,
            "repeated_themes": [(labels.get(t, t), n) for t, n in by_theme.most_common(10)],
            "n_documents": len(docs), "n_items": len(item), "n_repeats": len({r.item for r in repeats})}


def _shade(x: float) -> str:
    """White (0) to deep teal (1) for the themes x year grid."""
    s = max(0.0, min(1.0, x))
    r, g, b = (int(255 - s * (255 - c)) for c in (0, 109, 119))
    return f"#{r:02x}{g:02x}{b:02x}"


def render_pages(docs: Sequence[HistoryDocument], repeats: Sequence[Repeat],
                 labels: dict[str, str]) -> dict[str, str]:
    """Relative path -> HTML of every page."""
    env = _env()
    generated = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    pages = {"index.html": env.get_template("national.html.j2").render(
        **national_context(docs, repeats, labels), generated=generated)}
    council_tpl = env.get_template("council.html.j2")
    for key, ds in _by_council(docs).items():
        ids = {it.id for d in ds for it in d.items}
        own = [r for r in repeats if r.item in ids]
        pages[f"councils/{council_slug(key)}.html"] = council_tpl.render(
            **council_context(ds, own, labels), generated=generated)
    return pages


def write_pages(con: sqlite3.Connection, outdir: str | os.PathLike) -> list[Path]:
    """Write the national page and a page per council into ``outdir``; the paths written."""
    docs = hdb.load_documents(con)
    repeats = hdb.load_repeats(con)
    labels = {k: v for k, v in con.execute("SELECT key, label FROM themes ORDER BY rowid")}
    out = Path(outdir)
    written = []
    for rel, html in render_pages(docs, repeats, labels).items():
        write_atomic(out / rel, html)
        written.append(out / rel)
    return written

