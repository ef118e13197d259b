"""Every UI string ships in Korean and English (STYLE practice 10).

lupdate is run on the UI sources into a scratch file: each message it finds must have a finished,
non-empty translation in both committed .ts files, and the committed .qm files must be what
lrelease builds from them. When this fails: resources/translations/update.sh, then
scripts/fill_translations.py with the Korean, then update.sh again.
"""

from __future__ import annotations

import ast
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "translations"
BIN = Path(sys.executable).parent


def _messages(path: Path) -> dict[tuple[str, str], list[str]]:
    found: dict[tuple[str, str], list[str]] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            texts: list[str] = []
            if translation is not None and translation.get("type") not in (
                "unfinished",
                "vanished",
                "obsolete",
            ):
                forms = [f.text or "" for f in translation.iter("numerusform")]
                texts = forms or [translation.text or ""]
            found[(name, message.findtext("source") or "")] = texts
    return found


@pytest.fixture(scope="module")
def ui_strings(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str]]:
    scratch = tmp_path_factory.mktemp("lupdate") / "scan.ts"
    sources = sorted(str(p) for p in (ROOT / "backoffice" / "ui").rglob("*.py"))
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), *sources, "-ts", str(scratch)],
        check=True,
        capture_output=True,
    )
    return set(_messages(scratch))


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_every_ui_string_has_a_translation(ui_strings, lang):
    shipped = _messages(TS_DIR / f"backoffice_{lang}.ts")
    missing = sorted(
        f"{context}: {source}"
        for context, source in ui_strings
        if not any(text.strip() for text in shipped.get((context, source), []))
    )
    assert missing == [], f"{len(missing)} UI strings without {lang} translation"


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_shipped_qm_is_built_from_its_ts(tmp_path, lang):
    built = tmp_path / f"{lang}.qm"
    subprocess.run(
        [
            str(BIN / "pyside6-lrelease"),
            str(TS_DIR / f"backoffice_{lang}.ts"),
            "-qm",
            str(built),
        ],
        check=True,
        capture_output=True,
    )
    assert built.read_bytes() == (TS_DIR / f"backoffice_{lang}.qm").read_bytes()


def test_lupdate_can_see_every_plural_translate_call():
    """pyside6-lupdate drops `QCoreApplication.translate(ctx, text, "", n)` when n is an
    expression (`len(codes)`) and makes it a non-plural message when n is a name: either way
    staff would read "1 order(s)", and the tests above cannot notice. Plurals go through a
    class's `self.tr(text, "", n)`, which lupdate reads whatever n is."""
    hidden = []
    for path in sorted((ROOT / "backoffice" / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "translate"
            ):
                continue
            count = node.args[3] if len(node.args) > 3 else None
            count = count or next((k.value for k in node.keywords if k.arg == "n"), None)
            if count is not None and not isinstance(count, ast.Constant):
                hidden.append(f"{path.relative_to(ROOT)}:{node.lineno}: {ast.unparse(count)}")
    assert hidden == []
