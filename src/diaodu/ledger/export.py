"""Export the ledger's observations as CSV or Excel, with Chinese headers (``queries.EXPORT_COLUMNS``)."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font

from diaodu.ledger.queries import EXPORT_COLUMNS

FORMATS = ("csv", "xlsx")


def to_csv(rows: Sequence[dict[str, Any]]) -> str:
    """CSV text with a header row of Chinese column names."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([label for _key, label in EXPORT_COLUMNS])
    for row in rows:
        writer.writerow([_cell(row.get(key)) for key, _label in EXPORT_COLUMNS])
    return buffer.getvalue()


def write_csv(rows: Sequence[dict[str, Any]], path: str | Path) -> None:
    """Write CSV with a byte-order mark, so Excel opens the Chinese text correctly."""
    Path(path).write_text(to_csv(rows), encoding="utf-8-sig")


def write_xlsx(rows: Sequence[dict[str, Any]], path: str | Path, *, sheet: str = "观测值") -> None:
    """Write one sheet: a bold header row of Chinese column names, then a row per observation."""
    book = Workbook()
    ws = book.active
    assert ws is not None
    ws.title = sheet
    ws.append([label for _key, label in EXPORT_COLUMNS])
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for row in rows:
        ws.append([row.get(key) for key, _label in EXPORT_COLUMNS])
    ws.freeze_panes = "A2"
    for column, (_key, label) in zip(ws.columns, EXPORT_COLUMNS, strict=True):
        letter = column[0].column_letter
        ws.column_dimensions[letter].width = max(10, 2 * len(label) + 2)
    book.save(str(path))


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return int(value)
    return value
