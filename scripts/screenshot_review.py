#!/usr/bin/env python3
"""Screenshots of the review web UI (coverage overview, one recommendation, decision history).

Loads the Buckinghamshire case from ../shared into a temporary database (or uses --db), records a
few example decisions so every state shows, serves it on 127.0.0.1 and photographs the pages with
Debian's chromium through Playwright.

Usage: scripts/screenshot_review.py [-o OUTDIR] [--db recmap.db] [--chromium /usr/bin/chromium]
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import threading
from pathlib import Path

from extractor.shared_dir import shared_dir  # ../shared, or $RECMAP_SHARED

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SHARED = shared_dir()
REPORT = SHARED / "corpus" / "ofsted-reports" / "buckinghamshire-80442" / "2018-01-29.pdf"


def _example_decisions(db: Path) -> None:
    """One accepted, one rejected and one justified recommendation, so the pages show each state."""
    from extractor.store import CaseStore

    with CaseStore(db) as s:
        if s.decisions():
            return
        state = s.state()
        todo = [rr for rr in state.recommendations if rr.unreviewed]
        if todo:
            s.decide("accept", todo[0].recommendation.id, todo[0].unreviewed[0].action, "Screenshot Reviewer",
                     "the action names the same practice")
            if len(todo[0].unreviewed) > 1:
                s.decide("reject", todo[0].recommendation.id, todo[0].unreviewed[1].action, "Screenshot Reviewer",
                         "different service")
        s.decide("comment", state.recommendations[0].recommendation.id, None, "Screenshot Reviewer",
                 "check the audit timetable with the principal social worker")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-o", "--outdir", default="review-screenshots", help="where to write the PNGs")
    ap.add_argument("--db", help="an existing case database (default: load the Buckinghamshire case)")
    ap.add_argument("--chromium", default=shutil.which("chromium") or shutil.which("chromium-browser"),
                    help="chromium executable (default: from PATH)")
    args = ap.parse_args(argv)
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        print("error: playwright is not installed. pip install 'recmap[browser]'.", file=sys.stderr)
        return 2
    if not args.chromium:
        print("error: no chromium found. Install it (apt-get install chromium) or give --chromium PATH.",
              file=sys.stderr)
        return 2
    from extractor.errors import RecmapError
    from extractor.store import CaseStore, load_case
    from extractor.web.app import ReviewApp
    from extractor.web.server import make_server

    tmp = tempfile.TemporaryDirectory()
    try:
        if args.db:
            db = Path(args.db)
        else:
            plan = next(iter(sorted((SHARED / "seeds").glob("000_*.txt"))), None)
            if not REPORT.exists() or plan is None:
                print(f"error: {REPORT} or seed 000 not found. Give --db FILE.", file=sys.stderr)
                return 2
            db = Path(tmp.name) / "recmap.db"
            load_case(db, [str(REPORT)], str(plan))
            _example_decisions(db)
        with CaseStore(db, create=False) as s:
            state = s.state()
        rec = next((rr for rr in state.recommendations if len(rr.links) >= 3), state.recommendations[0])
        httpd = make_server(ReviewApp(db), "127.0.0.1", 0)
        threading.Thread(target=httpd.serve_forever, daemon=True).start()
        base = f"http://127.0.0.1:{httpd.server_port}"
        out = Path(args.outdir)
        out.mkdir(parents=True, exist_ok=True)
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=args.chromium, headless=True)
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.goto(base + "/reviewer")
            page.fill("#name", "Screenshot Reviewer")
            page.click("button[type=submit]")
            page.wait_for_load_state()
            for name, path in (("overview", "/"), ("recommendation", f"/rec/{rec.recommendation.id}"),
                               ("search", f"/rec/{rec.recommendation.id}?q=training"), ("history", "/history")):
                page.goto(base + path)
                target = out / f"review-{name}.png"
                page.screenshot(path=str(target), full_page=True)
                print(f"wrote {target}")
            browser.close()
        httpd.shutdown()
        httpd.server_close()
    except RecmapError as exc:
        print(f"error: {exc.message}", file=sys.stderr)
        return 2
    finally:
        tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
