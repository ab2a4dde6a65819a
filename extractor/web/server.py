"""Running the review app under waitress: localhost unless a password is set.

waitress is a maintained, pure-Python production WSGI server: one event loop holds the
connections (an idle or slow client costs a socket, not a thread), a fixed pool of threads
runs the app, request headers and bodies have size limits, and idle connections are closed.
:class:`Limits` sets those figures; on top of waitress's idle timeout a request that is still
incomplete after ``request_timeout`` seconds is dropped, so headers dripped a byte at a time
cannot hold a connection for ever.
"""
from __future__ import annotations

import os
import socket
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from ..errors import UsageError
from ..settings import DEFAULT, Settings
from .app import LOCAL_HOSTS, MAX_BODY, ReviewApp
from .guard import is_local

PASSWORD_ENV = "RECMAP_PASSWORD"


@dataclass(frozen=True)
class Limits:
    """What one server allows its clients. Defaults suit a handful of reviewers on a laptop or
    an office server; tests shorten the timeouts."""

    threads: int = 4  # the app's fixed thread pool; a page takes milliseconds
    connection_limit: int = 1000  # open connections (idle browsers keep a few each); capped by the fd limit
    channel_timeout: int = 30  # an idle connection is closed after this many seconds
    request_timeout: int = 30  # a request must arrive whole (headers and body) within this many
    check_interval: int = 1  # seconds between checks of the two timeouts
    max_header_bytes: int = 32 * 1024
    max_body_bytes: int = MAX_BODY

    def __post_init__(self) -> None:
        if self.threads < 1 or self.connection_limit < 1:
            raise ValueError("threads and connection_limit must be at least 1")
        if min(self.channel_timeout, self.request_timeout, self.check_interval) <= 0:
            raise ValueError("timeouts must be positive")


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


def allowed_hosts(host: str, extra: tuple[str, ...] = ()) -> frozenset[str]:
    """Host names a browser may use to reach a server bound to ``host``: the local names
    always; the bound address; for a wildcard bind (0.0.0.0, ::) this machine's name and
    addresses; plus ``extra`` (``--allow-host``, e.g. the name a reverse proxy forwards)."""
    names = set(LOCAL_HOSTS) | {host.strip("[]").lower()}
    if host in ("0.0.0.0", "::", ""):
        for name in {socket.gethostname(), socket.getfqdn()}:
            names.add(name.lower())
            try:
                names.update(a.lower() for a in socket.gethostbyname_ex(name)[2])
            except OSError:
                pass
    names.update(e.strip().strip("[]").lower() for e in extra if e.strip())
    names.discard("")
    return frozenset(names)


def build_app(db: str | Path, host: str, password: str | None, settings: Settings = DEFAULT,
              allow_hosts: tuple[str, ...] = ()) -> ReviewApp:
    """The app for ``host``; refuses a non-local bind without a password (decisions would be open
    to the network). Beyond localhost the session cookie is Secure."""
    local = is_local(host)
    if not local and not password:
        raise UsageError(f"refusing to serve on {host} without a password: anyone on the network could record decisions",
                         f"Set {PASSWORD_ENV} or give --password-file FILE, or bind to 127.0.0.1.")
    if password is not None and len(password) < 8 and not local:
        raise UsageError("the password is shorter than 8 characters", "Choose a longer password.")
    return ReviewApp(db, settings=settings, password=password, allowed_hosts=allowed_hosts(host, allow_hosts),
                     secure_cookies=not local)


class ReviewServer:
    """A waitress server for one app: ``serve_forever`` in one thread, ``shutdown`` from another."""

    def __init__(self, app, host: str, port: int, limits: Limits = Limits()):
        from waitress.adjustments import Adjustments
        from waitress.channel import HTTPChannel
        from waitress.server import TcpWSGIServer

        class Channel(HTTPChannel):
            request_started: float | None = None  # monotonic time the incomplete request began

            def received(self, data):
                if data and self.request is None:
                    self.request_started = time.monotonic()
                try:
                    return super().received(data)
                finally:
                    if self.request is None:
                        self.request_started = None

        class Server(TcpWSGIServer):
            channel_class = Channel

            def maintenance(self, now):
                super().maintenance(now)  # idle connections (channel_timeout)
                cutoff = time.monotonic() - limits.request_timeout
                for ch in list(self.active_channels.values()):
                    started = getattr(ch, "request_started", None)
                    if started is not None and started < cutoff:
                        ch.will_close = True

        self.limits = limits
        bind = "127.0.0.1" if host == "localhost" else host
        try:
            adj = Adjustments(
                host=bind, port=port, threads=limits.threads,
                connection_limit=_connection_limit(limits.connection_limit),
                channel_timeout=limits.channel_timeout, cleanup_interval=limits.check_interval,
                max_request_header_size=limits.max_header_bytes,
                max_request_body_size=limits.max_body_bytes + 1,  # waitress refuses >= this
                asyncore_loop_timeout=1, asyncore_use_poll=True, ident="recmap",  # poll: no 1024-fd select limit
                expose_tracebacks=False, log_socket_errors=False,
            )
            self._server = Server(app, adj=adj, sockinfo=adj.listen[0])
        except (OSError, ValueError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            raise UsageError(f"cannot listen on {host}:{port} ({reason})",
                             "Choose another --port or --host, or stop the program using it.") from None
        self._stop = threading.Event()
        self._stopped = threading.Event()
        self._closed = False

    @property
    def server_port(self) -> int:
        return int(self._server.effective_port)

    def serve_forever(self) -> None:
        """Serve until :meth:`shutdown` (from another thread) or Ctrl-C."""
        try:
            while not self._stop.is_set():
                self._server.asyncore.loop(timeout=self._server.adj.asyncore_loop_timeout, use_poll=True,
                                           map=self._server._map, count=1)
        finally:
            self._stopped.set()
            self.server_close()

    def shutdown(self) -> None:
        self._stop.set()
        self._server.pull_trigger()  # wake the event loop
        self._stopped.wait(10)

    def server_close(self) -> None:
        if self._closed:
            return
        self._closed = True
        for obj in list(self._server._map.values()):
            try:
                obj.close()
            except OSError:
                pass
        self._server.task_dispatcher.shutdown(cancel_pending=True, timeout=5)


def _connection_limit(wanted: int) -> int:
    """``wanted``, but leave room under the process's open-file limit."""
    try:
        import resource

        soft, _ = resource.getrlimit(resource.RLIMIT_NOFILE)
    except (ImportError, OSError, ValueError):
        return wanted
    if soft == resource.RLIM_INFINITY:
        return wanted
    return max(10, min(wanted, soft - 64))


def make_server(app: ReviewApp, host: str, port: int, limits: Limits = Limits()) -> ReviewServer:
    return ReviewServer(app, host, port, limits)


def serve(db: str | Path, host: str = "127.0.0.1", port: int = 8765, password: str | None = None,
          settings: Settings = DEFAULT, announce=print, allow_hosts: tuple[str, ...] = (),
          limits: Limits = Limits()) -> None:
    """Serve the review UI until interrupted."""
    app = build_app(db, host, password, settings, allow_hosts)
    httpd = make_server(app, host, port, limits)
    shown = f"[{host}]" if ":" in host else host
    announce(f"recmap review of {db} at http://{shown}:{httpd.server_port}/ (Ctrl-C to stop)"
             + (" - password required" if password else ""))
    if not is_local(host):
        announce("beyond localhost, reach it through an HTTPS proxy: its cookie is Secure, so browsers "
                 "do not return it over plain http; --allow-host NAME adds the names it may be called by")
    try:
        httpd.serve_forever()
    except KeyboardInterrupt:  # Ctrl-C is how a reviewer stops the server: not an error
        announce("stopped; every decision is in the case database")
    finally:
        httpd.server_close()
