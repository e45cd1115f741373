"""The chip reader contract against the simulated backend (emulator in-process)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.unit.devices.cardreader.chip_reader_contract import ChipReaderContract
from workstation.devices.cardreader import CardReaderConfig, build_cardreader
from workstation.devices.cardreader.emulator import EmulatedChip
from workstation.devices.cardreader.sim_backend import SimulatedChipReader
from workstation.devices.status import DeviceStatus


class _SimSlot:
    def __init__(self, reader: SimulatedChipReader) -> None:
        self._reader = reader

    def place(self, chip: EmulatedChip) -> None:
        self._reader.insert_card(chip)

    def take_away(self) -> None:
        self._reader.remove_card()


class TestSimulatedChipReader(ChipReaderContract):
    @pytest.fixture
    def chip_reader(self) -> Iterator[SimulatedChipReader]:
        reader = SimulatedChipReader(apdu_latency_s=0)
        yield reader
        reader.close()

    @pytest.fixture
    def slot(self, chip_reader: SimulatedChipReader) -> _SimSlot:
        return _SimSlot(chip_reader)


def test_build_from_config_gives_a_simulated_reader_with_the_specimen() -> None:
    reader = build_cardreader(
        CardReaderConfig(backend="simulated", sim_document="icao_specimen", sim_apdu_latency_ms=0)
    )
    assert reader is not None
    assert reader.simulated is True
    assert reader.status() is DeviceStatus.SIMULATED
    result = reader.read_document(
        [
            "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
            "L898902C<3UTO6908061F9406236ZE184226B<<<<<14",
        ]
    )
    assert result.dg1_matches_mrz is True
    reader.close()


def test_build_none_and_pcsc() -> None:
    assert build_cardreader(CardReaderConfig(backend="none")) is None
    pcsc = build_cardreader(CardReaderConfig(backend="pcsc", reader_name="Virtual"))
    assert pcsc is not None
    assert pcsc.simulated is False
    pcsc.close()
