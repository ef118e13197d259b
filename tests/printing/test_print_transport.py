"""Sending jobs over real TCP to a fake printer on 127.0.0.1, and to files, USB, CUPS (R41).

The outcome must be honest: `failed` only when nothing can have reached the printer (safe to
retry), `uncertain` when bytes left but the printer never confirmed, `sent` otherwise; and every
call returns within its timeout.
"""

from __future__ import annotations

import os
import stat
import time

import pytest
from escpos_decoder import BarcodeEvent, decode
from fake_printer import STATUS_QUERY, FakePrinter, refused_port

from backoffice.printing.api import render
from backoffice.printing.profile import parse_printer_uri
from backoffice.printing.transport import Outcome, probe, send

pytestmark = pytest.mark.rule("R41")

SLACK = 1.0  # scheduling allowance on a loaded CI machine
BIG_JOB = b"\x1b@" + b"A" * (64 * 1024 * 1024)  # larger than any loopback socket buffers


def test_korean_receipt_over_tcp_prints_hangul(order, shop):
    with FakePrinter("capture") as printer:
        profile = parse_printer_uri(f"{printer.uri}?mode=korean&timeout=5")
        job = render("receipt", order, shop, profile)
        result = send(job, profile)
        assert printer.finished.wait(5)
    # A network printer is asked for its status by default, and its answer confirms the job.
    assert result.outcome is Outcome.SENT and result.confirmed and printer.status_queries == 1
    assert bytes(printer.received) == job
    paper = decode(bytes(printer.received))
    assert "에티오피아 예가체프 원두 250g" in paper.text
    assert [b.payload for b in paper.of(BarcodeEvent)] == ["7KQ-M3X"]


def test_status_answer_confirms_the_job(order, shop):
    with FakePrinter("status") as printer:
        profile = parse_printer_uri(f"{printer.uri}?status=1&timeout=5")
        job = render("receipt", order, shop, profile)
        result = send(job, profile)
        assert printer.finished.wait(5)
    assert result.outcome is Outcome.SENT
    assert result.confirmed and result.status == 0x16
    # The query followed the job's bytes; a real-time command, answered and not printed.
    assert bytes(printer.received) == job and printer.status_queries == 1


def test_offline_status_is_not_counted_as_printed():
    with FakePrinter("status", status_byte=0x1E) as printer:  # bit 3: offline
        result = send(b"\x1b@hello\n", parse_printer_uri(f"{printer.uri}?status=1&timeout=3"))
    assert result.outcome is Outcome.UNCERTAIN
    assert "offline" in result.error


def test_refused_connection_fails_fast_and_is_safe_to_retry():
    profile = parse_printer_uri(f"tcp://127.0.0.1:{refused_port()}?timeout=2")
    started = time.monotonic()
    result = send(b"\x1b@hello\n", profile)
    assert time.monotonic() - started < 2
    assert result.outcome is Outcome.FAILED and result.safe_to_retry
    assert result.bytes_sent == 0
    assert "refused" in result.error


def test_stalled_printer_without_answer_is_uncertain_within_the_timeout(order, shop):
    with FakePrinter("stall") as printer:
        profile = parse_printer_uri(f"{printer.uri}?mode=korean&status=1&timeout=1")
        job = render("receipt", order, shop, profile)
        started = time.monotonic()
        result = send(job, profile)
        elapsed = time.monotonic() - started
    # The write "succeeded" (the kernel buffered it) but nobody answered DLE EOT: not sent.
    assert result.outcome is Outcome.UNCERTAIN and not result.safe_to_retry
    assert result.bytes_sent == len(job)
    assert 0.9 <= elapsed < 1 + SLACK
    assert "confirm" in result.error


def test_stalled_printer_that_stops_reading_times_out_mid_job():
    with FakePrinter("stall") as printer:
        profile = parse_printer_uri(f"{printer.uri}?timeout=1")
        started = time.monotonic()
        result = send(BIG_JOB, profile)
        elapsed = time.monotonic() - started
    assert result.outcome is Outcome.UNCERTAIN
    assert 0 < result.bytes_sent < len(BIG_JOB)
    assert elapsed < 1 + SLACK
    assert "stopped taking data" in result.error


def test_printer_dropping_the_connection_mid_job_is_uncertain():
    with FakePrinter("drop", drop_after=4096) as printer:
        profile = parse_printer_uri(f"{printer.uri}?timeout=5")
        started = time.monotonic()
        result = send(BIG_JOB, profile)
        assert time.monotonic() - started < 5 + SLACK
        assert printer.finished.wait(5)
    assert result.outcome is Outcome.UNCERTAIN
    assert 4096 <= result.bytes_sent < len(BIG_JOB)
    assert len(printer.received) == 4096


def test_dropped_small_job_with_status_query_is_uncertain():
    with FakePrinter("drop", drop_after=10) as printer:
        result = send(b"\x1b@" + b"x" * 100, parse_printer_uri(f"{printer.uri}?status=1&timeout=3"))
    assert result.outcome is Outcome.UNCERTAIN


def test_probe_asks_for_status_without_printing():
    with FakePrinter("status") as printer:
        result = probe(parse_printer_uri(printer.uri), timeout=2)
        assert printer.finished.wait(5)
    assert result.confirmed and printer.status_queries == 1 and bytes(printer.received) == b""


def test_file_transport_writes_the_job(tmp_path):
    target = tmp_path / "job.bin"
    result = send(b"\x1b@abc", parse_printer_uri(target.as_uri()))
    assert result.outcome is Outcome.SENT
    assert target.read_bytes() == b"\x1b@abc"
    missing = send(b"x", parse_printer_uri((tmp_path / "no" / "dir.bin").as_uri()))
    assert missing.outcome is Outcome.FAILED and missing.safe_to_retry


class _FakeUsb:
    """Stands in for python-escpos' Usb (no USB device in CI): the only mocked transport."""

    def __init__(self, open_error=None, write_error=None, answer=b"") -> None:
        self.open_error, self.write_error, self.answer = open_error, write_error, answer
        self.written = bytearray()
        self.closed = False

    def open(self):
        if self.open_error:
            raise self.open_error

    def _raw(self, data):
        if self.write_error:
            raise self.write_error
        self.written += data

    def _read(self):
        return self.answer

    def close(self):
        self.closed = True


def _use_usb(monkeypatch, fake):
    monkeypatch.setattr("backoffice.printing.transport._usb_printer", lambda profile, limit: fake)


def test_usb_outcomes(monkeypatch):
    profile = parse_printer_uri("usb://04b8:0202?timeout=2")
    fake = _FakeUsb()
    _use_usb(monkeypatch, fake)
    assert send(b"job", profile).outcome is Outcome.SENT and fake.written == b"job" and fake.closed

    _use_usb(monkeypatch, _FakeUsb(open_error=OSError("Device not found")))
    unplugged = send(b"job", profile)
    assert unplugged.outcome is Outcome.FAILED and "not available" in unplugged.error

    _use_usb(monkeypatch, _FakeUsb(write_error=OSError("timeout")))
    assert send(b"job", profile).outcome is Outcome.UNCERTAIN

    confirmed = _FakeUsb(answer=b"\x16")
    _use_usb(monkeypatch, confirmed)
    result = send(b"job", profile.with_(status_query=True))
    assert result.confirmed and confirmed.written == b"job" + STATUS_QUERY

    _use_usb(monkeypatch, _FakeUsb(answer=b""))
    assert send(b"job", profile.with_(status_query=True)).outcome is Outcome.UNCERTAIN


def test_cups_sends_raw_through_lp(tmp_path, monkeypatch):
    spool = tmp_path / "spool.bin"
    lp = tmp_path / "lp"
    lp.write_text(f'#!/bin/sh\necho "$@" > {tmp_path}/args\ncat > {spool}\n')
    lp.chmod(lp.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("PATH", f"{tmp_path}{os.pathsep}{os.environ['PATH']}")
    result = send(b"\x1b@raw", parse_printer_uri("cups://Receipt_Printer"))
    assert result.outcome is Outcome.SENT
    assert spool.read_bytes() == b"\x1b@raw"
    assert (tmp_path / "args").read_text().split() == ["-d", "Receipt_Printer", "-o", "raw"]


def test_cups_missing_lp_fails(monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))
    result = send(b"x", parse_printer_uri("cups://Receipt"))
    assert result.outcome is Outcome.FAILED


@pytest.mark.rule("R41")
def test_a_network_printer_that_never_answers_leaves_the_job_unconfirmed(order, shop):
    """Default settings: a printer that takes the bytes but never answers the status query is
    not reported as printed (it may be out of paper with its buffer full)."""
    with FakePrinter("silent") as printer:
        profile = parse_printer_uri(f"{printer.uri}?timeout=2")
        assert profile.status_query  # on by default for tcp://
        result = send(render("receipt", order, shop, profile), profile)
    assert result.outcome is Outcome.UNCERTAIN and not result.confirmed
    assert "did not confirm" in result.error
    off = parse_printer_uri(f"{printer.uri}?status=0")
    assert not off.status_query and "status=0" in off.uri  # one that cannot answer: turned off


def test_a_receipt_shows_supply_value_and_vat_that_add_up(order, shop):
    """Issue 14: the decoded receipt prints 공급가액 and 부가세, and they make the total."""
    import dataclasses
    import re

    from backoffice.domain import vat

    with FakePrinter("capture") as printer:
        profile = parse_printer_uri(f"{printer.uri}?mode=korean&timeout=5")
        send(render("receipt", order, shop, profile), profile)
        assert printer.finished.wait(5)
    paper = decode(bytes(printer.received)).text

    def amount(word: str) -> int:
        found = re.search(word + r"\s+([\d,]+)원", paper)
        assert found, (word, paper)
        return int(found.group(1).replace(",", ""))

    assert amount("공급가액") + amount("부가세") == order.total == 90_000
    assert amount("부가세") == 8_182
    # A web shop that reported its tax is believed; a foreign currency without one prints none.
    assert vat.split(22_000, "KRW", reported_tax=1_500) == (20_500, 1_500)
    assert dataclasses.replace(order, currency="USD").vat_split is None
