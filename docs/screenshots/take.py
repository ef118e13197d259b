"""Screenshots of the order list in Korean and English, taken offscreen (README, issue 3).

    .venv/bin/python docs/screenshots/take.py        # writes docs/screenshots/order-list-{ko,en}.png

Builds a throwaway demo database (`backoffice demo --orders 300`), opens the real window on it
and grabs it once the list has painted.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEventLoop, QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from sqlalchemy import text  # noqa: E402

from backoffice.app import open_database  # noqa: E402
from backoffice.services.staff.actor import staff  # noqa: E402
from backoffice.ui.application import install_translators  # noqa: E402
from backoffice.ui.main_menus import install_menus  # noqa: E402
from backoffice.ui.main_window import MainWindow  # noqa: E402
from backoffice.ui.opening import add_bundled_fonts  # noqa: E402
from backoffice.ui.ops import Ops  # noqa: E402
from backoffice.ui.printing.runner import PrintQueueRunner  # noqa: E402


def wait(app: QApplication, condition, timeout_ms: int = 20000) -> None:  # type: ignore[no-untyped-def]
    loop = QEventLoop()
    timer = QTimer(interval=20)
    timer.timeout.connect(lambda: condition() and loop.quit())
    timer.start()
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    timer.stop()


def main() -> None:
    folder = Path(tempfile.mkdtemp())
    url = f"sqlite:///{folder / 'demo.sqlite3'}"
    subprocess.run(
        [sys.executable, "-m", "backoffice", "--db", url, "demo", "--orders", "300"],
        cwd=ROOT,
        check=True,
    )
    app = QApplication(sys.argv)
    add_bundled_fonts()
    ctx = open_database(url)
    for language in ("ko", "en"):
        with ctx.engine.begin() as conn:  # each language fits its own columns (no saved widths)
            conn.execute(text("UPDATE list_tabs SET columns = NULL"))
        translators = install_translators(app, language)
        worker = Ops(ctx.core)
        settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(worker, staff("demo"), "demo.sqlite3", settings=settings)
        install_menus(window, PrintQueueRunner(worker, window), url)  # the app's menu bar
        window.resize(1400, 720)
        window.show()
        wait(app, lambda w=window: bool(w.tabs) and w.model.is_loaded and len(w.counts) > 0)
        window.table.selectRow(1)
        for r in range(40):
            window.model.index(r, 0).data()
        wait(app, lambda w=window: w.worker.idle and w.model.snapshot(30) is not None)
        app.processEvents()
        out = ROOT / "docs" / "screenshots" / f"order-list-{language}.png"
        window.grab().save(str(out))
        print("wrote", out)
        window.live.stop()
        wait(app, lambda w=worker: w.idle, 3000)
        window.close()
        worker.stop()
        for t in translators:
            app.removeTranslator(t)
    ctx.close()


if __name__ == "__main__":
    main()
