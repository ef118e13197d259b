"""Template checking and filling (R47): plain Python, no database."""

from __future__ import annotations

import pytest

from backoffice.domain import notify
from backoffice.domain.errors import DomainError
from backoffice.services.notify import templates as notify_templates

pytestmark = pytest.mark.rule("R47")


def test_every_event_has_a_shipped_default_in_korean_and_english_using_known_placeholders():
    for language in notify.LANGUAGES:
        templates = notify_templates.defaults(language)
        assert set(templates) == set(notify.EVENTS)
        for template in templates.values():
            notify.check(template)  # raises on an unknown placeholder


def test_unknown_placeholder_is_refused_with_the_names_staff_can_use():
    with pytest.raises(DomainError) as err:
        notify.check(notify.Template("주문 {code}", "안녕하세요 {customer_name}님, {tracking}"))
    message = str(err.value)
    assert "{customer_name}" in message
    assert "{buyer}" in message and "{tracking}" in message


@pytest.mark.parametrize(
    "body",
    ["{code.__class__}", "{code!r}", "{total:>10}", "unmatched { brace", "{items[0]}"],
)
def test_only_plain_placeholders_are_accepted(body: str):
    with pytest.raises(DomainError):
        notify.check(notify.Template("subject", body))


def test_an_empty_or_multi_line_subject_is_refused():
    with pytest.raises(DomainError):
        notify.check(notify.Template("  ", "body"))
    with pytest.raises(DomainError):
        notify.check(notify.Template("one\ntwo", "body"))


def test_rendering_fills_values_keeps_escaped_braces_and_drops_lines_with_nothing_to_say():
    template = notify.Template(
        "[{shop}] {code} 발송",
        "{buyer}님\n택배사: {carrier}\n입금 계좌: {bank_account}\n{{괄호}} 그대로\n",
    )
    values = {"shop": "우리가게", "code": "7KQ-M3X-2AB", "buyer": "이서연", "carrier": "CJ대한통운"}
    out = notify.render(template, values)
    assert out.subject == "[우리가게] 7KQ-M3X-2AB 발송"
    assert out.body == "이서연님\n택배사: CJ대한통운\n{괄호} 그대로\n"
