"""Bulk tracking numbers (송장 일괄 등록, issue 14, R7, R21, R35): the courier's result file —
xlsx or csv — with an order reference and a waybill number on each row, matched to orders, shown
as a preview, then shipped one shipment at a time.

- A reference is our "CODE#n" (the courier file's 고객주문번호, services/fulfilment/courier.py),
  an order code, or the web shop's order number.
- The columns are found by their headers (고객주문번호 / 주문번호 / order …, 운송장번호 / 송장번호 /
  tracking …, 택배사 / carrier); a mapping staff chose is remembered for the next file.
- Each row becomes one `shipments.ship` — its own transaction, with the timeline event, the push
  of the number to the shop and the customer's notice — so stopping half-way leaves every order
  either shipped or untouched, and importing the same file twice ships nothing twice.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from backoffice.db.models import Setting
from backoffice.db.uow import UnitOfWork
from backoffice.domain import carriers
from backoffice.domain.errors import BackofficeError, DomainError, ExternalError, NotFound
from backoffice.domain.stages import Fulfilment, Stage
from backoffice.services.fulfilment import shipments
from backoffice.services.fulfilment.flow import UNSHIPPED
from backoffice.services.orders.lookup import get_order
from backoffice.services.shop import details as shop_details
from backoffice.services.staff.actor import Actor

MAPPING_KEY = "tracking_import.columns"
# What each column is called in Korean couriers' result files, and in ours.
HEADER_WORDS: dict[str, tuple[str, ...]] = {
    "reference": (
        "고객주문번호",
        "주문번호",
        "order reference",
        "order code",
        "order",
        "reference",
    ),
    "tracking": ("운송장번호", "송장번호", "운송장", "tracking number", "tracking", "waybill"),
    "carrier": ("택배사", "carrier", "courier"),
}
STATUSES = ("ready", "unmatched", "shipped", "duplicate", "invalid")


@dataclass(frozen=True)
class Table:
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class Mapping:
    reference: str  # the header of each column
    tracking: str
    carrier: str = ""  # "": every row goes with the default carrier


@dataclass(frozen=True)
class ImportRow:
    line: int  # the file's row number, as a spreadsheet shows it (the header is row 1)
    reference: str
    tracking: str
    carrier: str
    status: str  # one of STATUSES
    code: str = ""
    number: int | None = None  # None: every unshipped shipment of the order
    reason: str = ""  # for rows that are not ready: the refusal, in English (str(err))
    error: BackofficeError | None = None  # … and the error itself, for the UI's language


@dataclass
class ImportReport:
    shipped: list[str] = field(default_factory=list)  # "CODE#n" or "CODE"
    failed: list[tuple[int, str]] = field(default_factory=list)  # (file row, reason)
    errors: dict[int, BackofficeError] = field(default_factory=dict)  # file row -> error
    stopped: bool = False


# ---- reading the file ----------------------------------------------------------------------------


def read(path: Path) -> Table:
    """Every non-empty row of the file's first sheet, as text; DomainError for what is not a
    table we can read."""
    path = Path(path)
    suffix = path.suffix.lower()
    if not path.is_file():
        raise DomainError("No file at {path}", "R35", path=str(path))
    try:
        if suffix == ".xlsx":
            values = _xlsx_rows(path)
        elif suffix == ".csv":
            values = _csv_rows(path)
        else:
            raise DomainError("Import a .xlsx or .csv file, not {suffix}", "R35", suffix=suffix)
    except OSError as exc:
        raise ExternalError("Could not read {path}: {reason}", path=str(path), reason=exc) from None
    rows = [tuple(_text(v) for v in row) for row in values]
    rows = [r for r in rows if any(r)]
    if not rows:
        raise DomainError("{path} has no rows", "R35", path=path.name)
    width = max(len(r) for r in rows)
    padded = [r + ("",) * (width - len(r)) for r in rows]
    return Table(padded[0], tuple(padded[1:]))


def _xlsx_rows(path: Path) -> list[tuple[object, ...]]:
    from zipfile import BadZipFile

    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, BadZipFile, KeyError, ValueError):
        raise DomainError(
            "{path} is not an Excel file we can read", "R35", path=path.name
        ) from None
    try:
        return [tuple(row) for row in book.worksheets[0].iter_rows(values_only=True)]
    finally:
        book.close()


def _csv_rows(path: Path) -> list[tuple[object, ...]]:
    data = path.read_bytes()
    for encoding in ("utf-8-sig", "cp949"):  # couriers' files are often in Korean Windows' code
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise DomainError("{path} is neither UTF-8 nor CP949 text", "R35", path=path.name)
    return [tuple(row) for row in csv.reader(text.splitlines())]


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # a waybill number Excel stored as a number
    return " ".join(str(value).split())


# ---- the columns ------------------------------------------------------------------------------


def guess(headers: Sequence[str], remembered: Mapping | None = None) -> Mapping | None:
    """The columns, by the mapping staff chose last time if the file has those headers, else by
    their names; None when no reference or tracking column is found."""
    if remembered is not None and {remembered.reference, remembered.tracking} <= set(headers):
        carrier = remembered.carrier if remembered.carrier in headers else ""
        return replace(remembered, carrier=carrier)
    found: dict[str, str] = {}
    for role, words in HEADER_WORDS.items():
        for word in words:  # the most specific words first
            match = next((h for h in headers if h.strip().lower() == word), None)
            match = match or next((h for h in headers if word in h.strip().lower()), None)
            if match and match not in found.values():
                found[role] = match
                break
    if "reference" not in found or "tracking" not in found:
        return None
    return Mapping(found["reference"], found["tracking"], found.get("carrier", ""))


def remembered(session: Session) -> Mapping | None:
    raw = session.scalar(select(Setting.value).where(Setting.key == MAPPING_KEY))
    try:
        values = json.loads(raw) if raw else None
        return Mapping(**values) if isinstance(values, dict) else None
    except (ValueError, TypeError):
        return None


def remember(uow: UnitOfWork, mapping: Mapping) -> None:
    with uow:
        row = uow.session.get(Setting, MAPPING_KEY)
        value = json.dumps(mapping.__dict__, ensure_ascii=False)
        if row is None:
            uow.session.add(Setting(key=MAPPING_KEY, value=value))
        else:
            row.value = value
        uow.commit()


# ---- the preview --------------------------------------------------------------------------------


def _split(reference: str) -> tuple[str, int | None]:
    text = reference.strip()
    code, mark, number = text.rpartition("#")
    if mark and number.isdigit():
        return code, int(number)
    return text, None


def preview(
    session: Session, table: Table, mapping: Mapping, default_carrier: str
) -> list[ImportRow]:
    """What importing `table` would do, row by row: ready to ship, or why not."""
    for header in (mapping.reference, mapping.tracking, mapping.carrier):
        if header and header not in table.headers:
            raise DomainError("The file has no column {header!r}", "R35", header=header)
    at = {
        h: table.headers.index(h)
        for h in (mapping.reference, mapping.tracking, mapping.carrier)
        if h
    }
    seen: set[tuple[str, int | None]] = set()
    out: list[ImportRow] = []
    for n, row in enumerate(table.rows, start=2):
        ref, tracking = row[at[mapping.reference]], "".join(row[at[mapping.tracking]].split())
        carrier_text = row[at[mapping.carrier]] if mapping.carrier else ""
        found = carriers.find(carrier_text or default_carrier)
        carrier = found.name_ko if found else (carrier_text or default_carrier)
        base = ImportRow(n, ref, tracking, carrier, "ready")
        out.append(_check(session, base, seen))
    return out


def _refused(row: ImportRow, status: str, err: BackofficeError) -> ImportRow:
    return replace(row, status=status, reason=str(err), error=err)


def _check(session: Session, row: ImportRow, seen: set[tuple[str, int | None]]) -> ImportRow:
    if not row.reference or not row.tracking:
        err = DomainError("A row needs an order reference and a tracking number", "R7")
        return _refused(row, "invalid", err)
    if not row.carrier:
        return _refused(row, "invalid", DomainError("Choose the carrier of these numbers", "R7"))
    text, number = _split(row.reference)
    try:
        order = get_order(session, text)
    except NotFound as err:
        return _refused(row, "unmatched", err)
    row = replace(row, code=order.code, number=number)
    key = (order.code, number)
    if key in seen:
        err = DomainError(
            "{reference} is on an earlier row of this file", "R35", reference=row.reference
        )
        return _refused(row, "duplicate", err)
    seen.add(key)
    waiting = [s for s in order.shipments if s.items and s.stage in UNSHIPPED]
    chosen = [s for s in waiting if number is None or s.number == number]
    if order.fulfilment != Fulfilment.DELIVERY:
        err = DomainError(
            "Order {code} is a pickup order: it is not shipped", "R6", code=order.code
        )
        return _refused(row, "invalid", err)
    if Stage(order.stage) in (Stage.CANCELLED, Stage.COMPLETED):
        err = DomainError("Order {code} is {stage}", "R20", code=order.code, stage=order.stage)
        return _refused(row, "invalid", err)
    if not chosen:
        gone = any(
            s.tracking_number == row.tracking
            for s in order.shipments
            if number is None or s.number == number
        )
        if gone:
            err = DomainError("{reference} is shipped already", "R21", reference=row.reference)
        else:
            err = DomainError(
                "{reference} has nothing left to ship", "R21", reference=row.reference
            )
        return _refused(row, "shipped", err)
    if len(waiting) == 1:  # the last one to send: the order goes as a whole (its stage too)
        row = replace(row, number=None)
    return row


@dataclass(frozen=True)
class Loaded:
    mapping: Mapping
    rows: list[ImportRow]
    carrier: str  # the carrier rows without their own go with ("" : none known)


def load(
    session: Session, path: Path, *, carrier: str = "", mapping: Mapping | None = None
) -> Loaded:
    """A courier's result file as the import shows it: read, its columns found (`mapping`, else
    the one used last time, else by their headers), each row's fate with `carrier` (else the
    shop's default carrier). The command line and the window both start here."""
    table = read(path)
    mapping = mapping or guess(table.headers, remembered(session))
    if mapping is None:
        raise DomainError(
            "No order or tracking column among {headers}",
            "R35",
            headers=", ".join(table.headers),
        )
    if carrier and carriers.find(carrier) is None:
        raise DomainError("Unknown carrier {name!r}", "R7", name=carrier)
    carrier = carrier or shop_details.load(session).default_carrier
    return Loaded(mapping, preview(session, table, mapping, carrier), carrier)


# ---- shipping ---------------------------------------------------------------------------------


def ship_all(
    factory: sessionmaker[Session],
    actor: Actor,
    rows: Sequence[ImportRow],
    *,
    confirm_unpaid: bool = False,
    progress: Callable[[int], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> ImportReport:
    """Ship every ready row, each in its own transaction (tracking pushed, customer told)."""
    report = ImportReport()
    ready = [r for r in rows if r.status == "ready"]
    for done, row in enumerate(ready):
        if should_stop is not None and should_stop():
            report.stopped = True
            break
        try:
            shipments.ship(
                UnitOfWork(factory),
                actor,
                row.code,
                row.carrier,
                row.tracking,
                number=row.number,
                confirm_unpaid=confirm_unpaid,
            )
        except BackofficeError as err:
            report.failed.append((row.line, str(err)))
            report.errors[row.line] = err
        else:
            report.shipped.append(row.code if row.number is None else f"{row.code}#{row.number}")
        if progress is not None:
            progress(done + 1)
    return report
