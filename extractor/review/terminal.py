"""`recmap review`: decide suggested links in the terminal, one recommendation at a time.

Keys: a accept, r reject, s skip, j justified (asks for a reason), q quit. On a terminal one
key press is enough; from a pipe or a file each answer is a line, so the loop can be scripted
and tested. Every key press that
decides something is appended to the case's decision log straight away, so quitting (or
losing the connection) never loses earlier decisions.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, replace
from typing import TextIO

from ..report.rows import date_text, leads_text
from ..store import CaseStore, RecReview, ReviewedLink

PROMPT = "[a]ccept  [r]eject  [s]kip  [j]ustified  [q]uit > "
PROMPT_NO_LINK = "[j]ustified  [s]kip  [q]uit > "
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\x9b]")


@dataclass(frozen=True)
class ReviewStats:
    accepted: int = 0
    rejected: int = 0
    justified: int = 0
    skipped: int = 0
    quit: bool = False

    def plus(self, **kw) -> "ReviewStats":
        """A copy with counters increased (``quit`` is set, not added)."""
        return replace(self, **{k: v if k == "quit" else getattr(self, k) + v for k, v in kw.items()})


def clean(text: str) -> str:
    """Document text without terminal control characters (a PDF must not drive the terminal)."""
    return _CONTROL.sub(" ", text or "")


def candidates(rr: RecReview, limit: int | None = None) -> list[ReviewedLink]:
    """Unreviewed suggestions and suspect decisions, best score first."""
    out = [l for l in rr.links if (l.state == "suggested" or l.suspect)]
    return out[:limit] if limit else out


def _show_rec(state, rr: RecReview, i: int, n: int, out: TextIO) -> None:
    r = rr.recommendation
    label = r.label or (str(r.number) if r.number is not None else "")
    out.write(f"\n=== [{i}/{n}] Recommendation {label} ({rr.status}) - {clean(r.prov.file)}"
              f"{f' p.{r.prov.page}' if r.prov.page else ''}\n{clean(r.text)}\n")
    for l in rr.confirmed:
        a = state.action(l.action)
        out.write(f"    already confirmed ({l.basis}): action {clean(a.row or a.id)}: {clean(a.text)[:90]}\n")
    for g in rr.removed:
        out.write(f"    action removed from the plan: {clean(g.action_text)[:100]}\n")


def _show_link(store_state, l: ReviewedLink, k: int, out: TextIO) -> None:
    a = store_state.action(l.action)
    flag = f"  SUSPECT: {l.suspect_why}" if l.suspect else ""
    out.write(f"  ({k}) score {l.score:.2f}  {l.basis}: {clean(l.evidence)}{flag}\n"
              f"      action {clean(a.row or a.id)}: {clean(a.text)}\n"
              f"      lead: {clean(leads_text(a)) or '-'}   date: {clean(date_text(a)) or '-'}\n")


class KeyReader:
    """Answers from ``inp``: single key presses on a terminal, whole lines from a pipe or file.

    On a terminal the whole session runs in cbreak mode (keys arrive without Enter; toggling
    per key would strand keys typed between prompts in the line buffer); :meth:`line` switches
    back to normal line editing to type a reason.
    """

    def __init__(self, inp: TextIO):
        self.inp = inp
        self._saved = None
        try:
            self.tty = inp.isatty()
            if self.tty:
                import termios  # noqa: F401  (POSIX only; elsewhere read lines)
        except (AttributeError, ValueError, ImportError):
            self.tty = False

    def __enter__(self) -> "KeyReader":
        if self.tty:
            import termios
            import tty

            self._saved = termios.tcgetattr(self.inp.fileno())
            tty.setcbreak(self.inp.fileno())
        return self

    def __exit__(self, *exc) -> None:
        self._restore()

    def _restore(self) -> None:
        if self._saved is not None:
            import termios

            termios.tcsetattr(self.inp.fileno(), termios.TCSADRAIN, self._saved)

    def key(self) -> str:
        """One answer, "" at end of input."""
        if not self.tty:
            return self.inp.readline()
        ch = os.read(self.inp.fileno(), 1).decode("utf-8", "replace")
        return "q" if ch in ("", "\x03", "\x04") else ch  # Ctrl-C / Ctrl-D in cbreak mode: quit

    def line(self) -> str:
        """A typed line (with normal editing on a terminal), "" at end of input."""
        if not self.tty:
            return self.inp.readline()
        import tty

        self._restore()
        try:
            buf = b""
            while not buf.endswith(b"\n"):
                ch = os.read(self.inp.fileno(), 1)
                if not ch:
                    break
                buf += ch
            return buf.decode("utf-8", "replace")
        finally:
            tty.setcbreak(self.inp.fileno())


def _ask(keys: KeyReader, out: TextIO, prompt: str, allowed: str) -> str:
    while True:
        out.write(prompt)
        out.flush()
        answer = keys.key()
        if not answer:
            return "q"  # end of input: stop cleanly, decisions so far are saved
        key = answer.strip().lower()[:1]
        # echo the answer: cbreak mode does not, and from a pipe the transcript should show it
        out.write((key or " ") + "\n")
        if key in allowed:
            return key
        out.write(f"please answer one of: {', '.join(allowed)}\n")


def _reason(keys: KeyReader, out: TextIO, prompt: str) -> str:
    while True:
        out.write(prompt)
        out.flush()
        line = keys.line()
        if not line:
            return ""
        if not keys.tty:
            out.write(line.strip() + "\n")
        if line.strip():
            return line.strip()
        out.write("a reason is required\n")


def run_review(store: CaseStore, reviewer: str, inp: TextIO, out: TextIO, *, per_rec: int = 3) -> ReviewStats:
    """Walk the recommendations that need review and record the reviewer's answers.

    Shows up to ``per_rec`` best unreviewed (or suspect) suggestions for each, with score,
    evidence, action text, lead and date.
    """
    with KeyReader(inp) as keys:
        return _review(store, reviewer, keys, out, per_rec)


def _review(store: CaseStore, reviewer: str, keys: KeyReader, out: TextIO, per_rec: int) -> ReviewStats:
    stats = ReviewStats()
    state = store.state()
    todo = [rr for rr in state.recommendations if rr.needs_review]
    out.write(f"{len(todo)} of {len(state.recommendations)} recommendations need review "
              f"(revision {state.revision.id}, plan {clean(state.revision.plan.path)}).\n")
    for i, rr in enumerate(todo, 1):
        _show_rec(state, rr, i, len(todo), out)
        cands = candidates(rr, per_rec)
        if not cands:
            out.write("  no suggested action.\n")
            key = _ask(keys, out, PROMPT_NO_LINK, "jsq")
            if key == "q":
                return stats.plus(quit=True)
            if key == "j":
                reason = _reason(keys, out, "why is it deliberately not addressed? > ")
                if not reason:
                    return stats.plus(quit=True)
                store.decide("justified", rr.recommendation.id, None, reviewer, reason)
                stats = stats.plus(justified=1)
            else:
                stats = stats.plus(skipped=1)
            continue
        for k, l in enumerate(cands, 1):
            _show_link(state, l, k, out)
            key = _ask(keys, out, PROMPT, "arsjq")
            if key == "q":
                return stats.plus(quit=True)
            if key == "a":
                store.decide("accept", l.recommendation, l.action, reviewer)
                stats = stats.plus(accepted=1)
            elif key == "r":
                store.decide("reject", l.recommendation, l.action, reviewer)
                stats = stats.plus(rejected=1)
            elif key == "s":
                stats = stats.plus(skipped=1)
            else:
                reason = _reason(keys, out, "why is it deliberately not addressed? > ")
                if not reason:
                    return stats.plus(quit=True)
                store.decide("justified", rr.recommendation.id, None, reviewer, reason)
                stats = stats.plus(justified=1)
                break  # the recommendation is settled; its other suggestions stay unreviewed
    out.write("\nnothing left to review.\n")
    return stats


def summary_line(stats: ReviewStats, store: CaseStore) -> str:
    c = store.state().counts()
    return (f"{stats.accepted} accepted, {stats.rejected} rejected, {stats.justified} justified, "
            f"{stats.skipped} skipped. Now: {c['covered']} covered, {c['suspect']} suspect, "
            f"{c['justified']} justified, {c['suggested']} with unreviewed suggestions, {c['uncovered']} uncovered.")
