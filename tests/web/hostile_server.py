"""A review server in its own process, for tests that measure it from outside (tests/web/test_hostile.py,
scripts/probe_hostile.py).

    python tests/web/hostile_server.py DB [PASSWORD]

Prints ``port N`` once listening; then each line ``rss`` on stdin is answered with the process's
peak resident memory in KB (``rss N``); end of stdin stops the server.
"""
from __future__ import annotations

import resource
import sys
import threading
from pathlib import Path


def peak_kb() -> int:
    """This process's peak resident memory in KB: VmHWM on Linux (ru_maxrss there may also count
    the parent's pages shared at fork), else ru_maxrss."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def main() -> None:
    from extractor.web.app import ReviewApp
    from extractor.web.server import make_server

    db = sys.argv[1]
    password = sys.argv[2] if len(sys.argv) > 2 else None
    httpd = make_server(ReviewApp(db, password=password), "127.0.0.1", 0)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    print(f"port {httpd.server_port}", flush=True)
    for line in sys.stdin:
        if line.strip() == "rss":
            print(f"rss {peak_kb()}", flush=True)
    httpd.shutdown()
    httpd.server_close()


if __name__ == "__main__":
    main()
