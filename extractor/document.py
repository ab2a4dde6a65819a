"""The document model every ingester produces and every extractor reads.

A :class:`Document` is an ordered tuple of :class:`Block` objects in reading order.
Tables are blocks too: a ``table`` block carries a :class:`Table` whose cells hold
their own small list of blocks (a cell can contain paragraphs and bulleted lists).
Every block carries a :class:`Provenance` so that anything extracted later can be
traced back to the file, page, table, row and cell it came from.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Iterator, Literal

BlockType = Literal["heading", "paragraph", "list_item", "table"]


@dataclass(frozen=True)
class Provenance:
    """Where a piece of text was found. ``page`` is 1-based; table/row/cell are 0-based."""

    file: str
    page: int | None = None
    table: int | None = None
    row: int | None = None
    cell: int | None = None

    def at(self, **changes) -> "Provenance":
        return replace(self, **changes)

    def describe(self) -> str:
        parts = [self.file]
        if self.page is not None:
            parts.append(f"p.{self.page}")
        if self.table is not None:
            parts.append(f"table {self.table + 1}")
        if self.row is not None:
            parts.append(f"row {self.row + 1}")
        return ", ".join(parts)


@dataclass(frozen=True)
class Block:
    """One unit of text in reading order.

    ``label`` is the printed list marker or number ("1.", "(a)", "•") or None;
    ``level`` is the list nesting depth (0 = top) or the heading level (1 = biggest);
    ``columns``: a line laid out in columns with tab stops ("Run the panel<TAB>Head of
    Service<TAB>May 2024"), its pieces; empty otherwise (``text`` joins them with spaces).
    """

    type: BlockType
    text: str
    prov: Provenance
    label: str | None = None
    level: int = 0
    table: "Table | None" = None
    columns: tuple[str, ...] = ()

    @property
    def page(self) -> int | None:
        return self.prov.page


@dataclass(frozen=True)
class Cell:
    """A table cell: its whole text plus the blocks (paragraphs, list items) inside it."""

    text: str
    blocks: tuple[Block, ...] = ()
    prov: Provenance | None = None
    merged: bool = False  # True when this cell repeats a merged (spanning) cell's content


@dataclass(frozen=True)
class Row:
    cells: tuple[Cell, ...]
    page: int | None = None

    def texts(self) -> list[str]:
        return [c.text for c in self.cells]

    def is_empty(self) -> bool:
        return not any(c.text.strip() for c in self.cells)


@dataclass(frozen=True)
class Table:
    """A table as rows of cells; ``index`` numbers tables in the document from 0."""

    index: int
    rows: tuple[Row, ...]
    page: int | None = None
    name: str | None = None  # sheet name for spreadsheets

    @property
    def n_cols(self) -> int:
        return max((len(r.cells) for r in self.rows), default=0)


@dataclass(frozen=True)
class Document:
    """An ingested file: its blocks in reading order plus facts about the source."""

    source: str
    format: str  # pdf | docx | xlsx | html | text
    blocks: tuple[Block, ...]
    n_pages: int | None = None
    warnings: tuple[str, ...] = field(default=())

    def tables(self) -> Iterator[Table]:
        for b in self.blocks:
            if b.table is not None:
                yield b.table

    def text(self) -> str:
        """Plain text of the non-table blocks, one block per line (handy for regexes and tests)."""
        return "\n".join(b.text for b in self.blocks if b.type != "table")


def block_to_dict(block: Block) -> dict:
    """JSON form of a block (the `recmap blocks` schema)."""
    return {
        "type": block.type,
        "text": block.text,
        "label": block.label,
        "level": block.level,
        "page": block.prov.page,
        "table": block.prov.table,
        "row": block.prov.row,
        "cell": block.prov.cell,
    }


def document_to_dicts(doc: Document) -> list[dict]:
    """Flatten a document for `recmap blocks`: tables are followed by one entry per cell block."""
    out: list[dict] = []
    for b in doc.blocks:
        if b.table is None:
            out.append(block_to_dict(b))
            continue
        out.append(block_to_dict(b) | {"text": "", "rows": len(b.table.rows), "cols": b.table.n_cols})
        for r, row in enumerate(b.table.rows):
            for c, cell in enumerate(row.cells):
                inner = cell.blocks or (
                    Block("paragraph", cell.text, cell.prov or b.prov.at(row=r, cell=c)),
                )
                for ib in inner:
                    d = block_to_dict(ib)
                    d.update(table=b.table.index, row=r, cell=c, page=ib.prov.page or row.page or b.prov.page)
                    out.append(d)
    return out
