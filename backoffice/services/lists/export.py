"""Export of orders to Excel (xlsx) and CSV (R36): a tab's filter (within a date range) or chosen
ids, with the columns the list shows, in the list's order.

Rows stream page by page (keyset) into openpyxl's write-only workbook or the csv module, so memory
stays flat for any number of orders. CSV is UTF-8 with a BOM: Excel then opens Korean correctly.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Callable, Sequence
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from backoffice.db.listing import ListFilter, OrderRow, iter_pages
from backoffice.domain.errors import DomainError, ExternalError
from backoffice.domain.money import exponent, to_decimal_string
from backoffice.domain.stages import LABELS, Stage

EXPORT_PAGE = 2000  # rows read per query; progress and stop are checked between pages

# Column key -> English header. The same keys name the list's columns (ui/columns.py).
FIELDS: dict[str, str] = {
    "code": "Order code",
    "shop_number": "Shop order no.",
    "created": "Ordered at",
    "buyer": "Buyer",
    "phone": "Phone",
    "items": "Items",
    "total": "Total",
    "payment": "Payment",
    "stage": "Stage",
    "channel": "Channel",
    "tracking": "Carrier / tracking",
    "memo": "Memo",
    "claim": "Claim",
}
DEFAULT_COLUMNS = tuple(FIELDS)

Labeller = Callable[[str, str], str]  # (field, raw value) -> text a person reads


def english_labels(field: str, value: str) -> str:
    if field == "stage":
        try:
            return LABELS[Stage(value)][0]
        except ValueError:
            return value
    return value


def korean_labels(field: str, value: str) -> str:
    if field == "stage":
        try:
            return LABELS[Stage(value)][1]
        except ValueError:
            return value
    return value


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: Any) -> Any:
    """Shop data such as `=HYPERLINK(…)` must not become a live formula in the file (CSV/formula
    injection): text starting with = + - @ tab or CR gets a leading apostrophe, as OWASP advises.
    Numbers and dates stay numbers and dates."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _value(row: OrderRow, key: str, labels: Labeller, *, for_excel: bool) -> Any:
    return neutralise(_raw_value(row, key, labels, for_excel=for_excel))


def _raw_value(row: OrderRow, key: str, labels: Labeller, *, for_excel: bool) -> Any:
    if key == "code":
        return row.code
    if key == "shop_number":
        return row.shop_order_number
    if key == "created":
        local = row.created_at.astimezone()
        return local.replace(tzinfo=None) if for_excel else local.strftime("%Y-%m-%d %H:%M")
    if key == "buyer":
        return row.buyer_name
    if key == "phone":
        return row.buyer_phone
    if key == "items":
        return row.items_summary
    if key == "total":
        if exponent(row.currency) == 0:
            return row.total
        text = to_decimal_string(row.total, row.currency)
        return Decimal(text) if for_excel else text
    if key == "payment":
        return labels("payment", row.payment_status)
    if key == "stage":
        stage = labels("stage", row.stage)
        return f"{stage} · {row.custom_status}" if row.custom_status else stage
    if key == "channel":
        return labels("channel", row.channel_detail or row.channel)
    if key == "tracking":
        return " ".join(p for p in (row.carrier, row.tracking_numbers) if p)
    if key == "memo":
        return "Y" if row.has_memo else ""
    if key == "claim":
        return "Y" if row.has_open_claim or row.cancel_requested else ""
    raise DomainError("Unknown export column {key!r}", "R36", key=key)


def check_writable(path: Path) -> None:
    """The file can be made where asked: its folder exists and takes new files (checked before
    anything is read, so a typo costs nothing and no half-written file is left)."""
    folder = Path(path).expanduser().parent
    if not folder.is_dir():
        raise DomainError("The folder {folder} does not exist", "R36", folder=str(folder))
    if not os.access(folder, os.W_OK | os.X_OK):
        raise DomainError("The folder {folder} cannot be written to", "R36", folder=str(folder))
    if Path(path).is_dir():
        raise DomainError("{path} is a folder: give a file name", "R36", path=str(path))


def export_orders(
    session: Session,
    path: Path,
    flt: ListFilter,
    columns: Sequence[str] = DEFAULT_COLUMNS,
    headers: Sequence[str] | None = None,
    *,
    labels: Labeller = english_labels,
    progress: Callable[[int], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> int:
    """Write the matching orders, newest first; returns how many rows were written.

    `progress(rows written)` after each page; `should_stop()` before each: when it says so, the
    export ends with a DomainError and writes no file (not even a partial one)."""
    check_writable(path)
    unknown = [c for c in columns if c not in FIELDS]
    if unknown or not columns:
        raise DomainError(
            "Unknown export columns: {columns}", "R36", columns=", ".join(unknown) or "(none)"
        )
    heads = list(headers) if headers is not None else [FIELDS[c] for c in columns]
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        if not suffix:
            raise DomainError("Export to .xlsx or .csv, not a file without suffix", "R36")
        raise DomainError("Export to .xlsx or .csv, not {suffix}", "R36", suffix=suffix)
    pages = iter_pages(session, flt, page=EXPORT_PAGE)
    try:
        if suffix == ".xlsx":
            return _xlsx(path, pages, columns, heads, labels, progress, should_stop)
        return _csv(path, pages, columns, heads, labels, progress, should_stop)
    except OSError as exc:  # the disk filled up, the folder went away: no file, one line
        raise ExternalError(
            "Could not write {path}: {reason}", path=str(path), reason=exc.strerror or exc
        ) from None


def _xlsx(path, pages, columns, heads, labels, progress, should_stop) -> int:  # type: ignore[no-untyped-def]
    from openpyxl import Workbook  # imported late: only exports pay for it

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Orders")
    ws.append(heads)
    written = 0
    for page in pages:
        if should_stop is not None and should_stop():
            ws.close()  # the rows so far sit in openpyxl's temporary file (removed at exit)
            raise _stopped()  # nothing is on disk under the real name before wb.save
        for row in page:
            ws.append([_value(row, c, labels, for_excel=True) for c in columns])
        written += len(page)
        if progress is not None:
            progress(written)
    tmp = path.with_name(path.name + ".part")
    try:
        wb.save(tmp)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    tmp.replace(path)  # never leave a half-written file under the real name
    return written


def _csv(path, pages, columns, heads, labels, progress, should_stop) -> int:  # type: ignore[no-untyped-def]
    tmp = path.with_name(path.name + ".part")
    written = 0
    try:
        with tmp.open("w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(heads)
            for page in pages:
                if should_stop is not None and should_stop():
                    raise _stopped()
                writer.writerows(
                    [_value(r, c, labels, for_excel=False) for c in columns] for r in page
                )
                written += len(page)
                if progress is not None:
                    progress(written)
    except BaseException:
        tmp.unlink(missing_ok=True)  # stopped or failed: no half-written file is left behind
        raise
    tmp.replace(path)
    return written


def _stopped() -> DomainError:
    return DomainError("Export stopped; no file was written", "R36")


def timestamped_name(stem: str, suffix: str, now: datetime | None = None) -> str:
    now = now or datetime.now()
    return f"{stem}-{now:%Y%m%d-%H%M}{suffix}"
