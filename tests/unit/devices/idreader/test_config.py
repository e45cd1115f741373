from __future__ import annotations

from datetime import date

import pytest
from pydantic import ValidationError

from workstation.devices.idreader import IdReaderConfig, build_idreader, parse_mrz
from workstation.devices.idreader.serial_backend import SerialIdReader
from workstation.devices.idreader.sim_backend import SimulatedIdReader
from workstation.devices.idreader.wedge_backend import WedgeIdReader


def test_defaults() -> None:
    config = IdReaderConfig()
    assert config.backend == "none"
    assert config.baudrate == 9600
    for lines in config.sim_documents.values():
        parse_mrz(lines, today=date(2026, 11, 29))


def test_every_field_is_described() -> None:
    assert all(field.description for field in IdReaderConfig.model_fields.values())


def test_unknown_settings_are_refused() -> None:
    with pytest.raises(ValidationError):
        IdReaderConfig.model_validate({"backend": "serial", "port": "COM3", "speed": 9600})


def test_serial_needs_a_port() -> None:
    with pytest.raises(ValidationError, match="needs a port"):
        IdReaderConfig(backend="serial")


def test_build_none() -> None:
    assert build_idreader(IdReaderConfig()) is None


def test_build_serial() -> None:
    reader = build_idreader(IdReaderConfig(backend="serial", port="/dev/ttyUSB0", baudrate=19200))
    assert isinstance(reader, SerialIdReader)
    assert (reader.port, reader.baudrate, reader.simulated) == ("/dev/ttyUSB0", 19200, False)


def test_build_wedge() -> None:
    assert isinstance(build_idreader(IdReaderConfig(backend="wedge")), WedgeIdReader)


def test_build_simulated() -> None:
    config = IdReaderConfig(backend="simulated", sim_documents={"a": ["x"]})
    reader = build_idreader(config)
    assert isinstance(reader, SimulatedIdReader)
    assert reader.simulated is True
    assert reader.document_keys == ("a",)
