"""Send a rendered job to a printer and say honestly what happened (R41).

`send(job, profile, timeout)` never blocks longer than its timeout (plus the connect timeout) and
returns a `SendResult` a queue worker can store:

- `sent`: every byte left us; `confirmed` when the printer answered DLE EOT 1 after the job.
- `failed`: nothing reached the printer (refused, unreachable, no such device): safe to retry.
- `uncertain`: some or all bytes left but the printer never confirmed (stalled, dropped the
  connection mid-job, no status answer, reports offline). Never reprinted automatically: staff
  look at the paper and decide; a reprint is marked as one.

Over TCP a successful write proves nothing (the kernel buffers it while the printer is stuck), so
when the profile says the printer answers status queries the job counts as sent only when a
status byte comes back within the timeout.
"""

from __future__ import annotations

import contextlib
import logging
import socket
import struct
import subprocess
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any

from backoffice.printing.profile import PrinterProfile

logger = logging.getLogger(__name__)

STATUS_QUERY = b"\x10\x04\x01"  # DLE EOT 1: transmit printer status (real-time command)
CHUNK = 16 * 1024


class Outcome(StrEnum):
    SENT = "sent"
    FAILED = "failed"
    UNCERTAIN = "uncertain"


@dataclass(frozen=True)
class SendResult:
    outcome: Outcome
    error: str = ""  # one line for staff; empty when sent and nothing to say
    bytes_sent: int = 0  # bytes handed to the OS or device
    confirmed: bool = False  # the printer answered a status query after the job
    status: int | None = None  # the status byte, when it answered
    elapsed: float = 0.0
    no_status_answer: bool = False  # connected, but the printer never answered DLE EOT

    @property
    def ok(self) -> bool:
        return self.outcome is Outcome.SENT

    @property
    def safe_to_retry(self) -> bool:
        """Only a job that certainly did not reach the printer may be resent without asking."""
        return self.outcome is Outcome.FAILED


def is_status_byte(value: int) -> bool:
    """DLE EOT 1 answers have bits 1 and 4 set and bits 0 and 7 clear (0b0xx1xx10)."""
    return value & 0b1001_0011 == 0b0001_0010


def status_offline(value: int) -> bool:
    return bool(value & 0b0000_1000)


def send(job: bytes, profile: PrinterProfile, timeout: float | None = None) -> SendResult:
    """Send `job` to the printer of `profile`; `timeout` (seconds) overrides the profile's."""
    limit = profile.send_timeout if timeout is None else timeout
    started = time.monotonic()
    try:
        result = _SENDERS[profile.scheme](job, profile, limit)
    except Exception as exc:  # a bug in a transport must not lose the job: report it as uncertain
        logger.exception("printing to %s failed unexpectedly", profile.uri)
        result = SendResult(Outcome.UNCERTAIN, f"Unexpected error: {exc}")
    result = replace(result, elapsed=time.monotonic() - started)
    log = logger.info if result.ok else logger.warning
    log("print job %d bytes to %s: %s %s", len(job), profile.uri, result.outcome, result.error)
    return result


def probe(profile: PrinterProfile, timeout: float = 2.0) -> SendResult:
    """Ask a TCP printer for its status without printing (printer settings: "Test connection")."""
    return send(b"", profile.with_(status_query=True), timeout)


# --- TCP -------------------------------------------------------------------------------------


def _send_tcp(job: bytes, profile: PrinterProfile, limit: float) -> SendResult:
    where = profile.target
    try:
        sock = socket.create_connection(
            (profile.host.strip("[]"), profile.port), timeout=min(profile.connect_timeout, limit)
        )
    except ConnectionRefusedError:
        return SendResult(Outcome.FAILED, f"Printer {where} refused the connection (is it on?)")
    except TimeoutError:
        return SendResult(Outcome.FAILED, f"Printer {where} did not answer within {limit:g} s")
    except OSError as exc:
        return SendResult(Outcome.FAILED, f"Printer {where} is unreachable: {exc.strerror or exc}")
    deadline = time.monotonic() + limit
    sent = 0
    try:
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        view = memoryview(job)
        while sent < len(job):
            sock.settimeout(_remaining(deadline))
            sent += sock.send(view[sent : sent + CHUNK])
        if profile.status_query:
            return _confirm(sock, sent, deadline, where)
        sock.shutdown(socket.SHUT_WR)
        return SendResult(Outcome.SENT, bytes_sent=sent)
    except (TimeoutError, _Expired):
        _abort(sock)  # drop what the kernel still holds so a late half-job is less likely
        return _lost(sent, f"Printer {where} stopped taking data after {sent} of {len(job)} bytes")
    except OSError as exc:
        _abort(sock)
        return _lost(sent, f"Printer {where} dropped the connection: {exc.strerror or exc}")
    finally:
        sock.close()


def _confirm(sock: socket.socket, sent: int, deadline: float, where: str) -> SendResult:
    """Send DLE EOT 1 and wait for a status byte: only an answer proves the job arrived (R41)."""
    try:
        sock.settimeout(_remaining(deadline))
        sock.sendall(STATUS_QUERY)
        while True:
            sock.settimeout(_remaining(deadline))
            data = sock.recv(64)
            if not data:
                lost = _lost(sent, f"Printer {where} closed the connection without confirming")
                return replace(lost, no_status_answer=True)
            # Printers with automatic status back may send other bytes first; take a status byte.
            answers = [b for b in data if is_status_byte(b)]
            if answers:
                status = answers[-1]
                if status_offline(status):
                    return SendResult(
                        Outcome.UNCERTAIN,
                        f"Printer {where} reports offline (cover open or paper out?)",
                        sent,
                        status=status,
                    )
                return SendResult(Outcome.SENT, bytes_sent=sent, confirmed=True, status=status)
    except (TimeoutError, _Expired):
        return SendResult(
            Outcome.UNCERTAIN if sent else Outcome.FAILED,
            f"Printer {where} did not confirm the job (no status answer in time)",
            sent,
            no_status_answer=True,
        )


class _Expired(Exception):
    pass


def _remaining(deadline: float) -> float:
    left = deadline - time.monotonic()
    if left <= 0:
        raise _Expired
    return left


def _abort(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))


def _lost(sent: int, message: str) -> SendResult:
    # Nothing handed over: the printer cannot have printed any of it, so a retry is safe.
    return SendResult(Outcome.UNCERTAIN if sent else Outcome.FAILED, message, sent)


# --- devices: file, USB, serial, CUPS --------------------------------------------------------


def within(limit: float, work: Callable[[], Any]) -> tuple[bool, Any, BaseException | None]:
    """Run blocking device I/O in a helper thread so a hung device cannot hold the caller."""
    box: dict[str, Any] = {}

    def run() -> None:
        try:
            box["value"] = work()
        except BaseException as exc:  # handed back to the caller
            box["error"] = exc

    thread = threading.Thread(target=run, name="printer-io", daemon=True)
    thread.start()
    thread.join(limit)
    if thread.is_alive():
        return False, None, None
    return True, box.get("value"), box.get("error")


def _send_file(job: bytes, profile: PrinterProfile, limit: float) -> SendResult:
    path = profile.target
    try:
        handle = open(path, "wb")  # noqa: SIM115 - closed in the writer thread
    except OSError as exc:
        return SendResult(Outcome.FAILED, f"Cannot open {path}: {exc.strerror or exc}")

    def write() -> int:
        with handle:
            handle.write(job)
            handle.flush()
        return len(job)

    done, _, error = within(limit, write)
    if not done:
        return SendResult(Outcome.UNCERTAIN, f"Writing to {path} did not finish within {limit:g} s")
    if error is not None:
        return SendResult(Outcome.UNCERTAIN, f"Writing to {path} failed: {error}")
    return SendResult(Outcome.SENT, bytes_sent=len(job))


def _usb_printer(profile: PrinterProfile, limit: float) -> Any:
    """A python-escpos USB printer (needs pyusb and libusb); tests replace this factory."""
    try:
        import usb.core  # noqa: F401 - python-escpos imports it late, with a vaguer error
    except ImportError:
        raise MissingLibrary('USB printers need pyusb: pip install "backoffice[usb]"') from None
    from escpos.printer import Usb

    vid, pid = profile.usb_ids
    return Usb(vid, pid, timeout=int(limit * 1000))


def _serial_printer(profile: PrinterProfile, limit: float) -> Any:
    try:
        import serial  # noqa: F401 - pyserial, the `serial` extra
    except ImportError:
        raise MissingLibrary(
            'Serial printers need pyserial: pip install "backoffice[serial]"'
        ) from None
    from escpos.printer import Serial

    return Serial(devfile=profile.target, baudrate=profile.baudrate, timeout=limit)


def _send_device(
    job: bytes, profile: PrinterProfile, limit: float, factory: Callable[..., Any]
) -> SendResult:
    where = f"{profile.scheme}://{profile.target}"
    try:
        printer = factory(profile, limit)
        done, _, error = within(min(profile.connect_timeout, limit), printer.open)
    except MissingLibrary as exc:
        return SendResult(Outcome.FAILED, str(exc))
    except Exception as exc:
        return SendResult(Outcome.FAILED, f"Printer {where} is not available: {exc}")
    if not done or error is not None:
        reason = str(error) if error else "no answer"
        return SendResult(Outcome.FAILED, f"Printer {where} is not available: {reason}".strip())

    def write() -> int | None:
        printer._raw(job)
        if not profile.status_query:
            return None
        printer._raw(STATUS_QUERY)
        answer = bytes(printer._read())
        return answer[-1] if answer else None

    done, status, error = within(limit, write)
    within(1.0, printer.close)
    if not done:
        return SendResult(
            Outcome.UNCERTAIN, f"Printer {where} did not take the job within {limit:g} s"
        )
    if error is not None:
        return SendResult(Outcome.UNCERTAIN, f"Printer {where} failed during the job: {error}")
    if profile.status_query:
        if status is None or not is_status_byte(status):
            return SendResult(
                Outcome.UNCERTAIN, f"Printer {where} did not confirm the job", len(job)
            )
        if status_offline(status):
            return SendResult(
                Outcome.UNCERTAIN, f"Printer {where} reports offline", len(job), status=status
            )
        return SendResult(Outcome.SENT, bytes_sent=len(job), confirmed=True, status=status)
    return SendResult(Outcome.SENT, bytes_sent=len(job))


def _send_usb(job: bytes, profile: PrinterProfile, limit: float) -> SendResult:
    return _send_device(job, profile, limit, _usb_printer)


def _send_serial(job: bytes, profile: PrinterProfile, limit: float) -> SendResult:
    return _send_device(job, profile, limit, _serial_printer)


def _send_cups(job: bytes, profile: PrinterProfile, limit: float) -> SendResult:
    queue = profile.target
    try:
        done = subprocess.run(
            ["lp", "-d", queue, "-o", "raw"],
            input=job,
            capture_output=True,
            timeout=limit,
            check=False,
        )
    except FileNotFoundError:
        return SendResult(Outcome.FAILED, "CUPS is not installed (no `lp` command)")
    except subprocess.TimeoutExpired:
        return SendResult(
            Outcome.UNCERTAIN, f"CUPS queue {queue} did not accept the job within {limit:g} s"
        )
    if done.returncode != 0:
        message = done.stderr.decode(errors="replace").strip().splitlines()
        return SendResult(
            Outcome.FAILED, f"CUPS queue {queue}: {message[-1] if message else 'lp failed'}"
        )
    # CUPS owns delivery from here; its own queue shows whether the paper came out.
    return SendResult(Outcome.SENT, bytes_sent=len(job))


def _send_win32(job: bytes, profile: PrinterProfile, limit: float) -> SendResult:
    from backoffice.printing.spooler import send_win32

    return send_win32(job, profile, limit)


class MissingLibrary(Exception):
    """An optional library a transport needs is not installed (the message says which)."""


_SENDERS: dict[str, Callable[[bytes, PrinterProfile, float], SendResult]] = {
    "tcp": _send_tcp,
    "file": _send_file,
    "usb": _send_usb,
    "serial": _send_serial,
    "cups": _send_cups,
    "win32": _send_win32,
}
