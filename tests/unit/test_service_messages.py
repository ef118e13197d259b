"""Service error messages are translatable: every raise site names a literal English template
whose placeholders it fills, and backoffice/ui/service_messages.py (what lupdate reads) lists
every template (scripts/gen_service_messages.py)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from backoffice.domain.errors import DomainError, ExternalError, NotFound
from backoffice.domain.money import Money
from backoffice.domain.stages import Stage

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "gen_service_messages.py"


def _generator():
    spec = importlib.util.spec_from_file_location("gen_service_messages", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_raise_site_uses_a_literal_template_with_its_values() -> None:
    _, problems = _generator().collect()
    assert problems == [], (
        "Raise DomainError/ExternalError with a literal template and keyword values, e.g. "
        'DomainError("Order {code} is completed", "R8", code=order.code):\n' + "\n".join(problems)
    )


def test_the_generated_message_list_is_up_to_date() -> None:
    gen = _generator()
    templates, _ = gen.collect()
    current = gen.OUTPUT.read_text(encoding="utf-8") if gen.OUTPUT.exists() else ""
    assert current == gen.render(templates), (
        "backoffice/ui/service_messages.py is out of date: run "
        "`.venv/bin/python scripts/gen_service_messages.py` and commit the result"
    )


def test_an_error_keeps_its_english_sentence_template_and_values() -> None:
    err = DomainError(
        "Order {code} is {stage}: {amount} is too much",
        "R19",
        code="7KQ-M3X",
        stage=Stage.PREPARING,
        amount=Money(39000, "KRW"),
    )
    assert str(err) == "Order 7KQ-M3X is preparing: 39,000원 is too much (R19)"
    assert err.template == "Order {code} is {stage}: {amount} is too much"
    assert err.rule == "R19"
    assert err.params["stage"] is Stage.PREPARING
    assert err.params["amount"] == Money(39000, "KRW")


def test_a_message_without_values_is_not_formatted() -> None:
    assert str(NotFound("No such {thing}")) == "No such {thing}"
    assert str(ExternalError("Printer offline")) == "Printer offline"
    assert ExternalError("Printer offline").params == {}
