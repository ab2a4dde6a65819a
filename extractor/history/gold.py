"""The history gold (``corpus/gold/history``) read for evaluation and training.

Gold items are named by their document (path under ``../shared``) and ``n`` (the printed number
of a report's recommendation, a letter item's position); the tool's items are found among them by
their text (:func:`align`), so what is measured includes the extraction. Used by
``scripts/eval_history.py`` and ``scripts/train_repeats.py``; nothing at run time reads it.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence

from ..items import normalise_text
from .model import HistoryDocument

Key = tuple  # (source under ../shared, n) of a gold item; ("tool", id) for an item the gold lacks


@dataclass(frozen=True)
class RepeatsGold:
    links: dict  # (later key, earlier key) -> "high" | "medium"
    later: dict  # council name -> later item keys
    documents: dict  # council name -> sources, earliest first
    texts: dict  # key -> text


def _json(path: Path) -> dict:
    return json.loads(path.read_text("utf-8"))


def gold_texts(gold: Path) -> dict:
    """(source, n) -> text for every item of the report and letter gold and the history gold."""
    out: dict = {}
    for f in sorted((gold / "reports").glob("*.json")):
        d = _json(f)
        for k, r in enumerate(d.get("recommendations", []), 1):
            out.setdefault((d["source"], r.get("number") or k), r["text"])
    for f in sorted((gold / "letters").glob("*.json")):
        d = _json(f)
        for k, r in enumerate(d.get("recommendations", []), 1):
            out.setdefault((d["source"], k), r["text"])
    rep = _json(gold / "history" / "repeats.json")
    for c in rep["councils"]:
        for d in c["documents"]:
            for it in d.get("items", []):
                out[(d["source"], it["n"])] = it["text"]
        for it in c["items"]:
            out[(it["source"], it["n"])] = it["text"]
        for k, co in enumerate(c.get("carry_overs", []), 1):
            out[(co["source"], f"carry-over {k}")] = co["text"]
    for it in _json(gold / "history" / "themes.json")["items"]:
        out.setdefault((it["source"], it["n"]), it["text"])
    return out


def repeats_gold(gold: Path) -> RepeatsGold:
    rep = _json(gold / "history" / "repeats.json")
    links, later, docs = {}, {}, {}
    for c in rep["councils"]:
        name = c["council"]
        docs[name] = [d["source"] for d in c["documents"]]
        for it in c["items"]:
            key = (it["source"], it["n"])
            later.setdefault(name, []).append(key)
            for r in it["repeats"]:
                links[(key, (r["source"], r["n"]))] = r["confidence"]
        for k, co in enumerate(c.get("carry_overs", []), 1):
            key = (co["source"], f"carry-over {k}")
            later.setdefault(name, []).append(key)
            for r in co["carries"]:
                links[(key, (r["source"], r["n"]))] = r["confidence"]
    return RepeatsGold(links, later, docs, gold_texts(gold))


def themes_gold(gold: Path) -> list[dict]:
    return _json(gold / "history" / "themes.json")["items"]


def similarity(gold_text: str, tool_text: str) -> float:
    """0..100: how alike a gold item's text and a tool item's are (a shared opening is 100)."""
    from rapidfuzz import fuzz

    g, t = normalise_text(gold_text), normalise_text(tool_text)
    if not g or not t:
        return 0.0
    if t.startswith(g[:80]) or g.startswith(t[:80]):
        return 100.0
    return max(fuzz.ratio(g, t), fuzz.partial_ratio(g[:200], t) if len(g) < len(t) else fuzz.partial_ratio(t[:200], g))


def align(gold_items: Sequence[tuple], tool_items: Sequence) -> dict:
    """Gold n -> tool item id within one document, one to one, most alike first (>= 75)."""
    pairs = sorted(((similarity(text, it.text), n, it.id) for n, text in gold_items for it in tool_items),
                   key=lambda t: -t[0])
    out, used = {}, set()
    for s, n, iid in pairs:
        if s < 75:
            break
        if n in out or iid in used:
            continue
        out[n] = iid
        used.add(iid)
    return out


@dataclass
class Alignment:
    """The tool's documents by gold source, and gold keys <-> tool item ids."""

    docs: dict  # source under ../shared -> HistoryDocument
    to_tool: dict  # gold key -> tool item id
    to_gold: dict  # tool item id -> gold key
    missing: list  # gold keys the tool did not extract
    doc_of: dict  # tool item id -> its document id

    def key(self, item_id: str) -> Key:
        return self.to_gold.get(item_id, ("tool", item_id))


def build_alignment(docs: Iterable[HistoryDocument], shared: Path, wanted: dict) -> Alignment:
    """Find each wanted gold item (source -> [(n, text)]) among the tool's documents."""
    docs = list(docs)
    by_source = {}
    for d in docs:
        try:
            by_source[Path(d.source).resolve().relative_to(shared.resolve()).as_posix()] = d
        except ValueError:
            continue
    to_tool, to_gold, missing = {}, {}, []
    for source, items in wanted.items():
        d = by_source.get(source)
        m = align(items, list(d.items)) if d else {}
        for n, _ in items:
            if n in m:
                to_tool[(source, n)] = m[n]
                to_gold[m[n]] = (source, n)
            else:
                missing.append((source, n))
    return Alignment(by_source, to_tool, to_gold, missing, {it.id: d.id for d in docs for it in d.items})


def wanted_items(rg: RepeatsGold, themes: list[dict]) -> dict:
    """source -> [(n, text)] of every gold item the evaluation looks for."""
    keys = {k for ks in rg.later.values() for k in ks} | {e for (_l, e) in rg.links} | \
        {(g["source"], g["n"]) for g in themes}
    out: dict = {}
    for source, n in sorted(keys, key=str):
        if (source, n) in rg.texts:
            out.setdefault(source, []).append((n, rg.texts[(source, n)]))
    return out


def council_documents(rg: RepeatsGold, al: Alignment, docs: Sequence[HistoryDocument]) -> dict:
    """Gold council name -> the tool's documents of that council (by the council key the tool
    read from the gold council's documents)."""
    out = {}
    for name, sources in rg.documents.items():
        keys = {al.docs[s].council_key for s in sources if s in al.docs and al.docs[s].council_key}
        out[name] = [d for d in docs if d.council_key in keys]
    return out
