"""Printer URIs parse into profiles and back (issue 5); bad addresses are refused clearly."""

from __future__ import annotations

import pytest

from backoffice.domain.errors import DomainError
from backoffice.printing.catalogue import keys, word
from backoffice.printing.profile import parse_printer_uri


@pytest.mark.parametrize(
    ("uri", "scheme", "target"),
    [
        ("tcp://192.168.0.50:9100", "tcp", "192.168.0.50:9100"),
        ("tcp://printer.local", "tcp", "printer.local:9100"),
        ("usb://04b8:0202", "usb", "04b8:0202"),
        ("usb://0x04B8:0x0E15", "usb", "04b8:0e15"),
        ("serial:///dev/ttyUSB0?baudrate=19200", "serial", "/dev/ttyUSB0"),
        ("file:///tmp/receipt.bin", "file", "/tmp/receipt.bin"),
        ("cups://Receipt_Printer", "cups", "Receipt_Printer"),
    ],
)
def test_uris(uri, scheme, target):
    profile = parse_printer_uri(uri)
    assert (profile.scheme, profile.target) == (scheme, target)
    assert parse_printer_uri(profile.uri) == profile


def test_options():
    p = parse_printer_uri(
        "tcp://10.0.0.5:9100?width=58mm&mode=korean&drawer=2&status=1&timeout=4&cut=0"
    )
    assert (p.width_dots, p.columns, p.text_mode) == (384, 32, "korean")
    assert (p.drawer_pin, p.status_query, p.send_timeout, p.cut) == (2, True, 4.0, False)
    assert (p.host, p.port) == ("10.0.0.5", 9100)
    assert parse_printer_uri("tcp://x?width=512").columns == 42
    assert parse_printer_uri("serial:///dev/ttyS0?baudrate=19200").baudrate == 19200
    defaults = parse_printer_uri("tcp://x")
    assert (defaults.width_dots, defaults.text_mode, defaults.cut, defaults.drawer_pin) == (
        576,
        "raster",
        True,
        None,
    )
    assert defaults.send_timeout < 60  # never python-escpos' 60 s network default


@pytest.mark.parametrize(
    "uri",
    [
        "http://printer",
        "tcp://",
        "tcp://x:notaport",
        "usb://epson",
        "tcp://x?mode=chinese",
        "tcp://x?width=577",
        "tcp://x?drawer=3",
        "tcp://x?timeout=-1",
        "file://",
    ],
)
def test_bad_uris_are_refused(uri):
    with pytest.raises(DomainError):
        parse_printer_uri(uri)


def test_catalogue_has_both_languages():
    for key in keys():
        assert word(key, "ko") and word(key, "en")
    assert word("total", "ko") == "합계" and word("total", "en") == "Total"
    assert word("no-such-key", "ko") == "no-such-key"
