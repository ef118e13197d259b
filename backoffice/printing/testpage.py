"""The printer test page: staff print it to choose width and text mode (issue 5).

A ruler shows whether the width is right (the last digit must be the last thing on the line, with
nothing wrapped), Korean lines show whether the text mode prints Hangul, and a barcode and QR show
whether the printer renders codes.
"""

from __future__ import annotations

from backoffice.printing.catalogue import word
from backoffice.printing.model import QR, Barcode, Block, Cut, Document, DrawerKick, Row, Rule, Text
from backoffice.printing.profile import PrinterProfile
from backoffice.printing.source import Language

TEST_CODE = "TEST-1234"


def print_test_page(profile: PrinterProfile, language: Language = "ko") -> Document:
    cols = profile.columns
    ruler = "".join(str(i % 10) for i in range(1, cols + 1))
    ticks = "".join("|" if i % 10 == 0 else "+" if i % 5 == 0 else "-" for i in range(1, cols + 1))
    blocks: list[Block] = []
    if profile.drawer_pin:
        blocks.append(DrawerKick(profile.drawer_pin))
    blocks += [
        Text(word("test_page", language), align="center", bold=True, size=2),
        Rule("="),
        Text(f"{word('test_ruler', language)}: {cols} cols / {profile.width_dots} dots"),
        Text(ruler, wrap=False),
        Text(ticks, wrap=False),
        Rule("-"),
        Text(word("test_korean", language), bold=True),
        Text("가나다라마바사아자차카타파하"),
        Text("한글 영수증 출력 시험: 아메리카노 2잔"),
        Text("가" * (cols // 2), wrap=False),
        Row("합계", "39,000원", bold=True),
        Text("ABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789"),
        Rule("-"),
        Text(word("test_settings", language), bold=True),
        Row("mode", profile.text_mode),
        Row("cut", "yes" if profile.cut else "no"),
        Row("drawer", f"pin {profile.drawer_pin}" if profile.drawer_pin else "no"),
        Row("status", "DLE EOT" if profile.status_query else "no"),
        Text(profile.uri, wrap=True),
        Rule("-"),
        Barcode(TEST_CODE),
        QR(TEST_CODE),
    ]
    if profile.cut:
        blocks.append(Cut())
    return Document("test-page", tuple(blocks), language)
