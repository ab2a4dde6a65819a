"""An in-process WSGI test client (no sockets) and a tiny case to serve, as fixtures."""
from __future__ import annotations

import io
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode
from wsgiref.util import setup_testing_defaults

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "store"))  # share the store tests' casekit

from casekit import make_case  # noqa: E402
from extractor.web.app import ReviewApp  # noqa: E402


@dataclass
class Resp:
    status: int
    headers: dict[str, str]
    body: bytes

    @property
    def text(self) -> str:
        return self.body.decode("utf-8")


class Client:
    """Calls the WSGI app directly, keeping cookies like a browser."""

    def __init__(self, app, auth: str | None = None):
        self.app = app
        self.cookies: dict[str, str] = {}
        self.auth = auth

    def request(self, method: str, path: str, form: dict | None = None) -> Resp:
        path, _, query = path.partition("?")
        body = urlencode(form or {}).encode()
        env: dict = {"REQUEST_METHOD": method, "PATH_INFO": path, "QUERY_STRING": query,
                     "wsgi.input": io.BytesIO(body), "CONTENT_LENGTH": str(len(body)),
                     "CONTENT_TYPE": "application/x-www-form-urlencoded"}
        if self.cookies:
            env["HTTP_COOKIE"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        if self.auth:
            env["HTTP_AUTHORIZATION"] = self.auth
        setup_testing_defaults(env)
        out: dict = {}

        def start_response(status, headers):
            out["status"] = int(status.split()[0])
            out["headers"] = headers

        body_out = b"".join(self.app(env, start_response))
        headers = {}
        for k, v in out["headers"]:
            headers[k] = v
            if k == "Set-Cookie":
                name, _, rest = v.partition("=")
                self.cookies[name] = rest.split(";")[0]
        return Resp(out["status"], headers, body_out)

    def get(self, path: str) -> Resp:
        return self.request("GET", path)

    def post(self, path: str, form: dict) -> Resp:
        return self.request("POST", path, form)

    def csrf(self, path: str = "/") -> str:
        m = re.search(r'name="csrf" value="([^"]+)"', self.get(path).text)
        assert m, "no CSRF token on the page"
        return m.group(1)

    def sign_in(self, name: str = "Ann Reviewer") -> None:
        token = self.csrf("/reviewer")
        r = self.post("/reviewer", {"csrf": token, "name": name, "next": "/"})
        assert r.status == 303


@pytest.fixture
def case(tmp_path):
    store, recs, acts = make_case(tmp_path / "recmap.db", tmp_path)
    yield store, recs, acts
    store.close()


@pytest.fixture
def client(case):
    store, _, _ = case
    c = Client(ReviewApp(store.path))
    c.sign_in()
    return c
