"""Reading commands: ``extract``. A thin wrapper over ``diaodu.reading.extract``."""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

import click

from diaodu.reading import extract, load_document, with_batch_years
from diaodu.reading.mentions import FigureMention, write_jsonl
from diaodu.settings import get_settings

TABLE_COLUMNS = ("text", "measure", "value", "unit", "subject", "indicator", "period", "reference")


@click.command("extract")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "table"]),
    default="jsonl",
    show_default=True,
    help="jsonl: one spec record a line (docs/figures.md); table: aligned columns for people.",
)
@click.option(
    "--city",
    type=click.Path(path_type=Path),
    default=None,
    help="City-profile folder or file naming subjects (default: settings.city, DIAODU_CITY).",
)
def extract_command(paths: tuple[Path, ...], fmt: str, city: Path | None) -> None:
    """Read report files (txt, html, docx, pdf) and print every figure they state."""
    city_path = city if city is not None else Path(get_settings().city)
    # all loaded first: a document that names no year is read in the year of the others given with it
    for document in with_batch_years([load_document(path) for path in paths]):
        records = extract(document, city=city_path)
        if fmt == "jsonl":
            write_jsonl(records, sys.stdout)
        else:
            click.echo(f"# {document.name}: {len(records)} figures")
            click.echo(render_table(records))


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _cell(record: FigureMention, column: str) -> str:
    value = getattr(record, column)
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def render_table(records: list[FigureMention]) -> str:
    """Records as aligned columns (wide characters counted as two)."""
    rows = [list(TABLE_COLUMNS)] + [[_cell(r, c) for c in TABLE_COLUMNS] for r in records]
    widths = [max(_width(row[i]) for row in rows) for i in range(len(TABLE_COLUMNS))]
    lines = []
    for row in rows:
        lines.append(
            "  ".join(cell + " " * (w - _width(cell)) for cell, w in zip(row, widths, strict=True)).rstrip()
        )
    return "\n".join(lines)


def register(group: click.Group) -> None:
    """Add the reading commands to the ``diaodu`` group."""
    group.add_command(extract_command)
