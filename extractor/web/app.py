"""The review web app: a WSGI application on werkzeug (requests, responses, cookies,
redirects) with Jinja2 templates; :mod:`.server` runs it under waitress.

Security model, for a tool that shows council documents on a laptop or an office server:

- Every page asks for the reviewer's name once per browser session (a random server-side
  session id in an HttpOnly, SameSite=Strict cookie, also Secure when served beyond
  localhost); decisions are recorded under that name.
- Every POST carries the session's random CSRF token, compared in constant time.
- All document text goes through Jinja2 autoescaping; a Content-Security-Policy forbids
  loading anything from elsewhere.
- Only requests whose ``Host`` names this server are answered (no DNS rebinding).
- :func:`.server.build_app` refuses to bind beyond localhost unless the operator set a
  password; then every request needs it (HTTP basic auth, any user name), checked before any
  request body is read, with a back-off after wrong passwords (:class:`.guard.LoginThrottle`).
- Header values are built by werkzeug, which refuses CR/LF, and redirect targets are
  same-site paths only, so no request value can add a header.
"""
from __future__ import annotations

import hmac
import math
import re
import secrets
import sys
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from http import HTTPStatus
from pathlib import Path
from typing import Callable, Iterable
from urllib.parse import quote, urlsplit

from werkzeug.exceptions import HTTPException
from werkzeug.wrappers import Request, Response

from ..errors import RecmapError
from ..settings import DEFAULT, Settings
from .guard import LoginThrottle, host_allowed, password_matches

TEMPLATES = Path(__file__).with_name("templates")
COOKIE = "recmap_session"
MAX_BODY = 1_000_000  # the largest form (a justification) is a few KB
MAX_SESSIONS = 10_000  # least recently used sessions are forgotten beyond this
LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})
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


class HTTPError(Exception):
    def __init__(self, status: int, message: str, headers: list[tuple[str, str]] | None = None):
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers or []


def page(body: str | bytes = b"", status: int = 200, content_type: str = "text/html; charset=utf-8",
         headers: list[tuple[str, str]] | None = None) -> Response:
    return Response(body, status, headers, content_type=content_type)


def see_other(location: str) -> Response:
    """A 303 to a same-site path (anything else becomes ``/``); werkzeug builds the header."""
    return page(b"", 303, "text/plain; charset=utf-8", [("Location", local_target(location))])


def _environment():
    from jinja2 import Environment, FileSystemLoader, select_autoescape

    return Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=select_autoescape(default=True),
                       trim_blocks=True, lstrip_blocks=True)


def local_target(url: str) -> str:
    """``url`` if it is a path on this site, else ``/``: no scheme, no host (``//evil.example``,
    ``/\\evil``), no control characters (a CR/LF would start a new header)."""
    if not url.startswith("/") or url.startswith("//") or "\\" in url:
        return "/"
    if any(ord(c) < 0x20 or ord(c) == 0x7F for c in url):
        return "/"
    parts = urlsplit(url)
    if parts.scheme or parts.netloc:
        return "/"
    return url


class ReviewApp:
    """WSGI application over one case database. Opens a connection per request, so it is safe
    under a threaded server; sessions live in memory (a restart asks for names again).

    ``allowed_hosts``: the names and addresses the ``Host`` header may carry (lower case; a
    leading dot allows subdomains); ``secure_cookies`` marks the session cookie Secure (for a
    server reached beyond localhost, which must be behind HTTPS)."""

    def __init__(self, db: str | Path, *, settings: Settings = DEFAULT, password: str | None = None,
                 allowed_hosts: Iterable[str] = LOCAL_HOSTS, secure_cookies: bool = False,
                 throttle: LoginThrottle | None = None):
        from ..store import CaseStore

        CaseStore(db, settings, create=False).close()  # fail now, with a clear message, if it is not a case
        self.db = str(db)
        self.settings = settings
        self.password = password
        self.allowed_hosts = frozenset(h.lower().strip("[]") for h in allowed_hosts)
        self.secure_cookies = secure_cookies
        self.throttle = throttle or LoginThrottle()
        self.sessions: OrderedDict[str, Session] = OrderedDict()
        self._lock = threading.Lock()
        self.env = _environment()

    # ---- WSGI plumbing ---------------------------------------------------------------------

    def __call__(self, environ: dict, start_response: Callable) -> Iterable[bytes]:
        req = Request(environ)
        req.max_content_length = MAX_BODY
        req.max_form_memory_size = MAX_BODY
        req.max_form_parts = 100
        new_cookie = None
        try:
            self._admit(req)
            if req.path == "/favicon.ico":  # browsers ask unprompted; answer before sessions and redirects
                resp = page(b"", 204, "image/x-icon")
            else:
                session, new_cookie = self._session(req)
                resp = self._route(req, session)
        except HTTPError as exc:
            resp = self._error(exc.status, exc.message, exc.headers)
        except HTTPException as exc:  # werkzeug's own: a form over the size limit, a malformed body
            resp = self._error(exc.code or 400, exc.description or HTTPStatus(exc.code or 400).phrase)
        except RecmapError as exc:
            resp = self._error(400, exc.message)
        except Exception as exc:  # never a traceback in the browser
            print(f"recmap serve: internal error: {type(exc).__name__}: {exc}", file=sys.stderr)
            resp = self._error(500, "Something went wrong inside recmap. The decision log is unchanged; "
                                    "the server's terminal shows the details.")
        for k, v in SECURITY_HEADERS:
            resp.headers[k] = v
        if new_cookie:
            resp.set_cookie(COOKIE, new_cookie, httponly=True, samesite="Strict", path="/",
                            secure=self.secure_cookies)
        return resp(environ, start_response)

    def _admit(self, req: Request) -> None:
        """Host, password and body length, in that order, before anything reads the body."""
        host = req.environ.get("HTTP_HOST") or req.environ.get("SERVER_NAME", "")
        if not host_allowed(host, self.allowed_hosts):
            raise HTTPError(400, "This server does not answer to that host name. Use the address "
                                 "`recmap serve` printed.")
        if self.password is not None:
            client = req.remote_addr or "?"
            wait = self.throttle.wait(client)
            if wait <= 0:
                if password_matches(req.headers.get("Authorization", ""), self.password):
                    self.throttle.succeeded(client)
                    wait = -1.0
                else:
                    wait = self.throttle.failed(client)
                    if wait <= 0:
                        raise HTTPError(401, "Password required.",
                                        [("WWW-Authenticate", 'Basic realm="recmap review", charset="UTF-8"')])
            if wait > 0:
                raise HTTPError(429, "Too many wrong passwords from this address. Wait and try again.",
                                [("Retry-After", str(math.ceil(wait)))])
        if req.method == "POST":
            # Only a body of a stated, small length is read: no length (or a negative one) is
            # refused before reading, as is a length over the limit.
            raw = req.environ.get("CONTENT_LENGTH") or ""
            if not raw.strip().isdigit():
                raise HTTPError(411, "A form must state its length (Content-Length).")
            if int(raw) > MAX_BODY:
                raise HTTPError(413, "The form is too large.")

    def _session(self, req: Request) -> tuple[Session, str | None]:
        sid = req.cookies.get(COOKIE, "")
        with self._lock:
            if sid and sid in self.sessions:
                self.sessions.move_to_end(sid)
                return self.sessions[sid], None
            sid = secrets.token_urlsafe(32)
            self.sessions[sid] = Session()
            while len(self.sessions) > MAX_SESSIONS:  # cookie-less clients must not grow memory without bound
                self.sessions.popitem(last=False)
            return self.sessions[sid], sid

    def _render(self, template: str, session: Session | None, **ctx) -> Response:
        html = self.env.get_template(template).render(
            reviewer=session.reviewer if session else None, csrf=session.csrf if session else "", **ctx)
        return page(html)

    def _error(self, status: int, message: str, headers: list[tuple[str, str]] | None = None) -> Response:
        r = self._render("error.html.j2", None, status=f"{status} {HTTPStatus(status).phrase}", message=message)
        r.status_code = status
        for k, v in headers or []:
            r.headers[k] = v
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
            query = req.query_string.decode("latin-1")
            target = req.path + ("?" + query if query else "")
            return see_other("/reviewer?next=" + quote(target if req.method == "GET" else "/"))
        if req.method == "GET":
            if req.path == "/":
                return self.overview(session)
            m = re.fullmatch(r"/rec/([\w.-]+)", req.path)
            if m:
                return self.recommendation(session, m.group(1), req.args.get("q", ""))
            if req.path == "/history":
                return self.history(session, req.args.get("rec"))
            if req.path == "/export":
                return self._render("export.html.j2", session)
            m = re.fullmatch(r"/export/([\w.]+)", req.path)
            if m and m.group(1) in EXPORTS:
                return self.export(m.group(1))
        elif req.path == "/decide":
            return self.decide(req, session)
        raise HTTPError(404, f"There is no page {req.path}.")

    def reviewer(self, req: Request, session: Session) -> Response:
        nxt = local_target((req.form.get("next") if req.method == "POST" else None) or req.args.get("next") or "/")
        if req.method == "POST":
            name = " ".join(req.form.get("name", "").split())[:80]
            if not name:
                return self._render("reviewer.html.j2", session, next=nxt)
            session.reviewer = name
            return see_other(nxt)
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
        return see_other(f"/rec/{quote(rec_id)}")

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
        return page(body, 200, EXPORTS[name], [("Content-Disposition", f'{disposition}; filename="{name}"')])
