"""Settings → Shops: connect a WooCommerce shop from the window (issue 15).

The list on the left holds the shops; the form on the right adds one or edits the chosen one:
address, consumer key and secret (the secret goes to the OS keyring, never the database; left
empty on an edit, the stored one is kept), and the query-string option for hosts that strip the
Authorization header. "Test connection" asks the shop, in the background, for its site title,
WooCommerce version (5.8 or newer is needed), the key's rights and the size of the first pull
(sync/woocommerce/probe.py), and says in one line what is wrong when something is. Saving is a
manager's (R48): a cashier is asked for a manager's PIN.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from backoffice.domain.errors import DomainError
from backoffice.services.staff.actor import Actor
from backoffice.services.sync import shops
from backoffice.ui.approval import manager_fallback
from backoffice.ui.detail.message_bar import MessageBar
from backoffice.ui.failures import message_for
from backoffice.ui.ops import Ops


class ShopsDialog(QDialog):
    def __init__(self, worker: Ops, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker, self.actor = worker, actor
        self.rows: list[shops.ShopRow] = []
        self.last_probe: shops.Probe | None = None
        self.setWindowTitle(self.tr("Shops"))
        self.message_bar = MessageBar(self)

        self.shop_list = QListWidget(self)
        self.shop_list.currentRowChanged.connect(self._chosen)
        self.add_button = QPushButton(self.tr("Add shop"), self)
        self.add_button.clicked.connect(self.new_shop)
        left = QVBoxLayout()
        left.addWidget(self.shop_list, 1)
        left.addWidget(self.add_button)

        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("e.g. main shop"))
        self.url = QLineEdit(self)
        self.url.setPlaceholderText("https://shop.example")
        self.key = QLineEdit(self)
        self.key.setPlaceholderText("ck_…")
        self.secret = QLineEdit(self)
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.query_auth = QCheckBox(
            self.tr("Send the key in the address (for hosts that strip the Authorization header)"),
            self,
        )
        self.test_button = QPushButton(self.tr("Test connection"), self)
        self.test_button.clicked.connect(self.test_connection)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Shop address"), self.url)
        form.addRow(self.tr("Consumer key"), self.key)
        form.addRow(self.tr("Consumer secret"), self.secret)
        form.addRow("", self.query_auth)
        form.addRow(self.test_button, self.result)
        help_text = QLabel(
            self.tr(
                "Make the key in WooCommerce → Settings → Advanced → REST API, with Read/Write "
                "permission, for a shop manager."
            ),
            self,
        )
        help_text.setWordWrap(True)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(help_text)
        right.addStretch(1)

        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addLayout(right, 3)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message_bar)
        layout.addLayout(body, 1)
        layout.addWidget(self.buttons)
        self.resize(760, 380)
        self.new_shop()
        self.reload()

    # ---- the list ------------------------------------------------------------------------

    def reload(self, select: str = "") -> None:
        self.worker.submit(
            lambda core: core.read(shops.list_shops), lambda rows: self._listed(rows, select)
        )

    def _listed(self, rows: list[shops.ShopRow], select: str) -> None:
        self.rows = rows
        self.shop_list.blockSignals(True)
        self.shop_list.clear()
        for row in rows:
            text = row.name if not row.site_title else f"{row.name} — {row.site_title}"
            if row.is_default:
                text += " " + self.tr("(default)")
            self.shop_list.addItem(QListWidgetItem(text))
        self.shop_list.blockSignals(False)
        chosen = next((i for i, r in enumerate(rows) if r.name == select), -1)
        if chosen < 0 and rows and not self.name.text():
            chosen = 0
        if chosen >= 0:
            self.shop_list.setCurrentRow(chosen)

    def _chosen(self, index: int) -> None:
        if not 0 <= index < len(self.rows):
            return
        row = self.rows[index]
        self.name.setText(row.name)
        self.name.setReadOnly(True)  # the keyring holds the secret under this name
        self.url.setText(row.base_url)
        self.key.setText(row.api_key)
        self.secret.clear()
        self.secret.setPlaceholderText(self.tr("unchanged (kept in the system keyring)"))
        self.query_auth.setChecked(row.auth_mode == "query")
        self.result.clear()
        self.last_probe = None

    def new_shop(self) -> None:
        self.shop_list.clearSelection()
        self.shop_list.setCurrentRow(-1)
        self.name.setReadOnly(False)
        for edit in (self.name, self.url, self.key, self.secret):
            edit.clear()
        self.secret.setPlaceholderText("cs_…")
        self.query_auth.setChecked(False)
        self.result.clear()
        self.last_probe = None
        self.name.setFocus()

    # ---- test and save -------------------------------------------------------------------

    def _auth_mode(self) -> str:
        return "query" if self.query_auth.isChecked() else ""

    def test_connection(self) -> None:
        url, key, secret = self.url.text(), self.key.text(), self.secret.text()
        name, mode = self.name.text().strip(), self._auth_mode()
        self.test_button.setEnabled(False)
        self.result.setText(self.tr("Asking the shop…"))
        self.message_bar.hide()

        def ask() -> shops.Probe:
            # An edit without a new secret tests with the one in the keyring.
            return shops.check_connection(url, key, secret or shops.secret_of(name), mode)

        self.worker.pool(ask, self._tested, self._test_failed)

    def _tested(self, found: shops.Probe) -> None:
        self.test_button.setEnabled(True)
        self.last_probe = found
        if not found.ok:
            self.result.setText(self.tr("Not connected"))
            self.message_bar.show_error(self._problem(found))
            if found.offer_query_auth:
                self.query_auth.setChecked(True)
            return
        orders = self.tr("%n order(s) to pull", "", found.orders or 0)
        rights = (
            self.tr("the key can read and write")
            if found.can_write
            else self.tr("the key can only read: changes made here cannot reach the shop")
        )
        self.result.setText(
            f"{found.site_title} · WooCommerce {found.version} · {rights} · {orders}"
        )
        if not found.can_write:
            self.message_bar.show_error(
                self.tr("Make a key with Read/Write permission, or changes stay here.")
            )

    def _problem(self, found: shops.Probe) -> str:
        """The probe's problem in the window's language; the shop's own words where they help."""
        worded = {
            "bad_address": self.tr("The shop address must start with https:// (or http://)."),
            "not_wordpress": self.tr("No WordPress site answers at this address: check it."),
            "no_woocommerce": self.tr("WooCommerce's REST API is not active on this site."),
            "too_old": self.tr("WooCommerce %1 is too old: 5.8 or newer is needed.").replace(
                "%1", found.version or "?"
            ),
            "unknown_key": self.tr(
                "The shop does not know this consumer key: copy it again from WooCommerce."
            ),
            "wrong_secret": self.tr("The consumer secret does not match the key: copy it again."),
            "no_key_seen": self.tr(
                "The shop saw no key: its host strips the Authorization header. The key is now "
                "set to go in the address; test again."
            ),
            "no_rights": self.tr(
                "The key's user may not manage WooCommerce: make the key for a shop manager."
            ),
            "unreachable": self.tr("The shop could not be reached: %1"),
            "refused": self.tr("The shop refused: %1"),
        }
        return worded.get(found.kind, "%1").replace("%1", found.problem)

    def _test_failed(self, exc: Exception) -> None:
        self.test_button.setEnabled(True)
        self.result.setText(self.tr("Not connected"))
        self.message_bar.show_error(message_for(self, exc), cause=exc)

    def save(self) -> None:
        name, url, key = self.name.text(), self.url.text(), self.key.text()
        secret, mode, actor = self.secret.text(), self._auth_mode(), self.actor
        probe = self.last_probe
        editing = self.name.isReadOnly()
        if not editing and not secret.strip():
            self.message_bar.show_error(self.tr("A new shop needs its consumer secret."))
            return
        refused = manager_fallback(self, self.save)

        def write(core: object) -> shops.AddedShop:
            added = core.write(  # type: ignore[attr-defined]
                shops.add_shop, "woocommerce", name, url, key, secret, actor=actor, auth_mode=mode
            )
            if probe is not None and probe.site_title:
                core.write(shops.remember_probe, added.id, probe)  # type: ignore[attr-defined]
            return added

        def saved(added: shops.AddedShop) -> None:
            if added.secret_note:
                self.message_bar.show_error(added.secret_note)
            else:
                self.message_bar.show_info(self.tr("Shop %1 saved").replace("%1", added.name))
            self.reload(select=added.name)

        def failed(exc: Exception) -> None:
            if not (isinstance(exc, DomainError) and refused(exc)):
                self.message_bar.show_error(message_for(self, exc), cause=exc)

        self.worker.submit(write, saved, failed)
