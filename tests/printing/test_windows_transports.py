"""The printers of a Windows counter (issue 15): `win32://Printer Name` through the print
spooler (a fake spooler object with win32print's calls stands in for Windows), `serial://COM3`
(a real pty pair carries the bytes here), and clear words when pywin32, pyserial or pyusb is
missing; the printer settings offer what this PC has."""

from __future__ import annotations

import os
import sys

import pytest
from escpos_decoder import decode

from backoffice.printing import discovery, spooler
from backoffice.printing.api import render
from backoffice.printing.profile import parse_printer_uri
from backoffice.printing.transport import Outcome, send

pytestmark = pytest.mark.rule("R41")


class SpoolerError(Exception):
    """pywintypes.error's shape: winerror, funcname, strerror."""

    def __init__(self, winerror: int, funcname: str, strerror: str) -> None:
        super().__init__(winerror, funcname, strerror)
        self.winerror, self.funcname, self.strerror = winerror, funcname, strerror


class FakeSpooler:
    """win32print's calls as the counter PC answers them: installed queues take RAW documents."""

    PRINTER_ENUM_LOCAL, PRINTER_ENUM_CONNECTIONS = 2, 4

    def __init__(self, queues: dict[str, str]) -> None:
        self.queues = queues  # name -> the driver's datatype support ("RAW" or "XPS")
        self.documents: list[tuple[str, tuple, bytes]] = []
        self.open_handles = 0

    def EnumPrinters(self, flags, name, level):  # noqa: N802 - win32print's names
        assert flags == self.PRINTER_ENUM_LOCAL | self.PRINTER_ENUM_CONNECTIONS and level == 1
        return [(0, f"{q},{q},", q, "") for q in self.queues]

    def OpenPrinter(self, name):  # noqa: N802
        if name not in self.queues:
            raise SpoolerError(1801, "OpenPrinter", "The printer name is invalid.")
        self.open_handles += 1
        return {"name": name, "doc": None, "data": bytearray()}

    def StartDocPrinter(self, handle, level, info):  # noqa: N802
        if info[2] == "RAW" and self.queues[handle["name"]] != "RAW":
            raise SpoolerError(1804, "StartDocPrinter", "The specified datatype is invalid.")
        handle["doc"] = info
        return 7

    def StartPagePrinter(self, handle):  # noqa: N802
        assert handle["doc"] is not None

    def WritePrinter(self, handle, data):  # noqa: N802
        handle["data"] += data
        return len(data)

    def EndPagePrinter(self, handle):  # noqa: N802
        pass

    def EndDocPrinter(self, handle):  # noqa: N802
        self.documents.append((handle["name"], handle["doc"], bytes(handle["data"])))

    def ClosePrinter(self, handle):  # noqa: N802
        self.open_handles -= 1


@pytest.fixture
def windows(monkeypatch) -> FakeSpooler:
    fake = FakeSpooler({"BIXOLON SRP-350III": "RAW", "Microsoft Print to PDF": "XPS"})
    monkeypatch.setattr(spooler, "spooler", lambda: fake)
    return fake


def test_a_receipt_goes_through_the_spooler_as_a_raw_document(windows, order, shop):
    profile = parse_printer_uri("win32://BIXOLON SRP-350III?mode=korean")
    job = render("receipt", order, shop, profile)
    result = send(job, profile)
    assert result.outcome is Outcome.SENT and result.bytes_sent == len(job)
    ((name, doc, data),) = windows.documents
    assert name == "BIXOLON SRP-350III" and doc == ("Backoffice", None, "RAW")
    assert data == job and "에티오피아 예가체프 원두 250g" in decode(data).text
    assert windows.open_handles == 0  # closed again


def test_spooler_refusals_are_one_clear_line_and_safe_to_retry(windows):
    unknown = send(b"\x1b@x", parse_printer_uri("win32://Receipt"))
    assert unknown.outcome is Outcome.FAILED and unknown.safe_to_retry
    assert unknown.error.startswith("No Windows printer 'Receipt'")
    not_raw = send(b"\x1b@x", parse_printer_uri("win32://Microsoft Print to PDF"))
    assert not_raw.outcome is Outcome.FAILED and "does not take raw bytes" in not_raw.error
    assert windows.documents == [] and windows.open_handles == 0


def test_without_pywin32_the_message_says_what_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "win32print", None)  # an import of it fails, as on Linux
    result = send(b"\x1b@x", parse_printer_uri("win32://BIXOLON SRP-350III"))
    assert result.outcome is Outcome.FAILED and "pywin32" in result.error
    assert "backoffice[windows]" in result.error


def test_serial_bytes_arrive_through_a_pty_pair(order, shop):
    """The pty's far end reads as a printer does, while the job is written."""
    import threading

    pytest.importorskip("serial", reason="pyserial is in the test extras")
    controller, device = os.openpty()
    received = bytearray()
    stop = threading.Event()

    def printer() -> None:
        import select

        while not stop.is_set():
            ready, _, _ = select.select([controller], [], [], 0.05)
            if ready:
                received.extend(os.read(controller, 65536))

    reader = threading.Thread(target=printer, daemon=True)
    reader.start()
    try:
        profile = parse_printer_uri(
            f"serial://{os.ttyname(device)}?baudrate=19200&timeout=30&mode=korean"
        )
        assert profile.target == os.ttyname(device) and profile.baudrate == 19200
        job = render("receipt", order, shop, profile)
        result = send(job, profile)
        for _ in range(600):  # the last bytes may still be in the pty when write() returns
            if len(received) >= len(job):
                break
            stop.wait(0.05)
    finally:
        stop.set()
        reader.join(5)
        os.close(controller)
        os.close(device)
    assert result.outcome is Outcome.SENT
    assert bytes(received) == job
    assert "에티오피아 예가체프 원두 250g" in decode(bytes(received)).text


def test_com_ports_are_written_as_windows_names_them():
    profile = parse_printer_uri("serial://com3?baudrate=19200")
    assert profile.target == "COM3" and profile.uri == "serial://COM3?baudrate=19200"
    assert parse_printer_uri("serial:///dev/ttyUSB0").uri == "serial:///dev/ttyUSB0"


def test_missing_pyserial_and_pyusb_are_named(monkeypatch):
    monkeypatch.setitem(sys.modules, "serial", None)
    monkeypatch.setitem(sys.modules, "usb.core", None)
    serial = send(b"x", parse_printer_uri("serial://COM3"))
    assert serial.outcome is Outcome.FAILED and "backoffice[serial]" in serial.error
    usb = send(b"x", parse_printer_uri("usb://04b8:0202"))
    assert usb.outcome is Outcome.FAILED and "backoffice[usb]" in usb.error


def test_the_printers_of_this_pc_are_offered(windows, monkeypatch):
    from types import SimpleNamespace

    from serial.tools import list_ports

    ports = [SimpleNamespace(device="COM3", description="USB Serial Port (COM3)")]
    monkeypatch.setattr(list_ports, "comports", lambda: ports)
    found = {f.uri: f.label for f in discovery.find_printers()}
    assert found["win32://BIXOLON SRP-350III"] == "BIXOLON SRP-350III (Windows)"
    assert found["serial://COM3"] == "COM3 (USB Serial Port (COM3))"
    for uri in found:
        parse_printer_uri(uri)  # every offer is an address the settings accept
