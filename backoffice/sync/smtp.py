"""Sending customer notifications by SMTP (R47). Speaks SMTP only: no services, no Qt.

`SmtpTarget` is an outbox target like a shop connector: `push` sends one rendered notification
(payload: to, subject, body, language) as a UTF-8 text/plain message. SMTP cannot be asked
afterwards whether a message arrived, so `find_applied` knows nothing and a message whose answer
was lost may be sent twice; its Message-ID comes from the outbox row's idempotency key, so mail
programs show such a repeat once. Connect and read timeouts always; TLS certificates verified
(STARTTLS or SSL), plain only when staff chose it. The password comes from the OS keyring (R50).
"""

from __future__ import annotations

import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formataddr, formatdate, make_msgid, parseaddr

from backoffice.sync.errors import ShopRejected, ShopUnreachable
from backoffice.sync.models import OutboxMessage, PushResult

SECURITY = ("starttls", "ssl", "plain")
TIMEOUT = 20.0  # seconds, for connecting and for every answer


@dataclass(frozen=True)
class SmtpConfig:
    host: str
    port: int = 587
    security: str = "starttls"  # starttls | ssl | plain
    user: str = ""
    sender: str = ""  # From: "우리가게 <shop@example.kr>"
    password: str = ""  # from the keyring at send time; never stored

    def __repr__(self) -> str:  # never show the password in logs or tracebacks
        return f"SmtpConfig({self.host!r}, {self.port}, {self.security!r}, user={self.user!r})"


def build_message(
    config: SmtpConfig, to: str, subject: str, body: str, key: str = ""
) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = config.sender or config.user
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = formatdate(localtime=True)
    domain = parseaddr(config.sender or config.user)[1].rpartition("@")[2] or None
    msg["Message-ID"] = f"<{key}@{domain}>" if key and domain else make_msgid(domain=domain)
    msg.set_content(body, charset="utf-8")
    return msg


def _connect(config: SmtpConfig, timeout: float) -> smtplib.SMTP:
    context = ssl.create_default_context()
    if config.security == "ssl":
        return smtplib.SMTP_SSL(config.host, config.port, timeout=timeout, context=context)
    client = smtplib.SMTP(config.host, config.port, timeout=timeout)
    if config.security == "starttls":
        client.starttls(context=context)
    return client


def send(config: SmtpConfig, message: EmailMessage, *, timeout: float = TIMEOUT) -> None:
    """Send one message. ShopUnreachable for trouble worth retrying (server down, 4xx);
    ShopRejected for what a retry cannot fix (login refused, 5xx for the address)."""
    if config.security not in SECURITY:
        raise ShopRejected(f"Unknown SMTP security {config.security!r}")
    if not config.host:
        raise ShopRejected("No SMTP server is set up for notifications")
    try:
        with _connect(config, timeout) as client:
            if config.user:
                client.login(config.user, config.password)
            client.send_message(message)
    except smtplib.SMTPAuthenticationError as exc:
        raise ShopRejected(f"The SMTP server refused the login ({exc.smtp_code})") from None
    except smtplib.SMTPRecipientsRefused as exc:
        codes = [code for code, _msg in exc.recipients.values()]
        if all(400 <= c < 500 for c in codes):
            raise ShopUnreachable(f"The SMTP server deferred the recipient ({codes[0]})") from None
        raise ShopRejected(f"The SMTP server refused the address {message['To']}") from None
    except smtplib.SMTPResponseException as exc:
        text = f"The SMTP server answered {exc.smtp_code}"
        if 400 <= exc.smtp_code < 500:
            raise ShopUnreachable(text) from None
        raise ShopRejected(text) from None
    except ssl.SSLCertVerificationError as exc:
        raise ShopRejected(
            f"The SMTP server's certificate is not trusted: {exc.verify_message}"
        ) from None
    except (smtplib.SMTPException, OSError) as exc:
        raise ShopUnreachable(f"The SMTP server {config.host}:{config.port}: {exc}") from None


class SmtpTarget:
    """An outbox target that e-mails notifications (R47)."""

    def __init__(self, config: SmtpConfig, *, timeout: float = TIMEOUT) -> None:
        self.config = config
        self.timeout = timeout

    def push(self, entry: OutboxMessage) -> PushResult:
        p = entry.payload
        to = str(p.get("to") or "")
        if "@" not in parseaddr(to)[1]:
            raise ShopRejected(f"Not an e-mail address: {to!r}")
        name = str(p.get("to_name") or "")
        message = build_message(
            self.config,
            formataddr((name, to)) if name else to,
            str(p.get("subject") or ""),
            str(p.get("body") or ""),
            entry.idempotency_key,
        )
        send(self.config, message, timeout=self.timeout)
        return PushResult(entry.idempotency_key, entry.remote_order_id, None)

    def find_applied(
        self, idempotency_key: str, remote_order_id: int | None, *, entry: OutboxMessage | None
    ) -> PushResult | None:
        return None  # SMTP keeps no record we could ask: send again (same Message-ID)
