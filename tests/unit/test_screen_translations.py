"""Every screen text has an English translation, and the shipped .qm files are current.

``pyside6-lupdate`` collects the ``tr()`` texts from the code; each must be in the committed
``.ts`` with a finished translation, and ``pyside6-lrelease`` of that ``.ts`` must give the
committed ``.qm`` byte for byte. (Error texts from below the UI: test_error_translations.py.)
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
BIN = Path(sys.executable).parent
CATALOGS = {
    "workstation_en": sorted((ROOT / "workstation" / "ui").glob("*.py")),
    "display_en": sorted((ROOT / "queue_display").rglob("*.py")),
}

Message = tuple[str, str]


def _messages(ts_file: Path) -> dict[Message, ET.Element | None]:
    found: dict[Message, ET.Element | None] = {}
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message.find("translation")
    return found


def _finished(translation: ET.Element | None) -> bool:
    if translation is None or translation.get("type") in {"unfinished", "vanished",
                                                          "obsolete"}:
        return False
    forms = [form.text for form in translation.iter("numerusform")]
    return all(forms) if forms else bool(translation.text)


@pytest.mark.parametrize("catalog", sorted(CATALOGS))
def test_every_screen_text_is_translated(catalog: str, tmp_path: Path) -> None:
    fresh = tmp_path / f"{catalog}.ts"
    subprocess.run([BIN / "pyside6-lupdate", *CATALOGS[catalog], "-ts", fresh],
                   check=True, capture_output=True, timeout=120)
    committed = _messages(TRANSLATIONS / f"{catalog}.ts")
    missing = [key for key in _messages(fresh) if not _finished(committed.get(key))]
    assert missing == [], f"translate these in {catalog}.ts (pyside6-lupdate, then Linguist)"


@pytest.mark.parametrize("catalog", sorted(CATALOGS))
def test_compiled_catalog_is_current(catalog: str, tmp_path: Path) -> None:
    compiled = tmp_path / f"{catalog}.qm"
    subprocess.run([BIN / "pyside6-lrelease", TRANSLATIONS / f"{catalog}.ts", "-qm", compiled],
                   check=True, capture_output=True, timeout=120)
    assert compiled.read_bytes() == (TRANSLATIONS / f"{catalog}.qm").read_bytes()
