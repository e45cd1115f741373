"""The chip reader contract through the real PC/SC stack: pyscard -> pcscd -> vpcd -> emulator."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.pcsc_stack import PcscStack, VpcdSlot
from tests.unit.devices.cardreader.chip_reader_contract import ChipReaderContract
from workstation.devices.cardreader.pcsc_backend import PcscChipReader
from workstation.devices.status import DeviceStatus

pytestmark = pytest.mark.pcscd


class TestPcscChipReader(ChipReaderContract):
    @pytest.fixture
    def chip_reader(self, pcsc_stack: PcscStack) -> Iterator[PcscChipReader]:
        reader = PcscChipReader(pcsc_stack.reader)
        yield reader
        reader.close()

    @pytest.fixture
    def slot(self, pcsc_stack: PcscStack) -> Iterator[VpcdSlot]:
        slot = VpcdSlot(pcsc_stack.reader)
        yield slot
        slot.take_away()


def test_status_follows_the_reader(pcsc_stack: PcscStack) -> None:
    present = PcscChipReader(pcsc_stack.reader)
    absent = PcscChipReader("no such reader anywhere")
    assert present.status() is DeviceStatus.READY
    assert absent.status() is DeviceStatus.OFFLINE
    present.close()
    absent.close()
