#!/usr/bin/env python3
"""Measure council identification (``extractor.extract.council``) on every report and letter
of the shared corpus.

Truth: the corpus folder each file sits in, ``<council-slug>-<urn>/`` (the tool never reads
it; only this script does), and for the letters annotated in ``corpus/gold/letters`` (batch
3) the human's ``council`` field, how the letter names its council. A file counts as
identified when the council it reads has the same :func:`council_key` as its folder's.

Prints identified / total for reports and letters, where each council was read (title,
cover, introduction, ...), how many printed a URN, agreement with the human names, and every
miss: file, what was found, the folder's council. Files that cannot be read at all (an HTML
error page saved as .pdf) are listed apart. Skips cleanly (exit 0) when ../shared is absent.

    .venv/bin/python scripts/eval_council.py [--workers N] [-v]
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from extractor.shared_dir import shared_dir  # noqa: E402

SHARED = shared_dir()
GOLD_DIR = ROOT / "corpus" / "gold" / "letters"
# Folder slugs that do not spell the council's name.
SLUG_NAMES = {
    "windsor-maidenhead": "Windsor and Maidenhead",
    "telford-wrekin": "Telford and Wrekin",
    "london-corporation": "City of London",
    "bournemouth-christchurch-poole": "Bournemouth, Christchurch and Poole",
}


def folder_council(path: Path) -> tuple[str, str]:
    """(council name, URN) from the folder name ``<slug>-<urn>`` (truth, not a tool input)."""
    slug, _, urn = path.parent.name.rpartition("-")
    return SLUG_NAMES.get(slug, slug.replace("-", " ")), urn


def read_one(path: str) -> dict:
    from extractor.errors import RecmapError
    from extractor.extract.council import identify_council
    from extractor.ingest import load_document

    try:
        doc = load_document(path)
    except RecmapError as exc:
        return {"path": path, "error": exc.message}
    c = identify_council(doc)
    if c is None:
        return {"path": path, "council": None}
    return {"path": path, "council": c.name, "key": c.key, "urn": c.urn, "basis": c.basis, "page": c.page}


def gold_names() -> dict[str, str]:
    """Letter path (relative to ofsted-letters) -> the human's council name."""
    out = {}
    for p in sorted(GOLD_DIR.glob("*.json")):
        d = json.loads(p.read_text("utf-8"))
        if d.get("council"):
            folder, _, name = p.stem.partition("_")
            out[f"{folder}/{name}.pdf"] = d["council"]
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("-v", "--verbose", action="store_true", help="print every file, not only the misses")
    args = ap.parse_args()
    if SHARED is None or not (SHARED / "corpus").is_dir():
        print("../shared/corpus is absent: nothing to measure (set RECMAP_SHARED to its folder).")
        return 0
    from extractor.extract.council import council_key

    corpus = SHARED / "corpus"
    kinds = {"reports": sorted((corpus / "ofsted-reports").glob("*/*.pdf")),
             "letters": sorted((corpus / "ofsted-letters").glob("*/*.pdf"))}
    paths = [str(p) for ps in kinds.values() for p in ps]
    with ProcessPoolExecutor(max_workers=max(1, args.workers)) as pool:
        results = {r["path"]: r for r in pool.map(read_one, paths, chunksize=4)}

    gold = gold_names()
    misses, unreadable = [], []
    for kind, ps in kinds.items():
        ok = n = 0
        basis, urns = Counter(), 0
        for p in ps:
            r = results[str(p)]
            rel = f"{p.parent.name}/{p.name}"
            if "error" in r:
                unreadable.append((rel, r["error"]))
                continue
            n += 1
            truth, urn = folder_council(p)
            hit = r["council"] is not None and r["key"] == council_key(truth)
            ok += hit
            if r["council"]:
                basis[r["basis"]] += 1
                urns += r["urn"] is not None
            if not hit:
                misses.append((kind, rel, r["council"], r.get("basis"), truth))
            if args.verbose:
                print(f"  {'ok  ' if hit else 'MISS'} {rel}: {r['council']!r} ({r.get('basis')}) / folder {truth}")
        print(f"{kind}: council identified {ok}/{n} readable files"
              f" ({len(ps) - n} unreadable); read from: "
              + ", ".join(f"{b} {c}" for b, c in basis.most_common()) + f"; URN printed in {urns}")
    if gold:
        letters = corpus / "ofsted-letters"
        same_key = same_name = 0
        for rel, name in gold.items():
            r = results.get(str(letters / rel), {})
            same_key += bool(r.get("council")) and r["key"] == council_key(name)
            same_name += bool(r.get("council")) and r["council"].lower() == name.lower()
            if args.verbose and r.get("council", "").lower() != name.lower():
                print(f"  gold {rel}: human {name!r}, read {r.get('council')!r}")
        print(f"letter gold (human council names, {len(gold)} letters): same council {same_key}/{len(gold)}, "
              f"same name as printed {same_name}/{len(gold)}")
    for rel, err in unreadable:
        print(f"unreadable: {rel}: {err[:120]}")
    for kind, rel, found, basis, truth in misses:
        print(f"MISS {kind} {rel}: found {found!r}" + (f" ({basis})" if basis else "") + f"; folder: {truth}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
