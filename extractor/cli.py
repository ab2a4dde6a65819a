"""The `recmap` command: parses options, calls library functions, prints results.

Library errors (:class:`~extractor.errors.RecmapError`) become one-line messages here and
nowhere else. Exit status follows INTERFACE.md: 0 success; 1 finished but some input files
failed (their errors are in the JSON); 2 bad usage or nothing could be processed.
"""
from __future__ import annotations

import argparse
import os
import sys
from typing import Callable

from . import __version__
from .errors import RecmapError
from .settings import Settings

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2


def _settings(args: argparse.Namespace) -> Settings:
    return Settings(max_file_mb=args.max_file_mb, max_pages=args.max_pages)


def _common(p: argparse.ArgumentParser, json_help: str = "print JSON (the default for this command)") -> None:
    p.add_argument("--json", action="store_true", help=json_help)
    p.add_argument("-o", "--output", metavar="FILE", help="write the result to FILE instead of stdout")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress or warnings on stderr")
    p.add_argument("--max-file-mb", type=float, default=Settings.max_file_mb, metavar="MB",
                   help="refuse input files larger than this (default %(default)s)")
    p.add_argument("--max-pages", type=int, default=Settings.max_pages, metavar="N",
                   help="refuse PDFs with more pages than this (default %(default)s)")


def _warn(args: argparse.Namespace, msg: str) -> None:
    if not getattr(args, "quiet", False):
        print(msg, file=sys.stderr)


def cmd_blocks(args: argparse.Namespace) -> int:
    from .document import document_to_dicts
    from .ingest import load_document
    from .report.jsonio import dump

    try:
        doc = load_document(args.file, _settings(args))
    except RecmapError as exc:
        dump({"source": args.file, "format": None, "blocks": [], "error": exc.message}, args.output)
        _warn(args, f"error: {exc.message}")
        return EXIT_USAGE
    for w in doc.warnings:
        _warn(args, f"warning: {args.file}: {w}")
    dump({"source": args.file, "format": doc.format, "pages": doc.n_pages,
          "blocks": document_to_dicts(doc), "error": None}, args.output)
    return EXIT_OK


def _council_fields(doc) -> dict:
    """The council ``doc`` is about, as JSON fields: ``council`` as the document names it,
    ``council_key`` (the same for every way of writing one council) and ``urn`` when printed."""
    from .extract.council import identify_council

    c = identify_council(doc)
    return {"council": c.name if c else None, "council_key": c.key if c else None, "urn": c.urn if c else None}


_NO_COUNCIL = {"council": None, "council_key": None, "urn": None}


def cmd_recommendations(args: argparse.Namespace) -> int:
    from .extract.recommendations import extract_recommendations
    from .ingest import iter_input_files, load_document
    from .codec import carry_over_to_dict, recommendation_to_dict
    from .report.jsonio import dump

    docs, failed = [], 0
    files = list(iter_input_files(args.inputs))
    for i, path in enumerate(files, 1):
        if len(files) > 1:
            _warn(args, f"[{i}/{len(files)}] {path}")
        try:
            doc = load_document(path, _settings(args))
            res = extract_recommendations(doc)
            docs.append({"source": path, "kind": res.kind, "framework": res.framework, **_council_fields(doc),
                         "recommendations": [recommendation_to_dict(r) for r in res.recommendations],
                         "carry_overs": [carry_over_to_dict(c) for c in res.carry_overs],
                         "error": None})
        except RecmapError as exc:
            failed += 1
            _warn(args, f"error: {exc.message}")
            docs.append({"source": path, "kind": None, "framework": None, **_NO_COUNCIL, "recommendations": [],
                         "carry_overs": [], "error": exc.message})
    dump({"documents": docs}, args.output)
    return _status(len(files), failed)


def cmd_findings(args: argparse.Namespace) -> int:
    from .extract.findings import extract_findings
    from .ingest import iter_input_files, load_document
    from .codec import carry_over_to_dict, finding_to_dict, recommendation_to_dict
    from .report.jsonio import dump

    docs, failed = [], 0
    files = list(iter_input_files(args.inputs))
    for path in files:
        try:
            doc = load_document(path, _settings(args))
            res = extract_findings(doc)
            docs.append({"source": path, "kind": res.kind, **_council_fields(doc), "letter_date": res.letter_date,
                         "visit_dates": res.visit_dates, "visit_start": res.visit_start,
                         "visit_end": res.visit_end,
                         "findings": [finding_to_dict(f) for f in res.findings],
                         "recommendations": [recommendation_to_dict(r) for r in res.recommendations],
                         "carry_overs": [carry_over_to_dict(c) for c in res.carry_overs],
                         "error": None})
        except RecmapError as exc:
            failed += 1
            _warn(args, f"error: {exc.message}")
            docs.append({"source": path, "kind": None, **_NO_COUNCIL, "letter_date": None, "visit_dates": None,
                         "visit_start": None, "visit_end": None, "findings": [],
                         "recommendations": [], "carry_overs": [], "error": exc.message})
    dump({"documents": docs}, args.output)
    return _status(len(files), failed)


def cmd_actions(args: argparse.Namespace) -> int:
    from .extract.actions import extract_actions
    from .ingest import load_document
    from .codec import action_to_dict
    from .report.jsonio import dump

    try:
        actions = extract_actions(load_document(args.plan, _settings(args)))
    except RecmapError as exc:
        dump({"source": args.plan, "actions": [], "error": exc.message}, args.output)
        _warn(args, f"error: {exc.message}")
        return EXIT_USAGE
    dump({"source": args.plan, "actions": [action_to_dict(a) for a in actions], "error": None}, args.output)
    return EXIT_OK


def _parse_date(text: str | None):
    from datetime import date

    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        from .errors import UsageError

        raise UsageError(f"--as-of {text!r} is not a date", "Write it as YYYY-MM-DD, e.g. --as-of 2026-03-31.") from None


def cmd_check(args: argparse.Namespace) -> int:
    from .pipeline import run_check

    fmt = "json" if args.json else args.format or _format_from_name(args.output)
    if fmt == "xlsx" and not args.output and sys.stdout.isatty():
        from .errors import UsageError

        raise UsageError("an Excel workbook cannot be shown in the terminal", "Add -o coverage.xlsx to save it.")
    result = run_check(args.report, args.plan, settings=_settings(args), as_of=_parse_date(args.as_of),
                       include_board=args.board and not args.no_board, use_references=not args.ignore_references,
                       progress=lambda m: _warn(args, m))
    if args.history:
        from .history.marks import with_history

        result = with_history(result, args.history, _settings(args))
        n = len({e.recommendation for e in result.earlier_asks})
        _warn(args, f"history {args.history}: {n} of {len(result.recommendations)} recommendations asked before")
    _write_check(result, fmt, args.output)
    if args.output:
        _warn(args, f"wrote {fmt} report to {args.output}")
    return EXIT_OK


_SUFFIX_FORMAT = {".json": "json", ".csv": "csv", ".html": "html", ".htm": "html", ".xlsx": "xlsx"}


def _format_from_name(out: str | None) -> str:
    """The format an output file's name asks for (``-o coverage.html``); a table otherwise."""
    from pathlib import Path

    return _SUFFIX_FORMAT.get(Path(out).suffix.lower(), "table") if out else "table"


def _write_check(result, fmt: str, out: str | None) -> None:
    from .files import write_atomic
    from .report.jsonio import check_json, dump

    if fmt == "json":
        dump(check_json(result), out)
        return
    if fmt == "table":
        from .report.table import print_table

        if out:
            from rich.console import Console

            with open(out, "w", encoding="utf-8") as fh:
                print_table(result, Console(file=fh, width=160, color_system=None))
        else:
            print_table(result)
        return
    if fmt == "csv":
        from .report.tabular import to_csv

        data: str | bytes = to_csv(result)
    elif fmt == "xlsx":
        from .report.tabular import to_xlsx

        data = to_xlsx(result)
    else:
        from .report.html import to_html

        data = to_html(result)
    if out:
        write_atomic(out, data)
    elif isinstance(data, bytes):
        sys.stdout.buffer.write(data)
    else:
        sys.stdout.write(data)


def _status(n_files: int, n_failed: int) -> int:
    if n_files == 0 or n_failed == n_files:
        return EXIT_USAGE
    return EXIT_SOME_FAILED if n_failed else EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="recmap",
        description="Check that a council's improvement plan answers every Ofsted recommendation.",
    )
    parser.add_argument("--version", action="version", version=f"recmap {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def add(name: str, func: Callable[[argparse.Namespace], int], help_: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_, description=help_)
        p.set_defaults(func=func)
        return p

    p = add("blocks", cmd_blocks, "Show the document model the parser built from FILE (JSON).")
    p.add_argument("file", metavar="FILE")
    _common(p)

    p = add("recommendations", cmd_recommendations,
            "Extract formal recommendations from inspection reports, plan appendices and letters.")
    p.add_argument("inputs", nargs="+", metavar="FILE_OR_DIR")
    _common(p)

    p = add("findings", cmd_findings, "Extract findings (and recommendations) from Ofsted letters.")
    p.add_argument("inputs", nargs="+", metavar="FILE")
    _common(p)

    p = add("actions", cmd_actions, "Extract the actions of an improvement plan with leads and dates.")
    p.add_argument("plan", metavar="PLAN")
    _common(p)
    p = add("check", cmd_check,
            "Check that the plan answers every recommendation of the report(s): links, coverage, warnings.")
    p.add_argument("--report", action="append", required=True, metavar="REPORT",
                   help="Ofsted report or letter with recommendations (repeat for several sources)")
    p.add_argument("--plan", required=True, metavar="PLAN", help="the improvement / action plan")
    p.add_argument("--as-of", metavar="YYYY-MM-DD", help="flag actions whose date has passed by this day")
    p.add_argument("--format", choices=["table", "json", "csv", "html", "xlsx"],
                   help="output format (default: from the -o file's extension, else a table in the terminal)")
    p.add_argument("--board", action="store_true",
                   help="also check the recommendations addressed to the safeguarding board (LSCB), which are "
                        "left out by default: the board answers them in its own plan")
    p.add_argument("--no-board", action="store_true", help=argparse.SUPPRESS)  # the default since the board's are left out
    p.add_argument("--ignore-references", action="store_true",
                   help="judge the plan by its content alone: do not use the recommendation numbers its rows cite")
    p.add_argument("--history", metavar="DB",
                   help="a recommendation history made by `recmap history`: mark each recommendation that repeats "
                        "an earlier one of the same council (\"also asked in the 2014 report, recommendation 3\")")
    _common(p, json_help="same as --format json")

    from .batch.commands import add_batch_command
    from .history.commands import add_history_command
    from .review.commands import add_review_commands

    add_review_commands(add, _common)
    add_batch_command(add, _common)
    add_history_command(add, _common)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return EXIT_USAGE
    try:
        return args.func(args)
    except RecmapError as exc:
        print(f"error: {exc.message}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        resumable = args.command == "batch"
        print("interrupted" + (": re-run the same command to resume" if resumable else ""), file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # a bug in recmap, not the user's fault: say so without a traceback
        if os.environ.get("RECMAP_DEBUG"):
            raise
        print(f"internal error: {type(exc).__name__}: {exc}. This is a bug in recmap; "
              "re-run with RECMAP_DEBUG=1 to see the details and report them.", file=sys.stderr)
        return EXIT_USAGE


if __name__ == "__main__":
    sys.exit(main())
