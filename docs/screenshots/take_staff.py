"""Screenshots of sign-in, manager approval and the notification editor in Korean and English.

    .venv/bin/python docs/screenshots/take_staff.py   # writes docs/screenshots/{sign_in,approval,staff,notifications}_{ko,en}.png

Builds a throwaway demo database (`backoffice demo --orders 50`, whose staff have PINs) and grabs
each dialog once its data has loaded.
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

from PySide6.QtWidgets import QApplication  # noqa: E402

from backoffice.app import open_database  # noqa: E402
from backoffice.services.staff.actor import staff  # noqa: E402
from backoffice.ui.application import install_translators  # noqa: E402
from backoffice.ui.approval import ApprovalDialog  # noqa: E402
from backoffice.ui.notifications_dialog import NotificationsDialog  # noqa: E402
from backoffice.ui.opening import add_bundled_fonts  # noqa: E402
from backoffice.ui.ops import Ops  # noqa: E402
from backoffice.ui.sign_in import SignInDialog  # noqa: E402
from backoffice.ui.staff_dialog import StaffDialog  # noqa: E402
from docs.screenshots.take import wait  # noqa: E402

OUT = ROOT / "docs" / "screenshots"


def main() -> None:
    folder = Path(tempfile.mkdtemp())
    url = f"sqlite:///{folder / 'demo.sqlite3'}"
    subprocess.run(
        [sys.executable, "-m", "backoffice", "--db", url, "demo", "--orders", "50"],
        cwd=ROOT,
        check=True,
    )
    app = QApplication(sys.argv)
    add_bundled_fonts()
    ctx = open_database(url)
    worker = Ops(ctx.core)
    for language in ("ko", "en"):
        translators = install_translators(app, language)
        sign_in = SignInDialog(worker)
        sign_in.show()
        wait(app, lambda d=sign_in: d.staff_list.count() > 0 and worker.idle)
        sign_in.staff_list.setCurrentRow(0)
        sign_in.pin_edit.setText("12")
        app.processEvents()
        sign_in.grab().save(str(OUT / f"sign_in_{language}.png"))
        sign_in.close()

        reason = app.translate("ServiceMessages", "Only a manager can refund")
        approval = ApprovalDialog(worker, staff("김지은"), reason)
        approval.show()
        wait(app, lambda d=approval: d.manager_combo.count() > 0 and worker.idle)
        approval.grab().save(str(OUT / f"approval_{language}.png"))
        approval.close()

        people = StaffDialog(worker, staff("박민수", manager=True))
        people.show()
        wait(app, lambda d=people: d.table.rowCount() > 0 and worker.idle)
        app.processEvents()
        people.grab().save(str(OUT / f"staff_{language}.png"))
        people.close()

        editor = NotificationsDialog(worker, staff("박민수", manager=True))
        editor.resize(900, 640)
        editor.show()
        wait(app, lambda d=editor: d.isEnabled() and worker.idle)
        app.processEvents()
        editor.grab().save(str(OUT / f"notifications_{language}.png"))
        editor.close()
        for t in translators:
            app.removeTranslator(t)
        print("wrote", language)
    wait(app, lambda: worker.idle, 3000)
    worker.stop()
    ctx.close()


if __name__ == "__main__":
    main()
