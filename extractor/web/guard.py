"""Who may talk to the review app: the Host header, the password and its back-off, local addresses.

Pure policy, no HTTP parsing (werkzeug parses; waitress serves): each check takes plain values so
it can be tested alone.
"""
from __future__ import annotations

import base64
import hmac
import ipaddress
import threading
import time
from collections import OrderedDict
from urllib.parse import urlsplit

LOCAL_NAMES = ("localhost",)


def is_local(host: str) -> bool:
    """True for a loopback address (127.0.0.0/8, ::1, IPv4-mapped loopback) or ``localhost``.

    Decided by :mod:`ipaddress`, not by the spelling: ``127.evil.invalid`` is a name that DNS
    may send anywhere, so it is not local."""
    h = host.strip().strip("[]").lower().rstrip(".")
    if h in LOCAL_NAMES:
        return True
    try:
        addr = ipaddress.ip_address(h.split("%", 1)[0])  # drop an IPv6 zone (::1%lo)
    except ValueError:
        return False
    mapped = getattr(addr, "ipv4_mapped", None)
    return addr.is_loopback or bool(mapped and mapped.is_loopback)


def host_name(header: str) -> str | None:
    """The host part of a ``Host`` header value (lower case, IPv6 without brackets), or None
    when it is not a plain ``host[:port]``."""
    if not header or any(c in header for c in "/?#@\\ \t\r\n"):
        return None
    try:
        parts = urlsplit("//" + header)
        parts.port  # noqa: B018 - raises ValueError for a bad port
    except ValueError:
        return None
    return parts.hostname or None


def host_allowed(header: str, allowed: frozenset[str]) -> bool:
    """Whether a request's ``Host`` header names this server. ``allowed`` holds lower-case host
    names and addresses; an entry starting with a dot also allows its subdomains. Refusing
    other names stops DNS rebinding: a hostile page whose own name resolves to 127.0.0.1 can
    make a browser send it requests, but they carry that page's name as Host."""
    name = host_name(header)
    if name is None:
        return False
    if name in allowed:
        return True
    return any(a.startswith(".") and (name.endswith(a) or name == a[1:]) for a in allowed)


def password_matches(authorization: str, password: str) -> bool:
    """HTTP basic auth (any user name) against ``password``, in constant time."""
    scheme, _, value = authorization.partition(" ")
    if scheme.lower() != "basic":
        return False
    try:
        _, _, given = base64.b64decode(value.strip(), validate=True).decode("utf-8").partition(":")
    except (ValueError, UnicodeDecodeError):
        return False
    return hmac.compare_digest(given.encode("utf-8"), password.encode("utf-8"))


class LoginThrottle:
    """Back-off after wrong passwords, per client address.

    The first ``free`` failures cost nothing (typos); each further one locks the address out for
    twice as long as the last (1 s, 2 s, 4 s ... up to ``max_lock`` seconds), during which every
    attempt, right or wrong, is answered 429 without looking at the password. A success resets
    the address. 200 guesses then take hours instead of a tenth of a second, and an
    answer comes at once (no thread of the fixed pool is put to sleep). At most ``max_clients``
    addresses are remembered (least recently seen forgotten first)."""

    def __init__(self, free: int = 5, first_lock: float = 1.0, max_lock: float = 300.0,
                 max_clients: int = 10_000, clock=time.monotonic):
        self.free, self.first_lock, self.max_lock = free, first_lock, max_lock
        self.max_clients = max_clients
        self.clock = clock
        self._state: OrderedDict[str, tuple[int, float]] = OrderedDict()  # client -> (failures, locked until)
        self._lock = threading.Lock()

    def wait(self, client: str) -> float:
        """Seconds this client must wait before its next attempt is looked at (0: go ahead)."""
        with self._lock:
            _, until = self._state.get(client, (0, 0.0))
        return max(0.0, until - self.clock())

    def failed(self, client: str) -> float:
        """Record a wrong password; returns the lock-out it earned (0 while still free)."""
        with self._lock:
            n, _ = self._state.pop(client, (0, 0.0))
            n += 1
            lock = 0.0 if n <= self.free else min(self.max_lock, self.first_lock * 2 ** (n - self.free - 1))
            self._state[client] = (n, self.clock() + lock)
            while len(self._state) > self.max_clients:
                self._state.popitem(last=False)
            return lock

    def succeeded(self, client: str) -> None:
        with self._lock:
            self._state.pop(client, None)
