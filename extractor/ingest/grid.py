"""Ruling lines -> table cells: the geometry of a ruled grid.

Given a page's ruling lines (:class:`Edge`, top-down page coordinates), four steps find
the tables they draw, with the same results as pdfplumber's table finder (which
``tests/test_grid.py`` checks on every page of the corpus), without importing pdfplumber
and the pdfminer stack it drags in (~0.14 s, more than a tenth of ``recmap check``):

1. :func:`merge_edges`: rules drawn a fraction of a point apart are one rule. Edges of one
   orientation whose positions chain within the tolerance are moved onto their mean
   position (*snapped*); then edges on the same line are *joined* where they overlap or a
   gap no wider than the tolerance separates them.
2. :func:`find_crossings`: every point where a vertical rule meets a horizontal one,
   allowing each to stop short of the other by the tolerance, with the rules that meet
   there.
3. :func:`find_cells`: from each crossing, taken as a top-left corner, the smallest
   rectangle whose four corners are crossings and whose four sides run along rules.
4. :func:`group_cells`: cells sharing a corner belong to one table; tables in reading
   order (by their topmost, then leftmost corner), single cells dropped.

The arithmetic follows pdfplumber's exactly (the same sums, in the same order, and the
same comparisons), so that positions compare equal to the last bit: cells are matched by
their corners' exact coordinates.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from itertools import groupby

Point = tuple[float, float]  # (x, top)
Box = tuple[float, float, float, float]  # (x0, top, x1, bottom)


@dataclass(frozen=True)
class Edge:
    """A ruling line in top-down page coordinates (pdfplumber's convention). A thin filled
    rectangle keeps its thickness: a horizontal rule's ``bottom`` is below its ``top``."""

    x0: float
    top: float
    x1: float
    bottom: float

    @property
    def orientation(self) -> str:
        return "h" if (self.bottom - self.top) <= (self.x1 - self.x0) else "v"

    def as_plumber(self) -> dict:
        """The edge as a pdfplumber object dict (for comparing with pdfplumber in tests)."""
        o = self.orientation
        return {
            "x0": self.x0, "x1": self.x1, "top": self.top, "bottom": self.bottom,
            "width": self.x1 - self.x0, "height": self.bottom - self.top, "orientation": o,
            "object_type": "line",
        }


@dataclass(frozen=True)
class Crossing:
    """The rules meeting at one crossing point: vertical and horizontal."""

    v: frozenset[Edge]
    h: frozenset[Edge]


# --------------------------------------------------------------------------- 1. merge

def _position(e: Edge) -> float:
    """Where an edge lies across its length: x for a vertical rule, top for a horizontal one."""
    return e.x0 if e.orientation == "v" else e.top


def snap_edges(edges: list[Edge], tol: float) -> list[Edge]:
    """Move edges of one orientation whose positions lie within ``tol`` of a neighbour's
    (chaining: 10, 12, 14 are one group at tol 3) onto the group's mean position.

    Vertical edges first, then horizontal; within each, group by group (by position), each
    group in input order. The mean is over edges (a position drawn twice counts twice)."""
    out: list[Edge] = []
    for orientation in ("v", "h"):
        same = [e for e in edges if e.orientation == orientation]
        positions = sorted({_position(e) for e in same})
        group_of: dict[float, int] = {}
        for k, p in enumerate(positions):
            group_of[p] = group_of[positions[k - 1]] + (p > positions[k - 1] + tol) if k else 0
        groups: dict[int, list[Edge]] = {}
        for e in same:
            groups.setdefault(group_of[_position(e)], []).append(e)
        for g in sorted(groups):
            members = groups[g]
            mean = sum(_position(e) for e in members) / len(members)
            for e in members:
                shift = mean - _position(e)  # added to both ends, as a move (not set to the mean)
                if orientation == "v":
                    out.append(replace(e, x0=e.x0 + shift, x1=e.x1 + shift))
                else:
                    out.append(replace(e, top=e.top + shift, bottom=e.bottom + shift))
    return out


def join_edges(edges: list[Edge], tol: float) -> list[Edge]:
    """Join edges lying on one line (all vertical at one x, or all horizontal at one top)
    where one starts no more than ``tol`` past the end of the run before it. The first
    edge of a run (by start, then input order) is stretched to the run's far end."""
    if not edges:
        return []
    vertical = edges[0].orientation == "v"
    start = (lambda e: e.top) if vertical else (lambda e: e.x0)
    end = (lambda e: e.bottom) if vertical else (lambda e: e.x1)
    ordered = sorted(edges, key=start)
    joined = [ordered[0]]
    for e in ordered[1:]:
        last = joined[-1]
        if start(e) <= end(last) + tol:
            if end(e) > end(last):
                joined[-1] = replace(last, bottom=e.bottom) if vertical else replace(last, x1=e.x1)
        else:
            joined.append(e)
    return joined


def merge_edges(edges: list[Edge], tol: float) -> list[Edge]:
    """Snap, then join each line's edges: horizontal lines top to bottom, then vertical
    lines left to right, each line's edges in order along it."""
    snapped = snap_edges(edges, tol) if tol > 0 else list(edges)
    line = lambda e: (e.orientation, _position(e))  # noqa: E731 - "h" sorts before "v"
    out: list[Edge] = []
    for _, on_line in groupby(sorted(snapped, key=line), key=line):
        out += join_edges(list(on_line), tol)
    return out


# --------------------------------------------------------------------------- 2. crossings

def find_crossings(edges: list[Edge], tol: float) -> dict[Point, Crossing]:
    """Points (vertical rule's x, horizontal rule's top) where a vertical and a horizontal
    edge meet, or would if each were ``tol`` longer at both ends; with the edges meeting
    there (a point may gather several, e.g. two vertical rules ending near a row rule)."""
    v_edges = sorted((e for e in edges if e.orientation == "v"), key=lambda e: (e.x0, e.top))
    h_edges = sorted((e for e in edges if e.orientation == "h"), key=lambda e: (e.top, e.x0))
    meets: dict[Point, tuple[set[Edge], set[Edge]]] = {}
    for v in v_edges:
        for h in h_edges:
            if v.top <= h.top + tol and v.bottom >= h.top - tol and v.x0 >= h.x0 - tol and v.x0 <= h.x1 + tol:
                vs, hs = meets.setdefault((v.x0, h.top), (set(), set()))
                vs.add(v)
                hs.add(h)
    return {p: Crossing(frozenset(vs), frozenset(hs)) for p, (vs, hs) in meets.items()}


# --------------------------------------------------------------------------- 3. cells

def find_cells(crossings: dict[Point, Crossing]) -> list[Box]:
    """For each crossing (left to right, then top to bottom) taken as a top-left corner, the
    first cell found: a crossing below it joined to it by a vertical rule (nearest first),
    then one to its right joined by a horizontal rule (nearest first), such that the
    bottom-right corner they imply is a crossing joined to both by rules. Crossings with
    no such cell (the grid's right and bottom sides) give none."""
    column: dict[float, list[float]] = {}  # x -> the crossings' tops there, top to bottom
    row: dict[float, list[float]] = {}  # top -> the crossings' xs there, left to right
    points = sorted(crossings)
    for x, y in points:
        column.setdefault(x, []).append(y)
        row.setdefault(y, []).append(x)

    def v_joined(a: Point, b: Point) -> bool:
        return not crossings[a].v.isdisjoint(crossings[b].v)

    def h_joined(a: Point, b: Point) -> bool:
        return not crossings[a].h.isdisjoint(crossings[b].h)

    def cell_at(x: float, y: float) -> Box | None:
        for below in (y2 for y2 in column[x] if y2 > y):
            if not v_joined((x, y), (x, below)):
                continue
            for right in (x2 for x2 in row[y] if x2 > x):
                if not h_joined((x, y), (right, y)):
                    continue
                corner = (right, below)
                if corner in crossings and v_joined(corner, (right, y)) and h_joined(corner, (x, below)):
                    return (x, y, right, below)
        return None

    return [cell for cell in (cell_at(x, y) for x, y in points) if cell is not None]


# --------------------------------------------------------------------------- 4. tables

def _corners(box: Box) -> tuple[Point, Point, Point, Point]:
    x0, top, x1, bottom = box
    return ((x0, top), (x0, bottom), (x1, top), (x1, bottom))


def group_cells(cells: list[Box]) -> list[list[Box]]:
    """Cells into tables: a table grows from the first cell not yet placed by sweeps over
    the remaining cells (in order), taking each that shares a corner with the table so far,
    until a sweep takes none. Tables are ordered by their topmost-then-leftmost corner
    (ties: in the order found); a table of one cell (a framed box) is dropped."""
    remaining = list(cells)
    tables: list[list[Box]] = []
    while remaining:
        table = [remaining.pop(0)]
        corners = set(_corners(table[0]))
        grew = True
        while grew:
            grew = False
            left: list[Box] = []
            for cell in remaining:
                if any(c in corners for c in _corners(cell)):
                    table.append(cell)
                    corners.update(_corners(cell))
                    grew = True
                else:
                    left.append(cell)
            remaining = left
        tables.append(table)
    tables.sort(key=lambda t: min((c[1], c[0]) for c in t))
    return [t for t in tables if len(t) > 1]


def grid_tables(edges: list[Edge], tol: float) -> list[list[Box]]:
    """The tables (each a list of cell boxes) that ``edges`` draw, snapping, joining and
    meeting within ``tol`` points."""
    return group_cells(find_cells(find_crossings(merge_edges(edges, tol), tol)))
