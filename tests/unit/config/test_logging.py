import json
import logging
from pathlib import Path

import pytest

from workstation.domain.bsn import mask_bsn_shapes
from workstation.logging_setup import configure_logging


@pytest.mark.parametrize("text", [
    "bsn 999993653 gevonden", "BSN=999993653;", "9999.93.653", "9999 93 653", "(999993653)",
])
def test_bsn_shapes_are_masked(text: str) -> None:
    masked = mask_bsn_shapes(text)
    assert "999993653" not in masked.replace(".", "").replace(" ", "")
    assert "*********" in masked


@pytest.mark.parametrize("text", [
    "ticket A012", "1234567890 is an A-nummer length", "postcode 3077AW", "12345678",
    "2026-11-29 12:00:00", "port 35963",
])
def test_other_numbers_stay(text: str) -> None:
    assert mask_bsn_shapes(text) == text


def test_log_files_per_category_and_masked(tmp_path: Path) -> None:
    configure_logging(tmp_path, "INFO", json_lines=True)
    try:
        logging.getLogger("loket.devices").info("read document of %s", "999993653")
        logging.getLogger("loket.queue").info("called A001")
        try:
            raise ValueError("bad bsn 999990639")
        except ValueError:
            logging.getLogger("loket.sync").exception("sync failed")
    finally:
        for handler in [*logging.getLogger("loket").handlers,
                        *logging.getLogger("loket.devices").handlers]:
            handler.flush()
    devices = (tmp_path / "devices.log").read_text()
    assert "read document of *********" in devices
    assert "called A001" in (tmp_path / "queue.log").read_text()
    everything = (tmp_path / "loket.log").read_text()
    assert "called A001" in everything and "read document" in everything
    assert "999993653" not in everything and "999990639" not in everything
    assert "ValueError" in (tmp_path / "sync.log").read_text()
    lines = [json.loads(line) for line in (tmp_path / "loket.jsonl").read_text().splitlines()]
    assert {entry["logger"] for entry in lines} >= {"loket.devices", "loket.queue"}
    assert all("999990639" not in json.dumps(entry) for entry in lines)
    configure_logging(tmp_path / "again", "INFO")  # reconfiguring closes the old files
