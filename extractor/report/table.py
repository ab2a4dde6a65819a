"""The terminal view of a check: one line per recommendation, coloured by status, then warnings."""
from __future__ import annotations

from ..items import CheckResult
from .rows import coverage_rows, unanswered_asks, warning_rows

def _short_leads(result: CheckResult, action_ids) -> str:
    """Names only, two at most: the terminal has no room for roles (CSV/HTML keep them)."""
    names = list(dict.fromkeys(l.name for a in action_ids for l in result.action(a).leads))
    if len(names) > 2:
        return f"{names[0]}; {names[1]} +{len(names) - 2}"
    return "; ".join(names)


STYLE = {"covered": "green", "weak": "yellow", "uncovered": "bold red", "justified": "cyan",
         "suspect": "bold dark_orange", "suggested": "magenta"}


def print_table(result: CheckResult, console=None) -> None:
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    console = console or Console()
    rows = coverage_rows(result)
    counts: dict[str, int] = {}
    for r in rows:  # rows come worst first, so the summary does too
        counts[r["status"]] = counts.get(r["status"], 0) + 1
    t = Table(title=f"Coverage of {len(rows)} recommendations by {len(result.actions)} actions in {result.plan}",
              show_lines=False, expand=True)
    t.add_column("#", justify="right", no_wrap=True)
    t.add_column("Recommendation", ratio=3)
    t.add_column("Status", no_wrap=True)
    t.add_column("Actions", justify="right", no_wrap=True)
    t.add_column("Best", justify="right")
    # a lead is a post as often as a name ("Director of Children's Services"): narrower than
    # about 16 characters every word of it is cut to a stub
    t.add_column("Leads", ratio=2, min_width=16)
    t.add_column("Latest end", no_wrap=True)
    actions_of = {c.recommendation: c.actions for c in result.coverage.items}
    items = {c.recommendation: c for c in result.coverage.items}
    # the full text is in every other format; a narrow terminal gets the opening words only
    limit = 110 if console.width >= 120 else 70
    for r in rows:
        text = r["text"] if len(r["text"]) <= limit else r["text"][:limit - 3].rstrip() + "..."
        addressee = result.recommendation(r["recommendation"]).addressee
        if addressee != "local authority":
            text = f"({addressee}) {text}"
        leads = _short_leads(result, actions_of.get(r["recommendation"], ()))
        # document text is escaped: a plan cell reading "[red]" must print as written
        t.add_row(str(r["number"] if r["number"] is not None else ""), escape(text),
                  f"[{STYLE.get(r['status'], '')}]{r['status']}[/]", str(r["n_actions"]),
                  f"{r['best_score']:.2f}", escape(leads), r["latest_end"] or "-")
    console.print(t)
    console.print("  ".join(f"[{STYLE.get(s, '')}]{n} {s}[/]" for s, n in counts.items()) or "no recommendations")
    if not result.use_references:
        console.print("Judged by the plan's content alone (--ignore-references): the numbers its rows cite were not used.")
    gaps = [(r, unanswered_asks(items[r["recommendation"]])) for r in rows]
    gaps = [(r, g) for r, g in gaps if g]
    if gaps:
        console.print("Asks with no action aimed at them:")
        for r, g in gaps:
            num = r["number"] if r["number"] is not None else "?"
            for q in g:
                console.print(f"  [yellow]recommendation {num}[/]: {escape(q if len(q) <= limit else q[:limit - 3] + '...')}")
    if result.history:
        asked = [(r, result.asked_before(r["recommendation"])) for r in rows]
        asked = [(r, a) for r, a in asked if a]
        console.print(f"Asked before ({escape(result.history)}): {len(asked)} of {len(rows)} recommendations"
                      + (":" if asked else "."))
        for r, found in asked:
            num = r["number"] if r["number"] is not None else "?"
            where = "; ".join(f"{e.describes} ({e.score:.2f})" for e in found)
            console.print(f"  [bold]recommendation {num}[/]: also asked in {escape(where)}")
    board = sum(r.addressee != "local authority" for r in result.recommendations)
    if board:
        console.print(f"Addressed to the safeguarding board (marked): {board}; "
                      "without --board they are left out of the check.")
    left_out = sum(s.n_board_left_out for s in result.sources)
    if left_out:
        console.print(f"Addressed to the safeguarding board and left out: {left_out} "
                      "(the board answers them in its own plan; --board checks them too).")
    warns = warning_rows(result)
    if warns:
        w = Table(title=f"{len(warns)} warnings about actions", expand=True)
        w.add_column("Row", no_wrap=True)
        w.add_column("Problem", ratio=2, min_width=14, style="yellow")
        w.add_column("Action", ratio=3)
        for r in warns:
            w.add_row(escape(r["row"]), escape(r["problem"]), escape(r["action"][:120]))
        console.print(w)
