"""The ``recmap history`` verb: argument parsing and the call into :func:`update_history`.

``extractor/cli.py`` registers it with ``add_history_command(add, _common)``.
"""
from __future__ import annotations

import argparse
import os
import sys
from typing import Callable

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2

HELP = ("Record every Ofsted report and letter under the folders in a SQLite database: per document the "
        "council it names, date, kind and framework; per item (recommendation, area for improvement or priority "
        "action, carry-over) its text, page, themes and the earlier items of the same council it repeats. "
        "Re-runs read only new or changed files. Without DIR, works from the database alone.")


def add_history_command(add: Callable[..., argparse.ArgumentParser],
                        common: Callable[[argparse.ArgumentParser], None]) -> argparse.ArgumentParser:
    from ..batch.commands import default_workers

    p = add("history", cmd_history, HELP)
    p.add_argument("dirs", nargs="*", metavar="DIR", help="folders of reports and letters (searched recursively) or files")
    p.add_argument("--db", required=True, metavar="FILE", help="the history database (created if missing)")
    p.add_argument("--html", metavar="OUTDIR",
                   help="also write a page per council and a national page into OUTDIR (self-contained HTML)")
    p.add_argument("--workers", type=int, default=default_workers(), metavar="N",
                   help="parallel worker processes (default: one per core, %(default)s here); 1 runs in-process")
    common(p, json_help="print the whole history as JSON")
    return p


def cmd_history(args: argparse.Namespace) -> int:
    from ..errors import UsageError
    from ..settings import Settings
    from .db import connect
    from .export import history_json

    quiet = getattr(args, "quiet", False)

    def warn(msg: str) -> None:
        if not quiet:
            print(msg, file=sys.stderr)

    if args.workers < 1:
        raise UsageError(f"--workers {args.workers} is not a number of processes", "Use --workers 1 or more.")
    if os.path.isdir(args.db):
        raise UsageError(f"{args.db} is a folder", "Give --db a file name, e.g. --db history.sqlite.")
    run = None
    if args.dirs:
        from ..batch.runner import rich_progress
        from .build import update_history

        settings = Settings(max_file_mb=args.max_file_mb, max_pages=args.max_pages)
        try:
            run = update_history(args.dirs, args.db, workers=args.workers, settings=settings,
                                 progress=rich_progress(quiet, "reports and letters"))
        except OSError as exc:
            where = exc.filename or args.db
            raise UsageError(f"cannot write to {where} ({exc.strerror or exc})",
                             "Choose a place you can write to for --db, and check the free disk space.") from None
        for f in run.failed:
            warn(f"error: {f.error}")
        warn(f"{run.files} files ({run.read} read, {run.files - run.read} from cache), {len(run.failed)} failed; "
             f"{run.added} documents added or updated, {run.removed} removed; repeats found again for "
             f"{run.councils} councils; wrote {args.db} in {run.seconds:.1f} s")
    con = connect(args.db, create=bool(args.dirs))
    try:
        from .metadata import write_metadata

        meta = write_metadata(args.db)
        warn(f"Datasette metadata: {meta} (datasette {args.db} --metadata {meta})")
        if args.html:
            from .html import write_pages

            pages = write_pages(con, args.html)
            warn(f"wrote {len(pages)} pages to {args.html} (index.html: the national picture)")
        if args.json or args.output:
            from ..report.jsonio import dump

            dump(history_json(con), args.output)
    finally:
        con.close()
    if run is None:
        return EXIT_OK
    if run.files == 0:
        warn(f"error: {', '.join(args.dirs)}: no supported files (PDF, DOCX, XLSX, HTML, text) were found. "
             "Check the folders.")
        return EXIT_USAGE
    if len(run.failed) == run.files:
        return EXIT_USAGE
    return EXIT_SOME_FAILED if run.failed else EXIT_OK
