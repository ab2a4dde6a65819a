"""The issue-16 probe, repeated: prints the figures that tests only bound with margins.

    .venv/bin/python scripts/probe_hostile.py [--quick]

Everything runs on this machine and talks to 127.0.0.1 only; each loop is bounded in count and
time. Items: 1 header injection, 2 an unauthenticated body with Content-Length: -1, 3 idle and
slow clients, Host, password guessing, 4 killing a batch's parent, 5 a .docx zip bomb, 6 two
batch runs under different hash seeds, 8 message lengths. (7, the fresh clone without ../shared,
is `.ci/run`'s second pass.) Needs the dev extras (reportlab) for the generated letters.
``--quick`` sends 60 MB instead of 300 MB in item 2.
"""
from __future__ import annotations

import argparse
import base64
import os
import resource
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parents[1]
for sub in ("tests", "tests/web", "tests/store", "tests/batch", "tests/ingest"):
    sys.path.insert(0, str(ROOT / sub))

PASSWORD = "correct horse battery"
AUTH = "Basic " + base64.b64encode(f"ann:{PASSWORD}".encode()).decode()


def raw(port: int, data: bytes, timeout: float = 5.0) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as s:
        s.sendall(data)
        out = b""
        try:
            while chunk := s.recv(65536):
                out += chunk
        except (socket.timeout, ConnectionResetError):
            pass
        return out


def status(resp: bytes) -> str:
    return resp.split(b" ", 2)[1].decode() if resp.count(b" ") >= 2 else "(closed)"


def probe_server(db: Path, mb: int) -> None:
    from extractor.web.app import ReviewApp
    from extractor.web.server import Limits, build_app, is_local, make_server

    print("== 1-3: recmap serve")
    httpd = make_server(ReviewApp(db), "127.0.0.1", 0, Limits(channel_timeout=5, request_timeout=5))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    port = httpd.server_port
    first = raw(port, b"GET /reviewer HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
    cookie = first.split(b"Set-Cookie: ")[1].split(b";")[0].decode()
    token = first.split(b'name="csrf" value="')[1].split(b'"')[0].decode()
    body = urlencode({"csrf": token, "name": "Ann", "next": "/\r\nSet-Cookie: recmap_session=X; Path=/"}).encode()
    resp = raw(port, b"POST /reviewer HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                     b"Content-Type: application/x-www-form-urlencoded\r\n"
                     + f"Cookie: {cookie}\r\nContent-Length: {len(body)}\r\n\r\n".encode() + body)
    location = [h for h in resp.split(b"\r\n") if h.lower().startswith(b"location:")]
    print(f"1. next=/\\r\\nSet-Cookie: recmap_session=X: status {status(resp)}, "
          f"injected cookie {'SET' if b'recmap_session=X' in resp else 'refused'}, {location[0].decode()}")

    threads0 = threading.active_count()
    idle = [socket.create_connection(("127.0.0.1", port)) for _ in range(200)]
    time.sleep(0.3)
    t0 = time.perf_counter()
    ok = raw(port, b"GET /reviewer HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
    latency = time.perf_counter() - t0
    t_open = time.monotonic()
    closed_after = None
    for s in idle:
        s.settimeout(max(0.1, 30 - (time.monotonic() - t_open)))
        try:
            s.recv(1)
        except (socket.timeout, ConnectionResetError):
            pass
    closed_after = time.monotonic() - t_open
    for s in idle:
        s.close()
    print(f"3. 200 idle connections: +{threading.active_count() - threads0} threads, a real request "
          f"answered {status(ok)} in {latency * 1000:.0f} ms, all 200 closed by the server after "
          f"{closed_after:.1f} s (channel_timeout 5 s here, 30 s by default)")
    with socket.create_connection(("127.0.0.1", port), timeout=1) as s:
        s.sendall(b"GET / HTTP/1.1\r\n")
        t0 = time.monotonic()
        dripped = 0
        while time.monotonic() - t0 < 30:
            try:
                s.sendall(b"X")
                dripped += 1
                s.settimeout(1)
                if s.recv(1) == b"":
                    break
            except socket.timeout:
                continue
            except (BrokenPipeError, ConnectionResetError):
                break
        print(f"3. headers dripped a byte a second: closed after {time.monotonic() - t0:.1f} s and {dripped} bytes "
              f"(request_timeout 5 s here, 30 s by default)")
    evil = raw(port, b"GET / HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n")
    print(f"3. Host: evil.example -> {status(evil)}; is_local('127.evil.invalid') = {is_local('127.evil.invalid')}")
    httpd.shutdown()

    app = build_app(db, "0.0.0.0", PASSWORD)
    httpd = make_server(app, "127.0.0.1", 0)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    port = httpd.server_port
    signed = raw(port, f"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: {AUTH}\r\nConnection: close\r\n\r\n".encode())
    cookie = [h.decode() for h in signed.split(b"\r\n") if h.startswith(b"Set-Cookie")]
    print(f"3. beyond localhost (bound 0.0.0.0 with a password), {cookie[0].split(';', 1)[1].strip()}")
    wrong = "Basic " + base64.b64encode(b"x:guess").decode()
    t0 = time.perf_counter()
    codes: dict[str, int] = {}
    for _ in range(200):
        c = status(raw(port, f"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: {wrong}\r\n"
                             "Connection: close\r\n\r\n".encode()))
        codes[c] = codes.get(c, 0) + 1
    took = time.perf_counter() - t0
    right = raw(port, f"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: {AUTH}\r\nConnection: close\r\n\r\n".encode())
    retry = [h for h in right.split(b"\r\n") if h.lower().startswith(b"retry-after")]
    print(f"3. 200 wrong passwords in {took:.2f} s: {codes}; then the right one: {status(right)} "
          f"({retry[0].decode() if retry else ''})")
    httpd.shutdown()

    proc = subprocess.Popen([sys.executable, str(ROOT / "tests/web/hostile_server.py"), str(db), PASSWORD],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    port = int(proc.stdout.readline().split()[1])
    raw(port, f"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: {AUTH}\r\nConnection: close\r\n\r\n".encode())

    def rss() -> int:
        proc.stdin.write("rss\n")
        proc.stdin.flush()
        return int(proc.stdout.readline().split()[1])

    before = rss()
    sent = 0
    t0 = time.perf_counter()
    with socket.create_connection(("127.0.0.1", port), timeout=30) as s:
        try:
            s.sendall(b"POST /decide HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: -1\r\n\r\n")
            chunk = b"x" * (1 << 20)
            for _ in range(mb):
                s.sendall(chunk)
                sent += 1
        except (BrokenPipeError, ConnectionResetError):
            pass
        try:
            answer = s.recv(200)
        except (ConnectionResetError, socket.timeout):
            answer = b""
    after = rss()
    print(f"2. POST /decide, Content-Length: -1, no password, {mb} MB offered: the server took {sent} MB before "
          f"closing, answered {status(answer)} in {time.perf_counter() - t0:.2f} s; peak RSS {before / 1024:.0f} -> "
          f"{after / 1024:.0f} MB (+{(after - before) / 1024:.1f} MB)")
    proc.stdin.close()
    proc.wait(20)


def _children(pid: int) -> list[int]:
    out = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            if int(stat.read_text().rsplit(")", 1)[1].split()[1]) == pid:
                out.append(int(stat.parent.name))
        except (OSError, IndexError, ValueError):
            pass
    return out


def _alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def probe_batch(tmp: Path) -> None:
    from letterkit import make_letter

    print("== 4, 6: recmap batch")
    src = tmp / "letters"
    for i in range(24):
        make_letter(src / f"c{i % 4}" / f"letter-{i:02d}.pdf", variant=i, letter_date=f"{1 + i % 27} March 2021")
    for sig in (signal.SIGKILL, signal.SIGTERM):
        out = tmp / f"out-{sig.name}"
        cmd = [sys.executable, "-m", "extractor", "batch", str(src), "-o", str(out), "--workers", "2", "--quiet"]
        proc = subprocess.Popen(cmd, cwd=ROOT, start_new_session=True, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        workers: list[int] = []
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and proc.poll() is None:
            if len(workers) < 2:
                workers = [p for p in _children(proc.pid) if _alive(p)]
            elif (out / ".cache").is_dir() and any((out / ".cache").glob("*.json")):
                break
            time.sleep(0.01)
        proc.send_signal(sig)
        proc.wait()
        t0 = time.monotonic()
        while any(_alive(p) for p in workers) and time.monotonic() - t0 < 120:
            time.sleep(0.01)
        gone = time.monotonic() - t0
        res = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
        refused = "another recmap batch" in res.stderr
        print(f"4. {'kill -9' if sig == signal.SIGKILL else 'kill'} of the parent only: its {len(workers)} workers "
              f"gone {gone:.2f} s later; restart {'REFUSED' if refused else 'accepted'} (exit {res.returncode}), "
              f"{time.monotonic() - t0:.1f} s from the kill to the end of the resumed run")
        proc.wait()
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass

    samples = ROOT / "corpus" / "samples"
    trees = []
    for seed in ("1", "2"):
        out = tmp / "det"
        shutil.rmtree(out, ignore_errors=True)
        subprocess.run([sys.executable, "-m", "extractor", "batch", str(src), "-o", str(out), "--report",
                        str(samples / "inspection-report.pdf"), "--plan", str(samples / "improvement-plan.docx"),
                        "--workers", "2", "--quiet"], cwd=ROOT, env=dict(os.environ, PYTHONHASHSEED=seed),
                       capture_output=True)
        trees.append({p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*")
                      if p.is_file() and p.name != ".lock"})
    differ = [k for k in trees[0] if trees[0][k] != trees[1].get(k)]
    print(f"6. two batch runs of 24 letters with the sample case, PYTHONHASHSEED 1 and 2: {len(trees[0])} files, "
          f"{len(differ)} differ")


def probe_files(tmp: Path) -> None:
    from test_hostile_files import make_docx_bomb, read_in_child

    from extractor.errors import RecmapError
    from extractor.ingest import load_document
    from extractor.settings import Settings

    print("== 5, 8: readers")
    bomb = make_docx_bomb(tmp / "bomb.docx")
    import zipfile

    unpacked = zipfile.ZipFile(bomb).getinfo("word/document.xml").file_size
    got = read_in_child(bomb, cap_mb=6000)
    print(f"5. {bomb.stat().st_size / 1024:.0f} KB .docx, document.xml {unpacked / 1048576:.0f} MB: "
          f"{got['error'][0] if got['error'] else 'read'} after {got['seconds']:.2f} s, peak RSS {got['peak_mb']:.0f} MB")
    if got["error"]:
        print(f"   {got['error'][1]}")
    cases = []
    page = tmp / "report.pdf"
    page.write_text("<!DOCTYPE html><html><body>Not found</body></html>")
    cases.append((page, Settings()))
    text = tmp / "plan.docx"
    text.write_text("Recommendation 1\nImprove plans.\n")
    cases.append((text, Settings()))
    big = tmp / "big.txt"
    big.write_bytes(b"a" * 650_000)
    cases.append((big, Settings(max_file_mb=0.5)))
    for p, settings in cases:
        try:
            load_document(p, settings)
            print(f"8. {p.name}: read without a word")
        except RecmapError as exc:
            msg = exc.message[len(str(p)) + 2:]
            print(f"8. {p.name}: {len(msg)} characters after the path: {msg}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--quick", action="store_true", help="60 MB instead of 300 MB in item 2")
    args = ap.parse_args()
    from casekit import make_case

    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        store, _, _ = make_case(tmp / "case.db", tmp)
        store.close()
        probe_server(tmp / "case.db", 60 if args.quick else 300)
        probe_batch(tmp)
        probe_files(tmp)
    print(f"(peak RSS of the probe's children: {resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024:.0f} MB)")


if __name__ == "__main__":
    main()
