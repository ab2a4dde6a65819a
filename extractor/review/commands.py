"""The `load`, `review`, `serve` and `train` verbs: option parsing here, the work in the library.

``extractor/cli.py`` registers them with one call, ``add_review_commands(add, _common)``.
"""
from __future__ import annotations

import argparse
import sys
from typing import Callable

from ..settings import Settings

Add = Callable[[str, Callable[[argparse.Namespace], int], str], argparse.ArgumentParser]


def _settings(args: argparse.Namespace) -> Settings:
    return Settings(max_file_mb=getattr(args, "max_file_mb", Settings.max_file_mb),
                    max_pages=getattr(args, "max_pages", Settings.max_pages))


def _warn(args: argparse.Namespace, msg: str) -> None:
    if not getattr(args, "quiet", False):
        print(msg, file=sys.stderr)


def cmd_load(args: argparse.Namespace) -> int:
    """Import the report(s) and plan into the case database as a new revision; print a JSON summary."""
    from dataclasses import asdict

    from ..report.jsonio import dump
    from ..store import load_case

    summary = load_case(args.db, args.report, args.plan, settings=_settings(args), note=args.note,
                        progress=lambda m: _warn(args, m))
    if summary.new_revision:
        _warn(args, f"revision {summary.revision}: {summary.recommendations} recommendations, {summary.actions} actions "
                    f"({summary.unchanged_actions} unchanged, {summary.edited_actions} edited - their links marked "
                    f"suspect, {summary.removed_actions} removed), {summary.suggestions} suggested links")
    dump({"db": args.db, **asdict(summary)}, args.output)
    return 0


def cmd_review(args: argparse.Namespace) -> int:
    """Review suggested links in the terminal (reads answers line by line, so it also works from a pipe)."""
    from ..errors import UsageError
    from ..store import CaseStore
    from .terminal import run_review, summary_line

    reviewer = args.reviewer
    if not reviewer and sys.stdin.isatty():
        reviewer = input("Your name (recorded with every decision): ").strip()
    if not reviewer:
        raise UsageError("a review needs the reviewer's name", "Add --reviewer NAME.")
    with CaseStore(args.db, _settings(args), create=False) as store:
        stats = run_review(store, reviewer, sys.stdin, sys.stdout, per_rec=args.per_recommendation)
        print(summary_line(stats, store))
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    """Serve the browser review UI for the case database."""
    from ..web.server import read_password, serve

    serve(args.db, args.host, args.port, read_password(args.password_file), _settings(args),
          announce=lambda m: print(m, file=sys.stderr), allow_hosts=tuple(args.allow_host or ()))
    return 0


def cmd_train(args: argparse.Namespace) -> int:
    """Add the case's decisions to the linker's training data, retrain, report before/after on held-out decisions."""
    from ..report.jsonio import dump
    from .learn import train_from_case

    report = train_from_case(args.db, settings=_settings(args), holdout=args.holdout, seed=args.seed,
                             save=not args.dry_run, gold=args.gold, jsonl=args.jsonl,
                             progress=lambda m: _warn(args, m))
    b, a = report["before"], report["after"]
    _warn(args, f"held-out decisions: {report['held_out']} pairs; AUC {b['auc']} -> {a['auc']}, "
                f"accuracy {b['accuracy']} -> {a['accuracy']} at threshold {report['threshold']}")
    dump(report, args.output)
    return 0


def add_review_commands(add: Add, common: Callable[[argparse.ArgumentParser], None]) -> None:
    """Register `load`, `review`, `serve` and `train` on the CLI's subparsers."""
    p = add("load", cmd_load, "Load an Ofsted report and a plan (or a revised plan) into a review case database.")
    p.add_argument("--db", required=True, metavar="FILE", help="the case database (created if missing), e.g. recmap.db")
    p.add_argument("--report", action="append", required=True, metavar="REPORT",
                   help="Ofsted report or letter with recommendations (repeat for several sources)")
    p.add_argument("--plan", required=True, metavar="PLAN", help="the improvement / action plan")
    p.add_argument("--note", metavar="TEXT", help="a note kept with this revision (e.g. 'Phase 2, March 2019')")
    common(p)

    p = add("review", cmd_review,
            "Review suggested links in the terminal: a accept, r reject, s skip, j justified, q quit.")
    p.add_argument("--db", required=True, metavar="FILE", help="the case database made by `recmap load`")
    p.add_argument("--reviewer", metavar="NAME", help="your name, recorded with every decision")
    p.add_argument("--per-recommendation", type=int, default=3, metavar="N",
                   help="suggestions shown per recommendation (default %(default)s)")
    # no common options: review prints to the terminal, never JSON

    p = add("serve", cmd_serve, "Serve the browser review UI for a case database (127.0.0.1 by default).")
    p.add_argument("--db", required=True, metavar="FILE", help="the case database made by `recmap load`")
    p.add_argument("--host", default="127.0.0.1",
                   help="address to listen on (default %(default)s; any other needs a password)")
    p.add_argument("--port", type=int, default=8765, help="port (default %(default)s)")
    p.add_argument("--password-file", metavar="FILE",
                   help="file whose first line is the password reviewers must give (or set RECMAP_PASSWORD)")
    p.add_argument("--allow-host", action="append", metavar="NAME",
                   help="a host name browsers may use to reach the server (repeat; .example.org allows its "
                        "subdomains); localhost, the --host address and this machine's names are always allowed")

    p = add("train", cmd_train,
            "Retrain the linker with the case's review decisions; report before/after on held-out decisions.")
    p.add_argument("--db", required=True, metavar="FILE", help="the case database made by `recmap load`")
    p.add_argument("--holdout", type=float, default=0.3, metavar="FRACTION",
                   help="share of decided pairs held out for the before/after figures (default %(default)s)")
    p.add_argument("--seed", type=int, default=0, help="random seed of the hold-out split")
    p.add_argument("--dry-run", action="store_true", help="report the figures but do not save the retrained model")
    p.add_argument("--gold", action="append", metavar="FILE",
                   help="plan-gold-v1 file of the linker's base training data (default: every plan with gold "
                        "here - ../shared/gold's real plans, a checkout's coverage plans; one that is this very "
                        "case is skipped)")
    p.add_argument("--jsonl", metavar="FILE",
                   help="also write the case's labelled pairs as JSONL for scripts/train_linker.py --extra")
    common(p)
