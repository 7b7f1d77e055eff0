"""Shared helpers for rebuilding published 自评表 / 监控表 forms as .xlsx fixtures (openpyxl).

Each case script holds the form's data as a grid literal (one list per sheet row, None for an
empty cell), the merged ranges as published and the column widths, and calls `build()`.
Run with the system Python (python3-openpyxl): /usr/bin/python3 tools/forms/<case>.py
The workbook is written to test/fixtures/forms/<case>.xlsx. Output is deterministic: the
document properties carry a fixed date so a rebuild of unchanged data gives the same cells.
"""
from __future__ import annotations

import datetime
import os
from dataclasses import dataclass
from typing import Any, Iterable, Sequence

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.utils.cell import range_boundaries

FORMS_DIR = os.path.normpath(os.path.join(os.path.dirname(__file__), '..', '..', 'test', 'fixtures', 'forms'))
FIXED_DATE = datetime.datetime(2024, 1, 1, 0, 0, 0)


@dataclass(frozen=True)
class N:
    """A number stored with an Excel number format (e.g. N(1, '0.00%') is a cell showing 100.00%)."""
    value: float
    fmt: str


@dataclass(frozen=True)
class T:
    """Text that must stay text even where it looks like a number or a date ('0.00', '2022')."""
    value: str


THIN = Side(style='thin', color='000000')
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def _text_width(text: str) -> float:
    """Width in Excel character units at 10 pt: CJK and full-width characters count two."""
    return sum(2 if ord(ch) > 0x2E7F else 1 for ch in text)


def _fit_row_heights(ws, grid, merges, widths) -> None:
    """Rows tall enough for their wrapped text (merged cells measured over the merged width)."""
    span = {}
    for rng in merges:
        min_col, min_row, max_col, max_row = range_boundaries(rng)
        span[(min_row, min_col)] = (max_col, max_row - min_row + 1)
    def width_of(c: int) -> float:
        return widths[c - 1] if c - 1 < len(widths) else 8.43
    for r, row in enumerate(grid, start=1):
        lines = 1
        for c, value in enumerate(row, start=1):
            if value is None or isinstance(value, (int, float, N)):
                continue
            text = value.value if isinstance(value, T) else str(value)
            last_col, rows_spanned = span.get((r, c), (c, 1))
            room = max(1.0, sum(width_of(k) for k in range(c, last_col + 1)) - 1)
            need = sum(max(1, -(-_text_width(part) // int(room))) for part in text.split('\n'))
            lines = max(lines, -(-need // rows_spanned))
        ws.row_dimensions[r].height = max(15, 14 * lines + 2)


def build(
    case: str,
    grid: Sequence[Sequence[Any]],
    merges: Iterable[str] = (),
    widths: Sequence[float] = (),
    sheet: str = 'Sheet1',
    title_rows: Iterable[int] = (1,),
    bordered: Iterable[str] = (),
    font: str = '宋体',
) -> str:
    """Write one single-sheet workbook; returns its path."""
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    titles = set(title_rows)
    for r, row in enumerate(grid, start=1):
        for c, value in enumerate(row, start=1):
            if value is None:
                continue
            cell = ws.cell(row=r, column=c)
            if isinstance(value, N):
                cell.value = value.value
                cell.number_format = value.fmt
            elif isinstance(value, T):
                cell.value = value.value
                cell.number_format = '@'
            else:
                cell.value = value
                # openpyxl takes a text starting with `=` for a formula; on a form it is a target (`=8个`).
                if isinstance(value, str) and value.startswith('='):
                    cell.data_type = 's'
            cell.font = Font(name=font, size=14 if r in titles else 10, bold=r in titles)
            cell.alignment = Alignment(wrap_text=True, vertical='center',
                                       horizontal='center' if r in titles else 'general')
    for rng in bordered:
        min_col, min_row, max_col, max_row = range_boundaries(rng)
        for r in range(min_row, max_row + 1):
            for c in range(min_col, max_col + 1):
                ws.cell(row=r, column=c).border = BORDER
    for rng in merges:
        ws.merge_cells(rng)
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    _fit_row_heights(ws, grid, list(merges), widths)
    ws.page_setup.orientation = 'landscape'
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.properties.created = FIXED_DATE
    wb.properties.modified = FIXED_DATE
    wb.properties.creator = 'tools/forms (rebuilt from a published form)'
    path = os.path.join(FORMS_DIR, case + '.xlsx')
    wb.save(path)
    return path
