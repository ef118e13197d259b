"""Customer notifications by SMS (R29, R47) through Aligo (알리고), a Korean SMS provider with a
public HTTP API: `POST https://apis.aligo.in/send/`, form fields `key`, `user_id`, `sender` (a
number registered with Aligo), `receiver`, `msg`, `msg_type` (SMS up to 90 bytes, LMS beyond, with
a `title` of up to 44 bytes), answered with JSON whose `result_code` is 1 when the message was
taken and negative with a `message` when it was not. Carriers count bytes in EUC-KR.

`AligoTarget` is an outbox target like the SMTP one (sync/smtp.py): `push` sends one rendered
notification (payload: to, subject, body). The provider keeps no record we can ask by our key, so
a message whose answer was lost may be sent twice; refused messages are parked with the reason.
Speaks HTTP only: no services, no Qt. The API key comes from the OS keyring (R50).
"""

from __future__ import annotations

from dataclasses import dataclass

from backoffice.sync.errors import ShopRejected, ShopUnreachable
from backoffice.sync.models import OutboxMessage, PushResult

ALIGO_URL = "https://apis.aligo.in/send/"
SMS_BYTES = 90  # one SMS; longer is an LMS
TITLE_BYTES = 44
TIMEOUT = (5.0, 20.0)  # connect, read


@dataclass(frozen=True)
class SmsConfig:
    user_id: str
    sender: str  # the shop's number, registered with the provider
    key: str = ""  # from the keyring at send time; never stored
    url: str = ALIGO_URL

    def __repr__(self) -> str:  # never show the key in logs or tracebacks
        return f"SmsConfig({self.user_id!r}, {self.sender!r}, url={self.url!r})"


def byte_length(text: str) -> int:
    """What carriers count: EUC-KR bytes (a Hangul syllable is two)."""
    return len(text.encode("euc-kr", errors="replace"))


def clip_bytes(text: str, limit: int) -> str:
    while byte_length(text) > limit:
        text = text[:-1]
    return text


def digits(phone: str) -> str:
    return "".join(ch for ch in phone if ch.isdigit())


def form(config: SmsConfig, to: str, subject: str, body: str) -> dict[str, str]:
    """The request's fields for one message."""
    text = body.strip() or subject.strip()
    fields = {
        "key": config.key,
        "user_id": config.user_id,
        "sender": digits(config.sender),
        "receiver": digits(to),
        "msg": text,
        "msg_type": "SMS" if byte_length(text) <= SMS_BYTES else "LMS",
    }
    if fields["msg_type"] == "LMS" and subject.strip():
        fields["title"] = clip_bytes(subject.strip(), TITLE_BYTES)
    return fields


class AligoTarget:
    """An outbox target that texts notifications (R47)."""

    def __init__(self, config: SmsConfig, *, timeout: tuple[float, float] = TIMEOUT) -> None:
        self.config = config
        self.timeout = timeout

    def push(self, entry: OutboxMessage) -> PushResult:
        p = entry.payload
        to = digits(str(p.get("to") or ""))
        if not (to.startswith("01") and len(to) in (10, 11)):
            raise ShopRejected(f"Not a mobile phone number: {p.get('to')!r}")
        if not self.config.key or not self.config.user_id:
            raise ShopRejected("The SMS provider's user id or API key is not set up")
        fields = form(self.config, to, str(p.get("subject") or ""), str(p.get("body") or ""))
        import requests  # loaded when a message is sent, not with the notification settings

        try:
            answer = requests.post(self.config.url, data=fields, timeout=self.timeout)
        except requests.RequestException as exc:
            raise ShopUnreachable(f"SMS provider unreachable: {type(exc).__name__}") from None
        if answer.status_code >= 500 or answer.status_code == 429:
            raise ShopUnreachable(f"SMS provider answered HTTP {answer.status_code}")
        try:
            data = answer.json()
            code = int(str(data.get("result_code")))
        except (ValueError, TypeError, AttributeError):
            raise ShopUnreachable("SMS provider sent an answer that is not its JSON") from None
        if code != 1:
            raise ShopRejected(f"SMS refused ({code}): {str(data.get('message') or '')[:200]}")
        return PushResult(entry.idempotency_key, entry.remote_order_id, None)

    def find_applied(
        self, idempotency_key: str, remote_order_id: int | None, *, entry: OutboxMessage | None
    ) -> PushResult | None:
        return None  # the provider knows nothing of our keys: send again when unsure
