"""Printing figures against issue 5's targets: receipt-to-bytes < 50 ms, invoice-to-PDF < 200 ms.

Run: `python benchmarks/bench_printing.py [rounds]`. Not collected by pytest. The first call of
each (font loading) is reported separately; the targets are for a warm process, as in the app.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "docs" / "printing"))

from sample import ORDER, SHOP  # noqa: E402

from backoffice.printing import parse_printer_uri, render  # noqa: E402


def measure(name: str, work: Callable[[], bytes], target_ms: float, rounds: int) -> bool:
    started = time.perf_counter()
    size = len(work())
    first = (time.perf_counter() - started) * 1000
    times = []
    for _ in range(rounds):
        t = time.perf_counter()
        work()
        times.append((time.perf_counter() - t) * 1000)
    times.sort()
    median = statistics.median(times)
    p95 = times[min(len(times) - 1, int(len(times) * 0.95))]
    ok = p95 < target_ms
    print(
        f"{name:<32} median {median:7.2f} ms  p95 {p95:7.2f} ms  first {first:7.1f} ms  "
        f"{size:>7} bytes  target < {target_ms:g} ms  {'OK' if ok else 'SLOW'}"
    )
    return ok


def main() -> int:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 50
    raster80 = parse_printer_uri("tcp://printer:9100?drawer=2")
    raster58 = parse_printer_uri("tcp://printer:9100?width=384")
    korean = parse_printer_uri("tcp://printer:9100?mode=korean&drawer=2")
    results = [
        measure(
            "receipt -> ESC/POS raster 80mm",
            lambda: render("receipt", ORDER, SHOP, raster80),
            50,
            rounds,
        ),
        measure(
            "receipt -> ESC/POS raster 58mm",
            lambda: render("receipt", ORDER, SHOP, raster58),
            50,
            rounds,
        ),
        measure(
            "receipt -> ESC/POS korean 80mm",
            lambda: render("receipt", ORDER, SHOP, korean),
            50,
            rounds,
        ),
        measure(
            "receipt -> preview PNG 80mm", lambda: render("receipt", ORDER, SHOP, "png"), 50, rounds
        ),
        measure("invoice -> PDF", lambda: render("invoice", ORDER, SHOP, "pdf"), 200, rounds),
        measure("label -> PDF", lambda: render("label", ORDER, SHOP, "pdf"), 200, rounds),
    ]
    return 0 if all(results) else 1


if __name__ == "__main__":
    raise SystemExit(main())
