"""The review web app called in-process: pages, decisions, CSRF, escaping, reviewer name, exports."""
from __future__ import annotations

import base64
import re

import pytest

from extractor.document import Provenance
from extractor.errors import StoreError, UsageError
from extractor.items import Action, Link, Recommendation
from extractor.store import CaseStore, DocumentFile
from extractor.web.app import ReviewApp
from extractor.web.server import build_app, read_password

from webkit import Client, case, client  # noqa: F401  (pytest fixtures)


def _token(client, path):
    return re.search(r'name="csrf" value="([^"]+)"', client.get(path).text).group(1)


def test_pages_ask_for_the_reviewer_name_first(case):
    store, recs, _ = case
    c = Client(ReviewApp(store.path))
    r = c.get(f"/rec/{recs[0].id}")
    assert r.status == 303 and r.headers["Location"].startswith("/reviewer?next=")
    assert "HttpOnly" in r.headers["Set-Cookie"] and "SameSite=Strict" in r.headers["Set-Cookie"]
    c.sign_in("Ann")
    assert "Reviewing as <b>Ann</b>" in c.get("/").text


def test_overview_shows_reviewed_statuses(client, case):
    _, recs, _ = case
    page = client.get("/").text
    assert page.count('data-status="covered"') == 1  # only the plan's explicit reference covers
    assert page.count('data-status="suggested"') == 2
    assert "unreviewed suggestions only" in page


def test_recommendation_page_lists_candidates_best_first(client, case):
    _, recs, acts = case
    page = client.get(f"/rec/{recs[2].id}").text
    assert page.index(acts[2].text) < page.index(acts[3].text)  # 0.65 before 0.31
    assert "0.65" in page and "return home interviews" in page and "Jo Smith" in page and "2019-01-31" in page


def test_accept_reject_add_justify_through_forms(client, case):
    store, recs, acts = case
    rec2 = f"/rec/{recs[2].id}"
    t = _token(client, rec2)
    assert client.post("/decide", {"csrf": t, "rec": recs[2].id, "action": acts[2].id, "kind": "accept"}).status == 303
    assert client.post("/decide", {"csrf": t, "rec": recs[2].id, "action": acts[3].id, "kind": "reject"}).status == 303
    assert client.post("/decide", {"csrf": t, "rec": recs[1].id, "action": acts[0].id, "kind": "add",
                                   "reason": "oversight includes leaving care"}).status == 303
    assert client.post("/decide", {"csrf": t, "rec": recs[0].id, "kind": "justified",
                                   "reason": "done before the plan"}).status == 303
    log = store.decisions()
    assert [(d.kind, d.reviewer) for d in log] == [("accept", "Ann Reviewer"), ("reject", "Ann Reviewer"),
                                                   ("add", "Ann Reviewer"), ("justified", "Ann Reviewer")]
    s = store.state()
    assert s.rec(recs[2].id).status == "covered" and s.rec(recs[1].id).status == "covered"
    hist = client.get("/history").text
    assert hist.count('class="decision"') == 4 and "done before the plan" in hist


def test_post_without_or_with_wrong_csrf_is_refused(client, case):
    store, recs, acts = case
    form = {"rec": recs[1].id, "action": acts[1].id, "kind": "accept"}
    assert client.post("/decide", form).status == 403
    assert client.post("/decide", form | {"csrf": "forged"}).status == 403
    other = Client(client.app)
    other.sign_in("Mallory")
    assert client.post("/decide", form | {"csrf": _token(other, "/reviewer")}).status == 403  # another session's token
    assert store.decisions() == []


def test_justified_without_reason_is_a_clear_400(client, case):
    store, recs, _ = case
    r = client.post("/decide", {"csrf": _token(client, "/reviewer"), "rec": recs[0].id, "kind": "justified", "reason": ""})
    assert r.status == 400 and "needs a reason" in r.text and "Traceback" not in r.text
    assert store.decisions() == []


def test_document_text_is_escaped(tmp_path):
    evil = "<script>alert('x')</script> Improve oversight & <b>escalation</b>"
    rec = Recommendation("R1", 1, evil, Provenance("<img src=x onerror=alert(1)>.pdf", 3))
    act = Action("A1", "1.1", "<script>document.cookie</script> audit files", Provenance("plan.docx", 1),
                 leads_raw="<i>Jo</i>")
    (tmp_path / "p").write_bytes(b"p")
    (tmp_path / "r").write_bytes(b"r")
    with CaseStore(tmp_path / "x.db") as s:
        s.import_revision(DocumentFile.read(tmp_path / "p"), [DocumentFile.read(tmp_path / "r")], [rec], [act],
                          [Link("A1", "R1", 0.5, "similarity", "<script>evidence</script>")])
    c = Client(ReviewApp(tmp_path / "x.db"))
    c.sign_in("<script>name</script>")
    for path in ("/", "/rec/R1", "/rec/R1?q=%3Cscript%3E+audit", "/history"):
        page = c.get(path).text
        assert "<script>alert" not in page and "<script>document" not in page and "<script>evidence" not in page
        assert "<script>name" not in page and "<img src=x" not in page
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in c.get("/rec/R1").text
    assert "Content-Security-Policy" in c.get("/").headers


def test_search_finds_an_action_to_add(client, case):
    _, recs, acts = case
    page = client.get(f"/rec/{recs[1].id}?q=newsletter").text
    assert acts[3].text in page and 'value="add"' in page
    assert "No action matches" in client.get(f"/rec/{recs[1].id}?q=zzzzqqq").text


def test_unknown_pages_and_recommendations_are_404(client):
    assert client.get("/nope").status == 404
    assert client.get("/rec/Rnope").status == 404


def test_exports(client, case):
    store, recs, acts = case
    t = _token(client, "/reviewer")
    client.post("/decide", {"csrf": t, "rec": recs[2].id, "action": acts[3].id, "kind": "reject"})
    csv_state = client.get("/export/review.csv")
    assert csv_state.status == 200 and "rejected" in csv_state.text and "attachment" in csv_state.headers[
        "Content-Disposition"]
    assert "reject" in client.get("/export/decisions.csv").text
    html = client.get("/export/coverage.html")
    assert html.status == 200 and "unreviewed suggestion" in html.text
    xlsx = client.get("/export/coverage.xlsx")
    assert xlsx.status == 200 and xlsx.body[:2] == b"PK"
    csv_links = client.get("/export/coverage.csv").text
    assert acts[3].text not in csv_links  # the rejected link is not exported as a link


def test_password_required_beyond_localhost(case, tmp_path):
    store, _, _ = case
    with pytest.raises(UsageError, match="without a password"):
        build_app(store.path, "0.0.0.0", None)
    app = build_app(store.path, "0.0.0.0", "correct horse battery")
    anon = Client(app)
    r = anon.get("/")
    assert r.status == 401 and "Basic" in r.headers["WWW-Authenticate"]
    bad = Client(app, "Basic " + base64.b64encode(b"x:wrong").decode())
    assert bad.get("/").status == 401
    good = Client(app, "Basic " + base64.b64encode(b"ann:correct horse battery").decode())
    good.sign_in()
    assert good.get("/").status == 200
    assert build_app(store.path, "127.0.0.1", None).password is None


def test_password_from_env_or_file(tmp_path):
    f = tmp_path / "pw"
    f.write_text("s3cret-pass\n")
    assert read_password(str(f), {}) == "s3cret-pass"
    assert read_password(None, {"RECMAP_PASSWORD": "from-env"}) == "from-env"
    assert read_password(None, {}) is None
    (tmp_path / "empty").write_text("")
    with pytest.raises(UsageError, match="empty"):
        read_password(str(tmp_path / "empty"), {})


def test_serving_a_missing_database_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="recmap load"):
        ReviewApp(tmp_path / "none.db")


def test_redirect_after_sign_in_stays_on_this_site(case):
    store, _, _ = case
    c = Client(ReviewApp(store.path))
    t = _token(c, "/reviewer")
    r = c.post("/reviewer", {"csrf": t, "name": "Ann", "next": "//evil.example/"})
    assert r.headers["Location"] == "/"


def test_sessions_are_bounded(case, monkeypatch):
    import extractor.web.app as appmod

    store, _, _ = case
    monkeypatch.setattr(appmod, "MAX_SESSIONS", 5)
    app = ReviewApp(store.path)
    for _ in range(20):
        Client(app).get("/")
    assert len(app.sessions) == 5


def test_revised_plan_shows_suspect_and_removed_links(client, case, tmp_path):
    from casekit import action, links_for, revised_plan_file

    store, recs, acts = case
    t = _token(client, "/reviewer")
    client.post("/decide", {"csrf": t, "rec": recs[1].id, "action": acts[1].id, "kind": "accept"})
    client.post("/decide", {"csrf": t, "rec": recs[2].id, "action": acts[2].id, "kind": "accept"})
    edited = action("1.2", "Practice", "Introduce a care leavers' offer setting out entitlements, health histories "
                                       "and housing.")
    new_acts = [acts[0], edited, acts[3]]  # 1.2 edited, 2.1 removed
    report = store.latest_revision().reports[0]
    store.import_revision(revised_plan_file(tmp_path / "plan2.docx", b"v2"),
                          [DocumentFile(report.path, report.sha256, report.size)], recs, new_acts,
                          [l for l in links_for(recs, [acts[0], edited, acts[2], acts[3]]) if l.action != acts[2].id])
    page = client.get(f"/rec/{recs[1].id}").text
    assert "Suspect:" in page and "text changed since Ann Reviewer decided" in page
    assert 'data-status="suspect"' in page
    page = client.get(f"/rec/{recs[2].id}").text
    assert "action removed" in page and "return home interviews" in page
    overview = client.get("/").text
    assert "1 action removed" in overview and 'data-status="suspect"' in overview
