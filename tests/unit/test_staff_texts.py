"""Staff texts speak the staff's language: no technical jargon, one name per device."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
JARGON = re.compile(r"\b(MRZ|PACE|BAC|APDU|DG1|EF\.SOD|ICAO|eMRTD|ESC/POS|DLE EOT|ASB)\b")
# Generic device words that do not say which device is meant ("de lezer": which one?).
VAGUE_DEVICE = re.compile(r"\b(de|De|op de) (lezer|printer)\b")


def sources(catalog: str) -> list[str]:
    root = ET.parse(TRANSLATIONS / f"{catalog}.ts").getroot()
    return [message.findtext("source") or "" for message in root.iter("message")]


@pytest.mark.parametrize("catalog", ["errors_en", "workstation_en"])
def test_no_jargon_in_staff_texts(catalog: str) -> None:
    assert [text for text in sources(catalog) if JARGON.search(text)] == []


def test_devices_are_named_by_their_one_name() -> None:
    assert [text for text in sources("errors_en") if VAGUE_DEVICE.search(text)] == []
