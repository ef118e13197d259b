"""Fill the unfinished entries of the .ts files after `resources/translations/update.sh`.

    .venv/bin/python scripts/fill_translations.py [KOREAN.tsv ...]

- English: an unfinished message takes its source text; a plural (%n) one gets a singular form
  ("order(s)" -> "order") and a plural form ("order(s)" -> "orders").
- Korean: unfinished messages are filled from the given tab-separated files, one message a line:
  `Context<TAB>English source<TAB>Korean` (a plural message takes the Korean as its one form).
  Messages still without Korean are listed on stderr and the exit code is 1.
Then run update.sh again (or pyside6-lrelease) to build the .qm files.
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "resources" / "translations"


def _plural(text: str, many: bool) -> str:
    return re.sub(r"\((e?s)\)", lambda m: m.group(1) if many else "", text)


def _unfinished(message: ET.Element) -> ET.Element | None:
    translation = message.find("translation")
    if translation is None or translation.get("type") not in ("unfinished", "vanished"):
        return None
    return translation


def _fill(translation: ET.Element, numerus: bool, forms: list[str]) -> None:
    translation.attrib.pop("type", None)
    translation.text = None
    for child in list(translation):
        translation.remove(child)
    if numerus:
        translation.text = "\n            "
        for form in forms:
            element = ET.SubElement(translation, "numerusform")
            element.text = form
            element.tail = "\n            "
    else:
        translation.text = forms[0]


def _write(tree: ET.ElementTree, path: Path) -> None:
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")


def fill_english() -> None:
    path = TS_DIR / "backoffice_en.ts"
    tree = ET.parse(path)
    for message in tree.iter("message"):
        translation = _unfinished(message)
        if translation is None:
            continue
        source = message.findtext("source") or ""
        numerus = message.get("numerus") == "yes"
        forms = [_plural(source, False), _plural(source, True)] if numerus else [source]
        _fill(translation, numerus, forms)
    _write(tree, path)


def fill_korean(tables: list[Path]) -> list[str]:
    korean: dict[tuple[str, str], str] = {}
    for table in tables:
        for number, line in enumerate(table.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            parts = line.split("\t")
            if len(parts) != 3:
                raise SystemExit(f"{table}:{number}: expected Context<TAB>source<TAB>Korean")
            korean[(parts[0], parts[1])] = parts[2]
    path = TS_DIR / "backoffice_ko.ts"
    tree = ET.parse(path)
    missing: list[str] = []
    for context in tree.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = _unfinished(message)
            if translation is None:
                continue
            source = message.findtext("source") or ""
            text = korean.get((name, source))
            if text is None:
                missing.append(f"{name}\t{source}")
                continue
            _fill(translation, message.get("numerus") == "yes", [text])
    _write(tree, path)
    return missing


def main(argv: list[str]) -> int:
    fill_english()
    missing = fill_korean([Path(a) for a in argv])
    for line in missing:
        print(f"no Korean yet: {line}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
