#!/usr/bin/env python3
"""Render an HTML report in headless Chromium and save a PNG, to look at it as a person would.

Usage: scripts/screenshot_report.py REPORT.html [OUT.png] [--width 1280] [--height 2400]
Needs Debian's chromium (apt-get install chromium). The PNG is for looking at; don't commit it.
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path


def find_chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


def screenshot(html: Path, png: Path, width: int, height: int) -> None:
    chrome = find_chromium()
    if chrome is None:
        sys.exit("chromium not found: install it with `apt-get install chromium` and try again")
    with tempfile.TemporaryDirectory() as profile:
        # flags: this machine has no network beyond package registries, so background traffic is off
        cmd = [chrome, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync",
               f"--user-data-dir={profile}", "--hide-scrollbars", f"--window-size={width},{height}",
               f"--screenshot={png.resolve()}", html.resolve().as_uri()]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("html", type=Path)
    ap.add_argument("png", type=Path, nargs="?")
    ap.add_argument("--width", type=int, default=1280)
    ap.add_argument("--height", type=int, default=2400)
    a = ap.parse_args()
    out = a.png or a.html.with_suffix(".png")
    screenshot(a.html, out, a.width, a.height)
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
