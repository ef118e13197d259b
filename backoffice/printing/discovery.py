"""The printers this PC can reach, to choose from in the printer settings (issue 15).

- Windows printer queues (win32://NAME, through the spooler; pywin32);
- CUPS queues on Linux and macOS (cups://NAME, from `lpstat -e`);
- serial ports (serial://COM3, serial:///dev/ttyUSB0; pyserial);
- USB devices of the printer class (usb://VID:PID; pyusb and libusb).

Each source that is missing here (no pywin32, no CUPS, no pyusb) just adds nothing. Network
printers are typed in (tcp://ADDRESS:9100): scanning the shop's network is not ours to do.
"""

from __future__ import annotations

import logging
import subprocess
from dataclasses import dataclass

from backoffice.printing import spooler

logger = logging.getLogger(__name__)
USB_PRINTER_CLASS = 7


@dataclass(frozen=True)
class Found:
    uri: str
    label: str  # what the list shows: the name and where it is


def find_printers() -> list[Found]:
    found: list[Found] = []
    for source in (_windows, _cups, _serial, _usb):
        try:
            found.extend(source())
        except Exception as exc:  # noqa: BLE001 - one broken source must not hide the others
            logger.info("printer discovery: %s failed: %s", source.__name__, exc)
    return found


def _windows() -> list[Found]:
    return [Found(f"win32://{name}", f"{name} (Windows)") for name in spooler.installed_queues()]


def _cups() -> list[Found]:
    try:
        done = subprocess.run(
            ["lpstat", "-e"], capture_output=True, text=True, timeout=5, check=False
        )
    except (FileNotFoundError, subprocess.TimeoutExpired):
        return []
    names = [line.strip() for line in done.stdout.splitlines() if line.strip()]
    return [Found(f"cups://{name}", f"{name} (CUPS)") for name in names]


def _serial() -> list[Found]:
    try:
        from serial.tools import list_ports
    except ImportError:
        return []
    out = []
    for port in sorted(list_ports.comports(), key=lambda p: p.device):
        device = str(port.device)
        uri = f"serial://{device}"  # serial://COM3, serial:///dev/ttyUSB0
        what = port.description if port.description and port.description != "n/a" else ""
        out.append(Found(uri, f"{device} ({what})" if what else device))
    return out


def _usb() -> list[Found]:
    try:
        import usb.core
    except ImportError:
        return []

    def is_printer(device: object) -> bool:
        if getattr(device, "bDeviceClass", None) == USB_PRINTER_CLASS:
            return True
        configs = device  # a device iterates over its configurations, each over its interfaces
        return any(
            i.bInterfaceClass == USB_PRINTER_CLASS
            for config in configs  # type: ignore[attr-defined]
            for i in config
        )

    found = usb.core.find(find_all=True, custom_match=is_printer) or []
    return [
        Found(
            f"usb://{d.idVendor:04x}:{d.idProduct:04x}", f"USB {d.idVendor:04x}:{d.idProduct:04x}"
        )
        for d in found
    ]
