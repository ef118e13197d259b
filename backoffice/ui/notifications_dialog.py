"""Settings → Notifications… (R47): edit the customer notification templates with a live preview,
and choose how notifications are sent (the web shop's customer notes or SMTP).

Templates: pick the event and the language, edit subject and body; the preview below fills them
from a sample order, or from the order that was open when the dialog was opened. Unknown
placeholders show in the preview at once and are refused on save (services.notify_templates).
Sending: channel, customers' language, shop name, bank account, events switched off, the SMTP
server; a password typed here goes to the OS keyring only (R50). Everything touching the
database or the keyring runs on the database worker; the preview is computed on the GUI thread
from plain strings.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from backoffice.core import Core
from backoffice.domain import notify
from backoffice.domain.errors import DomainError
from backoffice.services.notify import settings as notify_settings
from backoffice.services.notify import templates as notify_templates
from backoffice.services.notify.settings import NotifySettings
from backoffice.services.staff.actor import Actor
from backoffice.ui import labels
from backoffice.ui.errors_text import error_text
from backoffice.ui.ops import Ops

LANGUAGE_NAMES = (("ko", "한국어"), ("en", "English"))


def event_name(event: str) -> str:
    return QCoreApplication.translate("NotificationEvents", labels.NOTIFY_EVENTS[event])


class NotificationsDialog(QDialog):
    loaded = Signal()
    saved = Signal()

    def __init__(
        self, worker: Ops, actor: Actor, code: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.worker, self.actor, self.code = worker, actor, code
        self.setWindowTitle(self.tr("Customer notifications"))
        self.templates: dict[tuple[str, str], tuple[notify.Template, bool]] = {}
        self.values: dict[str, dict[str, str]] = {}
        self._key: tuple[str, str] | None = None
        tabs = QTabWidget(self)
        tabs.addTab(self._templates_tab(), self.tr("Templates"))
        tabs.addTab(self._sending_tab(), self.tr("Sending"))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setObjectName("notifyMessage")
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.setEnabled(False)
        worker.submit(
            lambda core: core.read(notify_templates.editor_data, code), self._loaded, self._failed
        )

    # ---- layout -----------------------------------------------------------------------------

    def _templates_tab(self) -> QWidget:
        page = QWidget(self)
        self.event = QComboBox(page)
        for event in notify.EVENTS:
            self.event.addItem(event_name(event), event)
        self.language = QComboBox(page)
        for lang, name in LANGUAGE_NAMES:
            self.language.addItem(name, lang)
        self.state = QLabel(page)
        self.subject = QLineEdit(page)
        self.body = QPlainTextEdit(page)
        self.body.setTabChangesFocus(True)
        known = " ".join("{" + p + "}" for p in notify.PLACEHOLDERS)
        hint = QLabel(self.tr("Placeholders: %1").replace("%1", known), page)
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #666;")
        source = self.tr("order %1").replace("%1", self.code) if self.code else self.tr("a sample")
        self.preview_caption = QLabel(self.tr("Preview (filled from %1)").replace("%1", source))
        self.preview_subject = QLabel(page)
        self.preview_subject.setStyleSheet("font-weight: bold;")
        self.preview_body = QPlainTextEdit(page)
        self.preview_body.setReadOnly(True)
        self.save_button = QPushButton(self.tr("Save template"), page)
        self.reset_button = QPushButton(self.tr("Back to the default"), page)
        self.save_button.clicked.connect(self.save_template)
        self.reset_button.clicked.connect(self.reset_template)
        picks = QHBoxLayout()
        picks.addWidget(self.event, 1)
        picks.addWidget(self.language)
        picks.addWidget(self.state)
        form = QFormLayout()
        form.addRow(self.tr("Subject"), self.subject)
        form.addRow(self.tr("Message"), self.body)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reset_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(page)
        layout.addLayout(picks)
        layout.addLayout(form, 2)
        layout.addWidget(hint)
        layout.addLayout(buttons)
        layout.addWidget(self.preview_caption)
        layout.addWidget(self.preview_subject)
        layout.addWidget(self.preview_body, 2)
        self.event.currentIndexChanged.connect(self._pick)
        self.language.currentIndexChanged.connect(self._pick)
        self.subject.textChanged.connect(self.update_preview)
        self.body.textChanged.connect(self.update_preview)
        return page

    def _sending_tab(self) -> QWidget:
        page = QWidget(self)
        self.channel = QComboBox(page)
        self.channel.addItem(self.tr("Do not notify customers"), "off")
        self.channel.addItem(self.tr("Customer note in the web shop"), "shop")
        self.channel.addItem(self.tr("E-mail (SMTP)"), "email")
        self.channel.addItem(self.tr("Text message (SMS, Aligo)"), "sms")
        self.customer_language = QComboBox(page)
        for lang, name in LANGUAGE_NAMES:
            self.customer_language.addItem(name, lang)
        self.shop_name = QLineEdit(page)
        self.bank_account = QLineEdit(page)
        self.event_boxes = {e: QCheckBox(event_name(e), page) for e in notify.EVENTS}
        self.smtp_host = QLineEdit(page)
        self.smtp_port = QSpinBox(page)
        self.smtp_port.setRange(1, 65535)
        self.smtp_security = QComboBox(page)
        self.smtp_security.addItem("STARTTLS", "starttls")
        self.smtp_security.addItem("SSL/TLS", "ssl")
        self.smtp_security.addItem(self.tr("None (local relay only)"), "plain")
        self.smtp_user = QLineEdit(page)
        self.smtp_from = QLineEdit(page)
        self.smtp_from.setPlaceholderText("우리가게 <shop@example.kr>")
        self.smtp_password = QLineEdit(page)
        self.smtp_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.smtp_password.setPlaceholderText(self.tr("unchanged (kept in the system keyring)"))
        self.sms_user_id = QLineEdit(page)
        self.sms_sender = QLineEdit(page)
        self.sms_sender.setPlaceholderText("02-123-4567")
        self.sms_key = QLineEdit(page)
        self.sms_key.setEchoMode(QLineEdit.EchoMode.Password)
        self.sms_key.setPlaceholderText(self.tr("unchanged (kept in the system keyring)"))
        self.save_settings_button = QPushButton(self.tr("Save settings"), page)
        self.save_settings_button.clicked.connect(self.save_settings)
        form = QFormLayout(page)
        form.addRow(self.tr("Send"), self.channel)
        form.addRow(self.tr("Customers' language"), self.customer_language)
        form.addRow(self.tr("Shop name"), self.shop_name)
        form.addRow(self.tr("Bank account for transfers"), self.bank_account)
        events = QVBoxLayout()
        for box in self.event_boxes.values():
            events.addWidget(box)
        form.addRow(self.tr("Notify on"), events)
        form.addRow(self.tr("SMTP server"), self.smtp_host)
        form.addRow(self.tr("Port"), self.smtp_port)
        form.addRow(self.tr("Security"), self.smtp_security)
        form.addRow(self.tr("User name"), self.smtp_user)
        form.addRow(self.tr("Password"), self.smtp_password)
        form.addRow(self.tr("From"), self.smtp_from)
        form.addRow(self.tr("SMS user id"), self.sms_user_id)
        form.addRow(self.tr("SMS sender number"), self.sms_sender)
        form.addRow(self.tr("SMS API key"), self.sms_key)
        form.addRow(self.save_settings_button)
        return page

    # ---- loading ----------------------------------------------------------------------------

    def _loaded(self, data: dict[str, Any]) -> None:
        self.templates, self.values = data["templates"], data["values"]
        self._show_settings(data["settings"])
        lang = data["settings"].language
        self.language.setCurrentIndex(max(self.language.findData(lang), 0))
        self.setEnabled(True)
        self._pick()
        self.loaded.emit()

    def _failed(self, exc: Exception) -> None:
        self.setEnabled(True)
        self.message.setText(error_text(exc))

    def _show_settings(self, s: NotifySettings) -> None:
        self.channel.setCurrentIndex(max(self.channel.findData(s.channel), 0))
        self.customer_language.setCurrentIndex(max(self.customer_language.findData(s.language), 0))
        self.shop_name.setText(s.shop_name)
        self.bank_account.setText(s.bank_account)
        for event, box in self.event_boxes.items():
            box.setChecked(event not in s.events_off)
        self.smtp_host.setText(s.smtp_host)
        self.smtp_port.setValue(s.smtp_port)
        self.smtp_security.setCurrentIndex(max(self.smtp_security.findData(s.smtp_security), 0))
        self.smtp_user.setText(s.smtp_user)
        self.smtp_from.setText(s.smtp_from)
        self.sms_user_id.setText(s.sms_user_id)
        self.sms_sender.setText(s.sms_sender)
        self._sms_url = s.sms_url

    # ---- templates --------------------------------------------------------------------------

    def current_key(self) -> tuple[str, str]:
        return str(self.event.currentData()), str(self.language.currentData())

    def _pick(self) -> None:
        if not self.templates:
            return
        self._key = self.current_key()
        template, edited = self.templates[self._key]
        self.subject.setText(template.subject)
        self.body.setPlainText(template.body)
        self.state.setText(self.tr("edited") if edited else self.tr("default"))
        self.update_preview()

    def update_preview(self) -> None:
        template = notify.Template(self.subject.text(), self.body.toPlainText())
        values = self.values.get(str(self.language.currentData()), {})
        try:
            notify.check(template)
            filled = notify.render(template, values)
        except DomainError as exc:
            self.preview_subject.setText("")
            self.preview_body.setPlainText(error_text(exc))
            self.preview_body.setStyleSheet("color: #b00020;")
            self.save_button.setEnabled(False)
            return
        self.preview_body.setStyleSheet("")
        self.preview_subject.setText(filled.subject)
        self.preview_body.setPlainText(filled.body)
        self.save_button.setEnabled(True)

    def save_template(self) -> None:
        (event, lang), actor = self.current_key(), self.actor
        subject, body = self.subject.text(), self.body.toPlainText()

        def job(core: Core) -> notify.Template:
            return core.write(notify_templates.save, actor, event, lang, subject, body)

        def done(template: notify.Template) -> None:
            self.templates[(event, lang)] = (template, True)
            self.state.setText(self.tr("edited"))
            self.message.setText(self.tr("Template saved."))
            self.saved.emit()

        self.worker.submit(job, done, self._failed)

    def reset_template(self) -> None:
        (event, lang), actor = self.current_key(), self.actor

        def job(core: Core) -> notify.Template:
            return core.write(notify_templates.reset, actor, event, lang)

        def done(template: notify.Template) -> None:
            self.templates[(event, lang)] = (template, False)
            self.message.setText(self.tr("The default template is used again."))
            self._pick()

        self.worker.submit(job, done, self._failed)

    # ---- sending ----------------------------------------------------------------------------

    def settings(self) -> NotifySettings:
        return replace(
            NotifySettings(),
            channel=str(self.channel.currentData()),
            language=str(self.customer_language.currentData()),
            shop_name=self.shop_name.text(),
            bank_account=self.bank_account.text(),
            events_off=frozenset(e for e, b in self.event_boxes.items() if not b.isChecked()),
            smtp_host=self.smtp_host.text(),
            smtp_port=self.smtp_port.value(),
            smtp_security=str(self.smtp_security.currentData()),
            smtp_user=self.smtp_user.text(),
            smtp_from=self.smtp_from.text(),
            sms_user_id=self.sms_user_id.text(),
            sms_sender=self.sms_sender.text(),
            sms_url=getattr(self, "_sms_url", NotifySettings().sms_url),
        )

    def save_settings(self) -> None:
        settings, actor, password = self.settings(), self.actor, self.smtp_password.text()
        sms_key = self.sms_key.text()

        def job(core: Core) -> NotifySettings:
            saved = core.write(notify_settings.save, actor, settings)
            if password:  # the keyring only (R50)
                notify_settings.set_smtp_password(actor, password)
            if sms_key:
                notify_settings.set_sms_key(actor, sms_key)
            return saved

        def done(_saved: NotifySettings) -> None:
            self.smtp_password.clear()
            self.sms_key.clear()
            self.message.setText(self.tr("Notification settings saved."))
            self.saved.emit()

        self.worker.submit(job, done, self._failed)


def open_notifications(
    parent: QWidget, worker: Ops, actor: Actor, code: str | None = None
) -> NotificationsDialog:
    dialog = NotificationsDialog(worker, actor, code, parent)
    dialog.show()
    return dialog
