"""Pages of the history (placeholder until the templates land)."""
from __future__ import annotations


def write_pages(con, outdir):
    return []
