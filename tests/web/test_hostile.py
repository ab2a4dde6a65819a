"""The review server against hostile clients (issue 16, items 1-3), over real sockets on 127.0.0.1.

Header injection through a redirect target, a body read before the password check, idle and
slow connections, foreign Host headers, password guessing, cookie flags beyond localhost and
what counts as a local address. Timeouts are shortened through :class:`Limits`; every loop here
is bounded in count and time. Precise figures: scripts/probe_hostile.py.
"""
from __future__ import annotations

import base64
import io
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import urlencode
from wsgiref.util import setup_testing_defaults

import pytest

from extractor.web.app import ReviewApp
from extractor.web.server import build_app, is_local, make_server

from webkit import Client, case, client  # noqa: F401  (pytest fixtures)

HERE = Path(__file__).resolve().parent
PASSWORD = "correct horse battery"
AUTH = "Basic " + base64.b64encode(f"ann:{PASSWORD}".encode()).decode()


# ---- a server in a thread, and a raw HTTP client ---------------------------------------------

@pytest.fixture
def live(case):
    """Start a server over the case: live(app=None, **limits) -> (port, app)."""
    started = []

    def start(app=None, **limits):
        app = app or ReviewApp(case[0].path)
        try:
            from extractor.web.server import Limits
        except ImportError:  # the stdlib server before issue 16 had no limits: run it as it was
            httpd = make_server(app, "127.0.0.1", 0)
        else:
            httpd = make_server(app, "127.0.0.1", 0, Limits(**limits))
        threading.Thread(target=httpd.serve_forever, daemon=True).start()
        started.append(httpd)
        return httpd.server_port, app

    yield start
    for httpd in started:
        httpd.shutdown()
        httpd.server_close()


def raw(port: int, data: bytes, timeout: float = 5.0) -> bytes:
    """Send ``data`` and read until the server closes or ``timeout`` passes."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as s:
        s.sendall(data)
        out = b""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                chunk = s.recv(65536)
            except socket.timeout:
                break
            if not chunk:
                break
            out += chunk
            if b"\r\n\r\n" in out and _complete(out):
                break
        return out


def _complete(resp: bytes) -> bool:
    head, _, body = resp.partition(b"\r\n\r\n")
    for line in head.split(b"\r\n"):
        if line.lower().startswith(b"content-length:"):
            return len(body) >= int(line.split(b":")[1])
    return False


def _headers(resp: bytes) -> list[tuple[str, str]]:
    head = resp.partition(b"\r\n\r\n")[0].decode("latin-1").split("\r\n")[1:]
    return [(k.strip().lower(), v.strip()) for k, _, v in (h.partition(":") for h in head)]


def _cookie(resp: bytes) -> str:
    return next(v for k, v in _headers(resp) if k == "set-cookie").split(";")[0]


# ---- 1. header injection ---------------------------------------------------------------------

INJECTED = "/\r\nSet-Cookie: recmap_session=X; Path=/"


def test_redirect_target_cannot_add_a_header_in_process(case):
    c = Client(ReviewApp(case[0].path))
    token = c.csrf("/reviewer")
    env = {"REQUEST_METHOD": "POST", "PATH_INFO": "/reviewer", "QUERY_STRING": "",
           "CONTENT_TYPE": "application/x-www-form-urlencoded",
           "HTTP_COOKIE": "; ".join(f"{k}={v}" for k, v in c.cookies.items())}
    body = urlencode({"csrf": token, "name": "Ann", "next": INJECTED}).encode()
    env |= {"wsgi.input": io.BytesIO(body), "CONTENT_LENGTH": str(len(body))}
    setup_testing_defaults(env)
    seen = {}
    b"".join(c.app(env, lambda status, headers: seen.update(status=status, headers=headers)))
    assert seen["status"].startswith("303")
    for k, v in seen["headers"]:
        assert "\r" not in v and "\n" not in v, (k, v)
    assert not any(k == "Set-Cookie" and "recmap_session=X" in v for k, v in seen["headers"])
    assert dict(seen["headers"])["Location"] == "/"


def test_redirect_target_cannot_add_a_header_on_the_wire(live):
    port, _ = live()
    first = raw(port, b"GET /reviewer HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
    cookie = _cookie(first)
    token = first.split(b'name="csrf" value="')[1].split(b'"')[0].decode()
    body = urlencode({"csrf": token, "name": "Ann", "next": INJECTED}).encode()
    resp = raw(port, b"POST /reviewer HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                     b"Content-Type: application/x-www-form-urlencoded\r\n"
                     + f"Cookie: {cookie}\r\nContent-Length: {len(body)}\r\n\r\n".encode() + body)
    assert resp.split(b" ", 2)[1:2] == [b"303"]
    assert b"recmap_session=X" not in resp
    assert ("location", "/") in _headers(resp)


# ---- 2. no body is read before the password check --------------------------------------------

class _Untouchable(io.RawIOBase):
    def read(self, *a):  # pragma: no cover - the test fails if this runs
        raise AssertionError("the body was read")

    readline = readinto = read


@pytest.mark.parametrize("length", ["-1", "", "900000", "abc"])
def test_unauthenticated_post_is_refused_before_reading_the_body(case, length):
    app = build_app(case[0].path, "0.0.0.0", PASSWORD)
    env = {"REQUEST_METHOD": "POST", "PATH_INFO": "/decide", "QUERY_STRING": "", "wsgi.input": _Untouchable(),
           "CONTENT_TYPE": "application/x-www-form-urlencoded", "CONTENT_LENGTH": length}
    setup_testing_defaults(env)
    seen = {}
    b"".join(app(env, lambda status, headers: seen.update(status=status)))
    assert seen["status"].startswith("401")


@pytest.mark.parametrize("length", ["-1", ""])
def test_a_post_without_a_valid_length_never_reads_a_body(client, length):
    env = {"REQUEST_METHOD": "POST", "PATH_INFO": "/decide", "QUERY_STRING": "", "wsgi.input": _Untouchable(),
           "CONTENT_TYPE": "application/x-www-form-urlencoded", "CONTENT_LENGTH": length,
           "HTTP_COOKIE": "; ".join(f"{k}={v}" for k, v in client.cookies.items())}
    setup_testing_defaults(env)
    seen = {}
    b"".join(client.app(env, lambda status, headers: seen.update(status=status)))
    assert seen["status"][:3] in ("400", "411")


def test_a_60_mb_unauthenticated_body_does_not_grow_the_server(case, tmp_path):
    """The probe sent 300 MB with Content-Length: -1 and the server grew by 688 MB. Here 60 MB
    must grow it (peak RSS of the server process, measured by itself) by less than 10 MB."""
    proc = subprocess.Popen([sys.executable, str(HERE / "hostile_server.py"), str(case[0].path), PASSWORD],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        port = int(proc.stdout.readline().split()[1])
        ok = raw(port, f"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: {AUTH}\r\nConnection: close\r\n\r\n".encode())
        assert ok.split(b" ", 2)[1:2] == [b"303"]
        before = _rss(proc)
        answer = b""
        with socket.create_connection(("127.0.0.1", port), timeout=20) as s:
            try:
                s.sendall(b"POST /decide HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: -1\r\n"
                          b"Content-Type: application/x-www-form-urlencoded\r\n\r\n")
                chunk = b"a=" + b"x" * (1 << 20)
                for _ in range(60):
                    s.sendall(chunk)
                s.shutdown(socket.SHUT_WR)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the server stopped listening to it: that is the point
            try:
                answer = s.recv(4096)
            except (ConnectionResetError, socket.timeout):
                pass
        after = _rss(proc)
        assert answer == b"" or answer.split()[1] in (b"400", b"401", b"411"), answer[:100]
        assert after - before < 10 * 1024, f"server grew by {(after - before) / 1024:.0f} MB"
    finally:
        proc.stdin.close()
        proc.wait(20)


def _rss(proc) -> int:
    proc.stdin.write("rss\n")
    proc.stdin.flush()
    return int(proc.stdout.readline().split()[1])


# ---- 3. idle and slow clients, Host, password guessing, cookies, local addresses ---------------

def test_idle_connections_neither_delay_a_request_nor_stay_open(live):
    port, _ = live(channel_timeout=2, request_timeout=2)
    threads_before = threading.active_count()
    idle = [socket.create_connection(("127.0.0.1", port), timeout=10) for _ in range(200)]
    try:
        time.sleep(0.2)
        assert threading.active_count() - threads_before < 10  # no thread per connection
        t0 = time.monotonic()
        resp = raw(port, b"GET /reviewer HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        assert resp.split(b" ", 2)[1:2] == [b"200"] and time.monotonic() - t0 < 1.0
        deadline = time.monotonic() + 10
        open_ = list(idle)
        while open_ and time.monotonic() < deadline:
            s = open_[0]
            s.settimeout(max(0.1, deadline - time.monotonic()))
            try:
                if s.recv(1) == b"":
                    open_.pop(0)
            except (socket.timeout, ConnectionResetError):
                if time.monotonic() >= deadline:
                    break
                open_.pop(0)  # reset by the server counts as closed
        assert not open_, f"{len(open_)} of 200 idle connections still open after 10 s"
    finally:
        for s in idle:
            s.close()


def test_headers_dripped_slowly_are_timed_out(live):
    port, _ = live(channel_timeout=30, request_timeout=2)
    with socket.create_connection(("127.0.0.1", port), timeout=1) as s:
        s.sendall(b"GET / HTTP/1.1\r\n")
        t0 = time.monotonic()
        closed = False
        while time.monotonic() - t0 < 8:
            try:
                s.sendall(b"X")  # one byte every 0.25 s: never idle, never finished
                time.sleep(0.25)
                if s.recv(1, socket.MSG_DONTWAIT) == b"":
                    closed = True
                    break
            except (BlockingIOError, socket.timeout):  # nothing to read yet
                continue
            except (BrokenPipeError, ConnectionResetError):
                closed = True
                break
        assert closed, "a request dripping its headers was never timed out"
        assert time.monotonic() - t0 < 6


def test_foreign_host_header_is_refused(live, case):
    port, _ = live()
    evil = raw(port, b"GET /reviewer HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n")
    assert evil.split(b" ", 2)[1:2] == [b"400"]
    rebound = raw(port, b"GET /reviewer HTTP/1.1\r\nHost: 127.evil.invalid:8765\r\nConnection: close\r\n\r\n")
    assert rebound.split(b" ", 2)[1:2] == [b"400"]
    for host in (b"127.0.0.1", f"127.0.0.1:{port}".encode(), f"localhost:{port}".encode(), b"[::1]:8765"):
        assert raw(port, b"GET /reviewer HTTP/1.1\r\nHost: " + host + b"\r\nConnection: close\r\n\r\n"
                   ).split(b" ", 2)[1:2] == [b"200"], host
    app = build_app(case[0].path, "0.0.0.0", PASSWORD, allow_hosts=("review.example.org",))
    good = Client(app, AUTH)
    good.sign_in()
    env_host = {"HTTP_HOST": "review.example.org"}
    assert _get(app, "/", AUTH, env_host, good.cookies).startswith("200")
    assert _get(app, "/", AUTH, {"HTTP_HOST": "elsewhere.example.org"}, good.cookies).startswith("400")


def _get(app, path, auth, extra, cookies=None, remote="10.0.0.9") -> str:
    env = {"REQUEST_METHOD": "GET", "PATH_INFO": path, "QUERY_STRING": "", "wsgi.input": io.BytesIO(b""),
           "HTTP_AUTHORIZATION": auth, "REMOTE_ADDR": remote} | extra
    if cookies:
        env["HTTP_COOKIE"] = "; ".join(f"{k}={v}" for k, v in cookies.items())
    setup_testing_defaults(env)
    seen = {}
    b"".join(app(env, lambda status, headers: seen.update(status=status)))
    return seen["status"]


def test_wrong_passwords_back_off(case):
    """The probe made 200 wrong guesses in 0.11 s, all looked at. Now after 5 free mistakes an
    address is locked out (429, doubling), and even the right password waits."""
    app = build_app(case[0].path, "0.0.0.0", PASSWORD)
    wrong = "Basic " + base64.b64encode(b"x:guess").decode()
    statuses = [_get(app, "/", wrong, {})[:3] for _ in range(200)]
    assert statuses[:5] == ["401"] * 5
    assert statuses.count("401") <= 6 and statuses.count("429") >= 194
    assert _get(app, "/", AUTH, {})[:3] == "429"  # locked out: the right password is not even looked at
    assert _get(app, "/", AUTH, {}, remote="10.0.0.10")[:3] in ("200", "303")  # another address is not


def test_session_cookie_is_secure_beyond_localhost_only(case):
    remote = Client(build_app(case[0].path, "0.0.0.0", PASSWORD), AUTH)
    r = remote.get("/")
    assert "Secure" in r.headers["Set-Cookie"] and "HttpOnly" in r.headers["Set-Cookie"]
    local = Client(build_app(case[0].path, "127.0.0.1", None))
    assert "Secure" not in local.get("/").headers["Set-Cookie"]


@pytest.mark.parametrize("host,local", [
    ("127.0.0.1", True), ("127.1.2.3", True), ("::1", True), ("[::1]", True), ("localhost", True),
    ("::ffff:127.0.0.1", True), ("127.evil.invalid", False), ("127.0.0.1.nip.io", False), ("0.0.0.0", False),
    ("10.0.0.1", False), ("localhost.evil.invalid", False), ("", False),
])
def test_local_means_a_loopback_address(host, local):
    assert is_local(host) is local


def test_127_named_host_needs_a_password(case):
    from extractor.errors import UsageError

    with pytest.raises(UsageError, match="without a password"):
        build_app(case[0].path, "127.evil.invalid", None)
