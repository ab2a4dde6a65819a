"""Running the review app: a threading stdlib WSGI server, localhost unless a password is set."""
from __future__ import annotations

import os
import socketserver
import sys
from pathlib import Path
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server as _make_server

from ..errors import UsageError
from ..settings import DEFAULT, Settings
from .app import ReviewApp

LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1"}
PASSWORD_ENV = "RECMAP_PASSWORD"


class _ThreadingServer(socketserver.ThreadingMixIn, WSGIServer):
    daemon_threads = True  # a hung browser connection must not keep the process alive on Ctrl-C


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args) -> None:  # noqa: A002 - stdlib signature
        sys.stderr.write(f"{self.address_string()} {format % args}\n")


def is_local(host: str) -> bool:
    return host in LOCAL_HOSTS or host.startswith("127.")


def read_password(password_file: str | None, environ: dict | None = None) -> str | None:
    """The operator's password from --password-file (first line) or $RECMAP_PASSWORD, else None."""
    environ = os.environ if environ is None else environ
    if password_file:
        try:
            text = Path(password_file).read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise UsageError(f"cannot read the password file ({exc.strerror})",
                             "Check --password-file.") from None
        pw = text[0].strip() if text else ""
        if not pw:
            raise UsageError(f"the password file {password_file} is empty", "Put the password on its first line.")
        return pw
    pw = environ.get(PASSWORD_ENV, "")
    return pw or None


def build_app(db: str | Path, host: str, password: str | None, settings: Settings = DEFAULT) -> ReviewApp:
    """The app for ``host``; refuses a non-local bind without a password (decisions would be open to the network)."""
    if not is_local(host) and not password:
        raise UsageError(f"refusing to serve on {host} without a password: anyone on the network could record decisions",
                         f"Set {PASSWORD_ENV} or give --password-file FILE, or bind to 127.0.0.1.")
    if password is not None and len(password) < 8 and not is_local(host):
        raise UsageError("the password is shorter than 8 characters", "Choose a longer password.")
    return ReviewApp(db, settings=settings, password=password)


def make_server(app: ReviewApp, host: str, port: int) -> WSGIServer:
    cls = _ThreadingServer
    if ":" in host:  # an IPv6 address such as ::1
        import socket

        cls = type("_ThreadingServer6", (_ThreadingServer,), {"address_family": socket.AF_INET6})
    try:
        return _make_server(host, port, app, server_class=cls, handler_class=_QuietHandler)
    except OSError as exc:
        raise UsageError(f"cannot listen on {host}:{port} ({exc.strerror})",
                         "Choose another --port, or stop the program using it.") from None


def serve(db: str | Path, host: str = "127.0.0.1", port: int = 8765, password: str | None = None,
          settings: Settings = DEFAULT, announce=print) -> None:
    """Serve the review UI until interrupted."""
    app = build_app(db, host, password, settings)
    httpd = make_server(app, host, port)
    shown = f"[{host}]" if ":" in host else host
    announce(f"recmap review of {db} at http://{shown}:{httpd.server_port}/ (Ctrl-C to stop)"
             + (" - password required" if password else ""))
    try:
        httpd.serve_forever()
    except KeyboardInterrupt:  # Ctrl-C is how a reviewer stops the server: not an error
        announce("stopped; every decision is in the case database")
    finally:
        httpd.server_close()
