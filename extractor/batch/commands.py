"""The ``recmap batch`` verb: argument parsing and the call into :func:`run_batch`.

``extractor/cli.py`` registers it with one line in ``build_parser``:
``add_batch_command(add, _common)``. Without the ``recmap`` script on PATH,
``python -m extractor batch DIR -o OUTDIR`` runs it.
"""
from __future__ import annotations

import argparse
import os
import sys
from typing import Callable

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2

HELP = ("Process every letter (focused-visit, monitoring-visit, JTAI) in DIR: findings and "
        "recommendations per letter, and with --report/--plan their links to the case, a timeline per "
        "recommendation and new concerns. Letters about another council than the case's are listed apart, "
        "not linked. Writes OUTDIR/letters/*.json, index.csv, index.json and index.html; "
        "re-runs skip files already done.")


def default_workers() -> int:
    """One worker per core (at least 1, at most 8: reading PDFs is CPU-bound)."""
    try:
        n = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        n = os.cpu_count() or 1
    return max(1, min(8, n))


def add_batch_command(add: Callable[..., argparse.ArgumentParser],
                      common: Callable[[argparse.ArgumentParser], None]) -> argparse.ArgumentParser:
    """Register ``batch`` using the CLI's ``add(name, func, help)`` and ``_common(p)`` helpers."""
    p = add("batch", cmd_batch, HELP)
    p.add_argument("dir", metavar="DIR", help="folder of letters (searched recursively) or one file")
    p.add_argument("--report", action="append", default=[], metavar="REPORT",
                   help="Ofsted report whose recommendations the letters are checked against (repeatable)")
    p.add_argument("--plan", metavar="PLAN", help="the improvement plan whose actions the letters are checked against")
    p.add_argument("--db", metavar="DB",
                   help="case database made by `recmap load` (instead of --report/--plan): uses its reviewed links")
    p.add_argument("--council", metavar="NAME",
                   help="the council the case is about (default: as its report names it, else its plan)")
    p.add_argument("--other-councils", choices=["exclude", "include"], default="exclude",
                   help="letters naming another council than the case's: listed apart and not linked (exclude, "
                        "the default), or linked and put in the timelines anyway, to compare councils (include)")
    p.add_argument("--workers", type=int, default=default_workers(), metavar="N",
                   help="parallel worker processes (default: one per core, %(default)s here); 1 runs in-process")
    common(p)
    # The shared -o means FILE elsewhere; here it is the output folder, and required.
    for action in p._actions:  # argparse has no public way to amend an added option
        if action.dest == "output":
            action.metavar, action.help = "OUTDIR", "folder for the outputs and the .cache (created if missing)"
        elif action.dest == "json":
            action.help = "also print OUTDIR/index.json (letters, timelines, new concerns) on stdout"
    return p


def cmd_batch(args: argparse.Namespace) -> int:
    """Run the batch; exit 0 when every file was read, 1 when some failed, 2 when none could be."""
    from ..errors import UsageError
    from ..settings import Settings
    from .case import case_from_db, load_case, with_council
    from .runner import rich_progress, run_batch, summary_line
    from .worker import LetterWorker

    quiet = getattr(args, "quiet", False)

    def warn(msg: str) -> None:
        if not quiet:
            print(msg, file=sys.stderr)

    if not args.output:
        raise UsageError("batch needs an output folder", "Add -o OUTDIR, e.g. -o batch-out.")
    if args.workers < 1:
        raise UsageError(f"--workers {args.workers} is not a number of processes", "Use --workers 1 or more.")
    if args.db and (args.report or args.plan):
        raise UsageError("--db and --report/--plan both name a case", "Give either --db DB or --report R --plan P.")
    if args.plan and not args.report:
        raise UsageError("--plan needs --report too",
                         "Add --report with the Ofsted report whose recommendations the plan answers.")
    if os.path.exists(args.output) and not os.path.isdir(args.output):
        raise UsageError(f"{args.output} is a file, not a folder", "Give -o a folder name for the outputs.")
    settings = Settings(max_file_mb=args.max_file_mb, max_pages=args.max_pages)
    from .model import Case

    if args.db:
        case = case_from_db(args.db, settings)
    elif args.report:
        case = load_case(args.report, args.plan, settings, warn)
    else:
        case = Case()
    if getattr(args, "council", None):
        if case.empty:
            raise UsageError("--council names the council of a case, and no case was given",
                             "Add --report R --plan P or --db DB, or leave out --council.")
        case = with_council(case, args.council)
    if not case.empty:
        about = f", about {case.council.name}" if case.council else ""
        warn(f"case: {len(case.recommendations)} recommendations, {len(case.actions)} actions, "
             f"{len(case.links)} links{about}")
        if case.council is None:
            warn("warning: the case's report and plan do not say which council they are about, so letters "
                 "about other councils cannot be told apart. Name it with --council NAME.")
    worker = LetterWorker(settings, case, other_councils=getattr(args, "other_councils", "exclude"))
    try:
        summary = run_batch(args.dir, args.output, worker, version=worker.version_key(), case=case,
                            workers=args.workers, progress=rich_progress(quiet))
    except OSError as exc:  # the output folder: not writable, disk full, ...
        where = exc.filename or args.output
        raise UsageError(f"cannot write to {where} ({exc.strerror or exc})",
                         "Choose a folder you can write to with -o, and check the free disk space.") from None
    for r in summary.results:
        if not r.ok:
            warn(f"error: {r.error}")
    if summary.set_aside:
        warn(f"about another council: {len(summary.set_aside)} letters, not linked (listed in index.html; "
             "--other-councils include links them)")
    warn(summary_line(summary))
    if getattr(args, "json", False):
        sys.stdout.write((summary.outdir / "index.json").read_text("utf-8"))
    if not summary.results:
        warn(f"error: {args.dir}: no supported files (PDF, DOCX, XLSX, HTML, text) were found. "
             "Check the folder.")
        return EXIT_USAGE
    if summary.failed == len(summary.results):
        return EXIT_USAGE
    return EXIT_SOME_FAILED if summary.failed else EXIT_OK
