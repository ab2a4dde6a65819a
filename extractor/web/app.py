"""The review web app as a plain WSGI callable (stdlib only, plus Jinja2 for templates).

Security model, for a tool that shows council documents on a laptop or an office server:

- Every page asks for the reviewer's name once per browser session (a random server-side
  session id in an HttpOnly, SameSite=Strict cookie); decisions are recorded under that name.
- Every POST carries the session's random CSRF token, compared in constant time.
- All document text goes through Jinja2 autoescaping; a Content-Security-Policy forbids
  loading anything from elsewhere.
- :func:`make_server` refuses to bind beyond localhost unless the operator set a password;
  then every request needs it (HTTP basic auth, any user name).
"""
from __future__ import annotations

import base64
import hmac
import re
import secrets
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from http import HTTPStatus
from pathlib import Path
from typing import Callable, Iterable
from urllib.parse import parse_qs, quote

from ..errors import RecmapError
from ..settings import DEFAULT, Settings

TEMPLATES = Path(__file__).with_name("templates")
COOKIE = "recmap_session"
MAX_BODY = 1_000_000
MAX_SESSIONS = 10_000  # least recently used sessions are forgotten beyond this
SECURITY_HEADERS = [
    ("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
                                "img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"),
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "no-referrer"),
    ("X-Frame-Options", "DENY"),
    ("Cache-Control", "no-store"),
]
EXPORTS = {
    "coverage.html": "text/html; charset=utf-8",
    "coverage.xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "coverage.csv": "text/csv; charset=utf-8",
    "review.csv": "text/csv; charset=utf-8",
    "decisions.csv": "text/csv; charset=utf-8",
}


@dataclass
class Session:
    csrf: str = field(default_factory=lambda: secrets.token_urlsafe(32))
    reviewer: str | None = None


@dataclass(frozen=True)
class Request:
    method: str
    path: str
    query: dict[str, str]
    form: dict[str, str]
    cookies: dict[str, str]
    authorization: str


class HTTPError(Exception):
    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status
        self.message = message


class Response:
    def __init__(self, body: str | bytes = b"", status: int = 200, content_type: str = "text/html; charset=utf-8",
                 headers: list[tuple[str, str]] | None = None):
        self.body = body.encode("utf-8") if isinstance(body, str) else body
        self.status = status
        self.headers = [("Content-Type", content_type)] + (headers or [])

    @classmethod
    def redirect(cls, location: str) -> "Response":
        return cls(b"", 303, "text/plain", [("Location", location)])


def _environment():
    from jinja2 import Environment, FileSystemLoader, select_autoescape

    return Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=select_autoescape(default=True),
                       trim_blocks=True, lstrip_blocks=True)


def _local_target(url: str) -> str:
    """Only same-site paths as redirect targets (no //evil.example or scheme)."""
    return url if url.startswith("/") and not url.startswith("//") and "\\" not in url else "/"


class ReviewApp:
    """WSGI application over one case database. Opens a connection per request, so it is safe
    under a threading server; sessions live in memory (a restart asks for names again)."""

    def __init__(self, db: str | Path, *, settings: Settings = DEFAULT, password: str | None = None):
        from ..store import CaseStore

        CaseStore(db, settings, create=False).close()  # fail now, with a clear message, if it is not a case
        self.db = str(db)
        self.settings = settings
        self.password = password
        self.sessions: OrderedDict[str, Session] = OrderedDict()
        self._lock = threading.Lock()
        self.env = _environment()

    # ---- WSGI plumbing ---------------------------------------------------------------------

    def __call__(self, environ: dict, start_response: Callable) -> Iterable[bytes]:
        new_cookie = None
        try:
            req = self._parse(environ)
            if req.path == "/favicon.ico":  # browsers ask unprompted; answer before sessions and redirects
                resp = Response(b"", 204, "image/x-icon")
            elif self.password is not None and not self._authorised(req.authorization):
                resp = Response("Password required.", 401, "text/plain; charset=utf-8",
                                [("WWW-Authenticate", 'Basic realm="recmap review", charset="UTF-8"')])
            else:
                sid, session, new_cookie = self._session(req)
                resp = self._route(req, session)
        except HTTPError as exc:
            resp = self._error(exc.status, exc.message)
        except RecmapError as exc:
            resp = self._error(400, exc.message)
        except Exception as exc:  # never a traceback in the browser
            import sys

            print(f"recmap serve: internal error: {type(exc).__name__}: {exc}", file=sys.stderr)
            resp = self._error(500, "Something went wrong inside recmap. The decision log is unchanged; "
                                    "the server's terminal shows the details.")
        headers = resp.headers + SECURITY_HEADERS
        if new_cookie:
            headers.append(("Set-Cookie", f"{COOKIE}={new_cookie}; HttpOnly; SameSite=Strict; Path=/"))
        headers.append(("Content-Length", str(len(resp.body))))
        start_response(f"{resp.status} {HTTPStatus(resp.status).phrase}", headers)
        return [resp.body]

    def _parse(self, environ: dict) -> Request:
        method = environ.get("REQUEST_METHOD", "GET").upper()
        query = {k: v[0] for k, v in parse_qs(environ.get("QUERY_STRING", ""), keep_blank_values=True).items()}
        form: dict[str, str] = {}
        if method == "POST":
            try:
                length = int(environ.get("CONTENT_LENGTH") or 0)
            except ValueError:
                raise HTTPError(400, "Bad request length.") from None
            if length > MAX_BODY:
                raise HTTPError(413, "The form is too large.")
            body = environ["wsgi.input"].read(length).decode("utf-8", "replace") if length else ""
            form = {k: v[0] for k, v in parse_qs(body, keep_blank_values=True).items()}
        cookies = {}
        for part in environ.get("HTTP_COOKIE", "").split(";"):
            if "=" in part:
                k, v = part.strip().split("=", 1)
                cookies[k] = v
        path = environ.get("PATH_INFO", "/") or "/"
        return Request(method, path, query, form, cookies, environ.get("HTTP_AUTHORIZATION", ""))

    def _authorised(self, header: str) -> bool:
        if not header.startswith("Basic "):
            return False
        try:
            _, _, given = base64.b64decode(header[6:]).decode("utf-8").partition(":")
        except (ValueError, UnicodeDecodeError):
            return False
        return hmac.compare_digest(given.encode("utf-8"), self.password.encode("utf-8"))

    def _session(self, req: Request) -> tuple[str, Session, str | None]:
        sid = req.cookies.get(COOKIE, "")
        with self._lock:
            if sid and sid in self.sessions:
                self.sessions.move_to_end(sid)
                return sid, self.sessions[sid], None
            sid = secrets.token_urlsafe(32)
            self.sessions[sid] = Session()
            while len(self.sessions) > MAX_SESSIONS:  # cookie-less clients must not grow memory without bound
                self.sessions.popitem(last=False)
            return sid, self.sessions[sid], sid

    def _render(self, template: str, session: Session | None, **ctx) -> Response:
        page = self.env.get_template(template).render(
            reviewer=session.reviewer if session else None, csrf=session.csrf if session else "", **ctx)
        return Response(page)

    def _error(self, status: int, message: str) -> Response:
        r = self._render("error.html.j2", None, status=f"{status} {HTTPStatus(status).phrase}", message=message)
        r.status = status
        return r

    def _store(self):
        from ..store import CaseStore

        return CaseStore(self.db, self.settings, create=False)

    # ---- routes ----------------------------------------------------------------------------

    def _route(self, req: Request, session: Session) -> Response:
        if req.method == "POST":
            if not hmac.compare_digest(req.form.get("csrf", "").encode(), session.csrf.encode()):
                raise HTTPError(403, "This form has expired or did not come from this site (CSRF check failed). "
                                     "Reload the page and try again.")
        if req.path == "/reviewer":
            return self.reviewer(req, session)
        if session.reviewer is None:
            target = req.path + ("?" + "&".join(f"{k}={quote(v)}" for k, v in req.query.items()) if req.query else "")
            return Response.redirect("/reviewer?next=" + quote(target if req.method == "GET" else "/"))
        if req.method == "GET":
            if req.path == "/":
                return self.overview(session)
            m = re.fullmatch(r"/rec/([\w.-]+)", req.path)
            if m:
                return self.recommendation(session, m.group(1), req.query.get("q", ""))
            if req.path == "/history":
                return self.history(session, req.query.get("rec"))
            if req.path == "/export":
                return self._render("export.html.j2", session)
            m = re.fullmatch(r"/export/([\w.]+)", req.path)
            if m and m.group(1) in EXPORTS:
                return self.export(m.group(1))
        elif req.path == "/decide":
            return self.decide(req, session)
        raise HTTPError(404, f"There is no page {req.path}.")

    def reviewer(self, req: Request, session: Session) -> Response:
        nxt = _local_target(req.form.get("next") or req.query.get("next") or "/")
        if req.method == "POST":
            name = " ".join(req.form.get("name", "").split())[:80]
            if not name:
                return self._render("reviewer.html.j2", session, next=nxt)
            session.reviewer = name
            return Response.redirect(nxt)
        return self._render("reviewer.html.j2", session, next=nxt)

    def overview(self, session: Session) -> Response:
        from .views import overview_context

        with self._store() as store:
            ctx = overview_context(store.state())
        return self._render("overview.html.j2", session, **ctx)

    def recommendation(self, session: Session, rec_id: str, query: str) -> Response:
        from .views import rec_context

        with self._store() as store:
            state = store.state()
        try:
            ctx = rec_context(state, rec_id, query)
        except KeyError:
            raise HTTPError(404, "That recommendation is not in the current revision of the case.") from None
        return self._render("rec.html.j2", session, **ctx)

    def history(self, session: Session, rec_id: str | None) -> Response:
        from .views import history_context

        with self._store() as store:
            state = store.state()
            decisions = store.decisions(rec_id) if rec_id else store.decisions()
        return self._render("history.html.j2", session, **history_context(state, decisions, rec_id))

    def decide(self, req: Request, session: Session) -> Response:
        f = req.form
        kind, rec_id = f.get("kind", ""), f.get("rec", "")
        with self._store() as store:
            store.decide(kind, rec_id, f.get("action") or None, session.reviewer or "", f.get("reason", ""))
        return Response.redirect(f"/rec/{quote(rec_id)}")

    def export(self, name: str) -> Response:
        from ..store.export import case_to_check_result, decisions_csv, state_csv

        with self._store() as store:
            state = store.state()
            decisions = store.decisions()
        if name == "decisions.csv":
            body: str | bytes = decisions_csv(decisions)
        elif name == "review.csv":
            body = state_csv(state)
        else:
            result = case_to_check_result(state, self.settings)
            if name == "coverage.html":
                from ..report.html import to_html

                body = to_html(result)
            elif name == "coverage.xlsx":
                from ..report.tabular import to_xlsx

                body = to_xlsx(result)
            else:
                from ..report.tabular import to_csv

                body = to_csv(result)
        disposition = "inline" if name.endswith(".html") else "attachment"
        return Response(body, 200, EXPORTS[name], [("Content-Disposition", f'{disposition}; filename="{name}"')])
