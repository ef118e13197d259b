"""Printers are configured by one URI that carries both where the printer is and how to talk to it.

    tcp://192.168.0.50:9100?width=576&mode=korean&drawer=2&status=1
    usb://04b8:0202?width=384
    serial:///dev/ttyUSB0?baudrate=9600
    serial://COM3?baudrate=19200 (Windows)
    file:///dev/usb/lp0          (or any file: the job's bytes are written to it)
    cups://Receipt_Printer       (raw queue, sent with `lp -o raw`)
    win32://BIXOLON SRP-350III   (a Windows printer queue: raw bytes through the spooler, so
                                 the vendor's USB driver stays as it is)

Query parameters (all optional): `width` dots (576 for 80 mm, 512 on some 80 mm models, 384 for
58 mm; "80mm"/"58mm" accepted), `mode` raster|korean|latin (how text is sent; raster works on every
printer and is the default), `cut` 0/1, `drawer` 2/5 (kick the cash drawer on that pin, R38),
`status` 0/1 (the printer answers DLE EOT, so a job counts as sent only when it answers, R41;
on by default for tcp:// printers, which do; `status=0` for one that does not),
`timeout` seconds to send, `connect_timeout`, `lang` escpos|tspl, `label` WxH in mm, `baudrate`.
The URI is what settings store; `PrinterProfile.uri` gives it back normalised.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Literal
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit

from backoffice.domain.errors import DomainError

TextMode = Literal["raster", "korean", "latin"]
CommandLanguage = Literal["escpos", "tspl"]
Scheme = Literal["tcp", "usb", "serial", "file", "cups", "win32"]

SCHEMES: tuple[str, ...] = ("tcp", "usb", "serial", "file", "cups", "win32")
TEXT_MODES: tuple[str, ...] = ("raster", "korean", "latin")
CELL_DOTS = 12  # font A is 12×24 dots: 576 dots = 48 columns, 384 = 32
_PAPER_WIDTHS = {"80mm": 576, "58mm": 384}


@dataclass(frozen=True)
class PrinterProfile:
    scheme: Scheme
    target: str  # host:port, vid:pid, device path, file path or CUPS queue
    width_dots: int = 576
    text_mode: TextMode = "raster"
    cut: bool = True
    drawer_pin: int | None = None
    # None: as the kind of printer does. Network printers answer DLE EOT, so a job to them
    # counts as printed only once the printer says so (R41); others cannot be asked.
    status_query: bool | None = None
    connect_timeout: float = 3.0
    send_timeout: float = 10.0
    language: CommandLanguage = "escpos"
    label_mm: tuple[int, int] = (100, 150)
    baudrate: int = 9600
    dpi: int = 203

    @property
    def columns(self) -> int:
        return self.width_dots // CELL_DOTS

    @property
    def host(self) -> str:
        return self.target.rsplit(":", 1)[0]

    @property
    def port(self) -> int:
        return int(self.target.rsplit(":", 1)[1])

    @property
    def usb_ids(self) -> tuple[int, int]:
        vid, pid = self.target.split(":")
        return int(vid, 16), int(pid, 16)

    @property
    def uri(self) -> str:
        default = PrinterProfile(self.scheme, self.target)
        params: dict[str, str] = {}
        for key, value, base in (
            ("width", self.width_dots, default.width_dots),
            ("mode", self.text_mode, default.text_mode),
            ("cut", int(self.cut), int(default.cut)),
            ("drawer", self.drawer_pin or 0, 0),
            ("status", int(self.status_query), int(default.status_query)),
            ("timeout", _num(self.send_timeout), _num(default.send_timeout)),
            ("connect_timeout", _num(self.connect_timeout), _num(default.connect_timeout)),
            ("lang", self.language, default.language),
            ("label", f"{self.label_mm[0]}x{self.label_mm[1]}", "100x150"),
            ("baudrate", self.baudrate, default.baudrate),
        ):
            if value != base:
                params[key] = str(value)
        local = self.scheme == "file" or (self.scheme == "serial" and _is_path(self.target))
        sep = "///" if local else "//"
        target = self.target.lstrip("/") if sep == "///" else self.target
        query = f"?{urlencode(params)}" if params else ""
        return f"{self.scheme}:{sep}{target}{query}"

    def __post_init__(self) -> None:
        if self.status_query is None:
            object.__setattr__(self, "status_query", self.scheme == "tcp")

    def with_(self, **changes: object) -> PrinterProfile:
        return replace(self, **changes)  # type: ignore[arg-type]


_COM = re.compile(r"COM[1-9][0-9]{0,2}", re.IGNORECASE)


def _is_path(target: str) -> bool:
    return not _COM.fullmatch(target)


def _num(value: float) -> str:
    return f"{value:g}"


def parse_printer_uri(uri: str) -> PrinterProfile:
    """`tcp://10.0.0.5:9100?mode=korean` -> PrinterProfile. Raises DomainError on a bad URI."""
    parts = urlsplit(uri.strip())
    scheme = parts.scheme.lower()
    if scheme not in SCHEMES:
        raise DomainError(
            "Printer address must start with {choices}: {uri!r}",
            choices=", ".join(s + "://" for s in SCHEMES),
            uri=uri,
        )
    if scheme == "tcp":
        if not parts.hostname:
            raise DomainError("Printer address has no host: {uri!r}", uri=uri)
        try:
            port = parts.port or 9100
        except ValueError:
            raise DomainError("Printer port is not a number: {uri!r}", uri=uri) from None
        host = parts.hostname if ":" not in parts.hostname else f"[{parts.hostname}]"
        target = f"{host}:{port}"
    elif scheme == "usb":
        target = _usb_target(parts.netloc or parts.path.lstrip("/"), uri)
    elif scheme == "cups":
        target = unquote(parts.netloc or parts.path.lstrip("/"))
    elif scheme == "win32":  # a Windows queue's name: spaces, even \\SERVER\Printer
        target = unquote(parts.netloc + parts.path).strip()
    elif scheme == "serial" and (parts.netloc or _COM.fullmatch(parts.path.lstrip("/"))):
        target = unquote(parts.netloc or parts.path.lstrip("/")).upper()  # serial://COM3
        if not _COM.fullmatch(target):
            raise DomainError("A serial port is COM1, COM2 … or a /dev path: {uri!r}", uri=uri)
    else:  # file, serial: an absolute path
        target = unquote(parts.path)
        if not target:
            raise DomainError("Printer address has no path: {uri!r}", uri=uri)
    if not target:
        raise DomainError("Printer address is incomplete: {uri!r}", uri=uri)
    profile = PrinterProfile(scheme, target)  # type: ignore[arg-type]
    return _apply_params(profile, dict(parse_qsl(parts.query)), uri)


def _usb_target(text: str, uri: str) -> str:
    try:
        vid, pid = (int(p.lower().removeprefix("0x"), 16) for p in text.split(":"))
    except ValueError:
        raise DomainError(
            "USB printer must be usb://VID:PID in hex (usb://04b8:0202): {uri!r}", uri=uri
        ) from None
    return f"{vid:04x}:{pid:04x}"


def _apply_params(profile: PrinterProfile, params: dict[str, str], uri: str) -> PrinterProfile:
    changes: dict[str, object] = {}
    try:
        if "width" in params:
            width = params["width"].lower()
            changes["width_dots"] = _PAPER_WIDTHS.get(width) or int(width)
        if "mode" in params:
            if params["mode"] not in TEXT_MODES:
                raise ValueError(f"mode must be one of {', '.join(TEXT_MODES)}")
            changes["text_mode"] = params["mode"]
        if "cut" in params:
            changes["cut"] = _flag(params["cut"])
        if "drawer" in params:
            pin = int(params["drawer"])
            if pin not in (0, 2, 5):
                raise ValueError("drawer must be 2 or 5 (0 for none)")
            changes["drawer_pin"] = pin or None
        if "status" in params:
            changes["status_query"] = _flag(params["status"])
        if "timeout" in params:
            changes["send_timeout"] = _positive(params["timeout"])
        if "connect_timeout" in params:
            changes["connect_timeout"] = _positive(params["connect_timeout"])
        if "lang" in params:
            if params["lang"] not in ("escpos", "tspl"):
                raise ValueError("lang must be escpos or tspl")
            changes["language"] = params["lang"]
        if "label" in params:
            w, h = params["label"].lower().split("x")
            changes["label_mm"] = (int(w), int(h))
        if "baudrate" in params:
            changes["baudrate"] = int(params["baudrate"])
    except ValueError as exc:
        raise DomainError("Printer address {uri!r}: {exc}", uri=uri, exc=exc) from None
    width = changes.get("width_dots", profile.width_dots)
    if not isinstance(width, int) or not 96 <= width <= 2400 or width % 8:
        raise DomainError(
            "Printer width must be a multiple of 8 dots (384, 512, 576): {uri!r}", uri=uri
        )
    return replace(profile, **changes)  # type: ignore[arg-type]


def _flag(text: str) -> bool:
    if text.lower() in ("1", "true", "yes", "on"):
        return True
    if text.lower() in ("0", "false", "no", "off"):
        return False
    raise ValueError(f"{text!r} is not 0 or 1")


def _positive(text: str) -> float:
    value = float(text)
    if not 0 < value <= 600:
        raise ValueError("timeouts are seconds between 0 and 600")
    return value
