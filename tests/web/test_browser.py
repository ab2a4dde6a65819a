"""A real browser (Debian's chromium driven by Playwright) reviews the Buckinghamshire case:
accept by keyboard, reject by click, add through search, mark one justified; then the database
and the coverage page are checked. Skipped when playwright, chromium or ../shared is missing."""
from __future__ import annotations

import shutil
import threading

import pytest

BUCKS_REPORT = ("corpus", "ofsted-reports", "buckinghamshire-80442", "2018-01-29.pdf")


def _chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    pytest.skip("no chromium on PATH: browser test skipped (apt-get install chromium)")



@pytest.fixture
def served(tmp_path, shared, seed):
    from extractor.store import load_case
    from extractor.web.app import ReviewApp
    from extractor.web.server import make_server

    report = shared.joinpath(*BUCKS_REPORT)
    if not report.exists():
        pytest.skip(f"{report} not found: browser test skipped")
    db = tmp_path / "recmap.db"
    load_case(db, [str(report)], str(seed("000")))
    httpd = make_server(ReviewApp(db), "127.0.0.1", 0)
    t = threading.Thread(target=httpd.serve_forever, daemon=True)
    t.start()
    yield db, f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()
    httpd.server_close()


def test_review_in_a_browser(served):
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright not installed: browser test skipped")
    exe = _chromium()
    from extractor.store import CaseStore

    db, base = served
    with CaseStore(db) as s:
        state = s.state()
    with_two = [rr for rr in state.recommendations if len(rr.unreviewed) >= 2]
    assert len(with_two) >= 1, "the Bucks case should have recommendations with several suggestions"
    target = with_two[0]
    others = [rr for rr in state.recommendations if rr.recommendation.id != target.recommendation.id]
    add_rec, justify_rec = others[0], others[1]
    linked = {l.action for l in add_rec.links}
    to_add = next(a for a in state.actions if a.id not in linked and a.row)

    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=exe, headless=True)
        page = browser.new_page()
        page.goto(base + "/")
        assert "/reviewer" in page.url
        page.fill("#name", "Browser Reviewer")
        page.click("button[type=submit]")
        page.wait_for_url(base + "/")

        # accept the selected (first unreviewed) suggestion with the keyboard
        page.goto(f"{base}/rec/{target.recommendation.id}")
        first = target.unreviewed[0].action
        assert "sel" in page.get_attribute(f"#cand-{first}", "class")
        with page.expect_navigation():
            page.keyboard.press("a")
        # reject the next one with a click
        second = target.unreviewed[1].action
        with page.expect_navigation():
            page.click(f"#cand-{second} button.reject")

        # add a link the tool missed, found by searching its plan row
        page.goto(f"{base}/rec/{add_rec.recommendation.id}")
        page.keyboard.press("/")
        page.keyboard.type(to_add.row)
        with page.expect_navigation():
            page.keyboard.press("Enter")
        with page.expect_navigation():
            page.locator(f"form:has(input[name=action][value='{to_add.id}']) button").click()

        # mark another recommendation justified
        page.goto(f"{base}/rec/{justify_rec.recommendation.id}")
        page.keyboard.press("j")
        page.keyboard.type("Addressed by the partnership's own plan")
        with page.expect_navigation():
            page.click("#justify-form button")

        page.goto(base + "/")
        overview = page.content()
        history = page.goto(base + "/history") and page.content()
        browser.close()

    with CaseStore(db) as s:
        log = [(d.kind, d.recommendation, d.action, d.reviewer) for d in s.decisions()]
        after = s.state()
    assert log == [
        ("accept", target.recommendation.id, first, "Browser Reviewer"),
        ("reject", target.recommendation.id, second, "Browser Reviewer"),
        ("add", add_rec.recommendation.id, to_add.id, "Browser Reviewer"),
        ("justified", justify_rec.recommendation.id, None, "Browser Reviewer"),
    ]
    links = {l.action: l for l in after.rec(target.recommendation.id).links}
    assert links[first].state == "confirmed" and links[second].state == "rejected"
    assert {l.action: l.state for l in after.rec(add_rec.recommendation.id).links}[to_add.id] == "confirmed"
    assert after.rec(justify_rec.recommendation.id).status == "justified"
    assert 'data-status="justified"' in overview
    assert f"/rec/{target.recommendation.id}" in overview and "need re-review" in overview
    assert history.count('class="decision"') == 4
