"""The one line the UI shows for a failure or a timeline event, in the UI's language.

Services raise errors with an English template and named values (domain/errors.py). Here the
template is translated in context "ServiceMessages" (listed by ui/service_messages.py), stored
codes among the values become their translated labels (a stage, a payment request state, a print
job state …), amounts are formatted, and the rule is appended as `str(err)` does. A template
without a translation, or a translation that does not fit the values, falls back to `str(err)`.
Timeline events recorded with values (services/orders/history.record) are worded the same way.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from PySide6.QtCore import QCoreApplication

from backoffice.domain.errors import BackofficeError
from backoffice.domain.money import Money, format_money
from backoffice.domain.stages import ShipmentStage, Stage
from backoffice.ui import labels

logger = logging.getLogger(__name__)

CONTEXT = "ServiceMessages"
RULES = re.compile(r"\s*\(R\d+(?:, ?R\d+)*\)")


def _tables() -> dict[str, tuple[str, dict[str, str]]]:
    """Value name -> (translation context, stored code -> English label)."""
    stage = ("Labels", labels.STAGES)
    return {
        "stage": stage,
        "target": stage,
        "label_stage": stage,
        "order_stage": stage,
        "channel": ("Labels", labels.CHANNELS),
        "request_state": ("PaymentStates", labels.REQUEST_STATES),
        "claim_kind": ("Claims", labels.CLAIM_KINDS),
        "claim_state": ("Claims", labels.CLAIM_STATES),
        "claim_target": ("Claims", labels.CLAIM_STATES),
        "job_state": ("PrintQueue", labels.PRINT_STATES),
        "document": ("PrintQueue", labels.PRINT_DOCUMENTS),
        "method": ("Refunds", labels.REFUND_METHODS),  # how a customer paid or was paid back
        "via": ("Timeline", labels.TIMELINE_CHANNELS),
        "reason": ("Labels", labels.CANCEL_REASONS),
        "line_kind": ("Items", labels.LINE_KINDS),  # staff's own words pass as they are
    }


def _word(name: str, value: Any, tables: dict[str, tuple[str, dict[str, str]]]) -> Any:
    value = Money.from_json(value) or value  # a timeline event's stored amount
    if isinstance(value, Money):
        return format_money(value.amount, value.currency)
    if isinstance(value, Stage | ShipmentStage) and name not in tables:
        return labels.label(labels.STAGES, value.value)
    if name in tables:
        context, table = tables[name]
        source = table.get(str(value))
        if source:
            return QCoreApplication.translate(context, source)
    return value


def error_text(err: BaseException) -> str:
    """What the cashier reads for `err` (any exception; non-Backoffice ones as `str(err)`). The
    rule number stays out: it means nothing at the counter (the log and `str(err)` keep it)."""
    template = getattr(err, "template", None)
    if not isinstance(err, BackofficeError) or not isinstance(template, str):
        return str(err)
    return message_text(template, err.params, "") or err.text


def message_text(template: str, params: dict[str, Any] | None, fallback: str) -> str:
    """`template` translated and filled with `params` (as error_text does); `fallback` (the
    stored English sentence) when the translation does not fit the values. A rule number some
    older templates carry ("… (R43)") is left out: it means nothing at the counter."""
    text = without_rules(QCoreApplication.translate(CONTEXT, template))
    if not params:
        return text
    tables = _tables()
    values = {name: _word(name, value, tables) for name, value in params.items()}
    try:
        return text.format(**values)
    except (KeyError, IndexError, ValueError, AttributeError):
        logger.warning("translation of %r does not fit its values", template)
        return without_rules(fallback)


def without_rules(text: str) -> str:
    """The text without rule numbers: "not sent (R43)" -> "not sent"."""
    return RULES.sub("", text)


def event_text(text: str, message: dict[str, Any] | None) -> str:
    """A timeline event's line: its message translated, else the stored English text."""
    if not isinstance(message, dict) or not isinstance(message.get("template"), str):
        return without_rules(text)
    params = message.get("params")
    return message_text(message["template"], params if isinstance(params, dict) else None, text)
