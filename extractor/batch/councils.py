"""Which letters of a batch are about the case's council.

Analysts keep downloaded letters in mixed folders: a batch checked against Buckinghamshire's
report and plan may hold Cambridgeshire's and Greenwich's letters too. Each letter's council
is read from its own text (:func:`extractor.extract.council.identify_council`); the case's from
its report (the plan when the report names none) or from ``--council``. A letter naming another
council is set aside with a one-line reason: not linked, not in the timelines, not counted for
new concerns (unless the run asks for it, ``--other-councils include``). A letter, or a case,
whose council cannot be read is kept: nothing says it is about another council.
"""
from __future__ import annotations

from typing import Literal, Sequence

from ..extract.council import Council

OtherCouncils = Literal["exclude", "include"]
OTHER_COUNCILS: tuple[OtherCouncils, ...] = ("exclude", "include")


def other_council_reason(letter: Council | None, case: Council | None) -> str | None:
    """Why a letter is about another council than the case's ("names Cambridgeshire County
    Council; the case is Buckinghamshire County Council"), or None when it is about the same
    council or either council is unknown."""
    if letter is None or case is None or letter.key == case.key:
        return None
    return f"names {letter.name}; the case is {case.name}"


def case_council(named: Sequence[tuple[str, Council | None]]) -> tuple[Council | None, list[str]]:
    """The case's council from its documents' councils, first document first (the report(s),
    then the plan), and warnings when its reports name different councils."""
    found = [(src, c) for src, c in named if c is not None]
    if not found:
        return None, []
    first_src, first = found[0]
    warnings = [f"warning: {src} names {c.name}, but {first_src} names {first.name}; the case is taken to be "
                f"about {first.name} (name it with --council)"
                for src, c in found[1:] if c.key != first.key]
    return first, warnings
