"""`win32://Printer Name`: raw ESC/POS bytes through the Windows print spooler (issue 15).

Korean counters mostly run USB receipt printers (Bixolon, Epson, Sewoo) installed with the
vendor's Windows driver. Talking USB directly would mean swapping that driver for WinUSB; the
spooler instead takes our bytes as a RAW document and hands them to the driver untouched, as
the vendors' own utilities do. pywin32 (`win32print`) is the `windows` extra.

The spooler owns delivery once it has the document (like CUPS): "sent" means the queue took
every byte; its own queue window shows whether paper came out.
"""

from __future__ import annotations

from typing import Any

from backoffice.printing.profile import PrinterProfile
from backoffice.printing.transport import Outcome, SendResult, within

ERROR_INVALID_PRINTER_NAME = 1801
ERROR_INVALID_DATATYPE = 1804
INSTALL = 'Windows printers need pywin32: pip install "backoffice[windows]"'


def spooler() -> Any:
    """The `win32print` module; tests hand in a fake spooler with the same calls."""
    import win32print

    return win32print


def send_win32(job: bytes, profile: PrinterProfile, limit: float) -> SendResult:
    name = profile.target
    try:
        spool = spooler()
    except ImportError:
        return SendResult(Outcome.FAILED, INSTALL)
    stage = {"name": "open", "written": 0}

    def work() -> int:
        handle = spool.OpenPrinter(name)
        try:
            stage["name"] = "start"
            spool.StartDocPrinter(handle, 1, ("Backoffice", None, "RAW"))
            try:
                spool.StartPagePrinter(handle)
                stage["name"] = "write"
                stage["written"] = int(spool.WritePrinter(handle, job))
                spool.EndPagePrinter(handle)
            finally:
                spool.EndDocPrinter(handle)
        finally:
            spool.ClosePrinter(handle)
        return stage["written"]

    done, written, error = within(limit, work)
    if not done:
        return SendResult(
            Outcome.UNCERTAIN if stage["name"] == "write" else Outcome.FAILED,
            f"Windows printer {name!r} did not take the job within {limit:g} s",
        )
    if error is not None:
        return _refused(name, error, stage["name"], stage["written"])
    if written != len(job):
        return SendResult(
            Outcome.UNCERTAIN,
            f"Windows printer {name!r} took {written} of {len(job)} bytes",
            written,
        )
    return SendResult(Outcome.SENT, bytes_sent=written)


def _refused(name: str, error: BaseException, stage: str, written: int) -> SendResult:
    code = getattr(error, "winerror", None)
    reason = getattr(error, "strerror", None) or str(error)
    if code == ERROR_INVALID_PRINTER_NAME or stage == "open":
        return SendResult(Outcome.FAILED, f"No Windows printer {name!r}: {reason}")
    if code == ERROR_INVALID_DATATYPE:
        return SendResult(
            Outcome.FAILED,
            f"Windows printer {name!r} does not take raw bytes: use the maker's driver or "
            '"Generic / Text Only"',
        )
    outcome = Outcome.UNCERTAIN if stage == "write" else Outcome.FAILED
    return SendResult(outcome, f"Windows printer {name!r} refused the job: {reason}", written)


def installed_queues() -> list[str]:
    """The names of the printers Windows knows here (local and connected), [] elsewhere."""
    try:
        spool = spooler()
    except ImportError:
        return []
    flags = spool.PRINTER_ENUM_LOCAL | spool.PRINTER_ENUM_CONNECTIONS
    return sorted({str(row[2]) for row in spool.EnumPrinters(flags, None, 1)})
