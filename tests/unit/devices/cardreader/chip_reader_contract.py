"""The contract every ``ChipReader`` backend meets, run per backend by subclassing.

A subclass provides two fixtures: ``chip_reader`` (the backend under test) and ``slot`` (puts
an emulated chip on that backend's reader and takes it off).
"""

from __future__ import annotations

import threading
from typing import Protocol

import pytest

from workstation.devices.cardreader import CardEvent, ChipReader
from workstation.devices.cardreader.emulator import (
    ICAO_SPECIMEN_MRZ,
    NL_SPECIMEN_MRZ,
    ChipDocument,
    EmulatedChip,
)
from workstation.devices.cardreader.pace import PaceInfo
from workstation.domain.errors import UserFacingError

NL = list(NL_SPECIMEN_MRZ)


class CardSlot(Protocol):
    def place(self, chip: EmulatedChip) -> None: ...

    def take_away(self) -> None: ...


def nl_chip(**faults: object) -> EmulatedChip:
    return EmulatedChip(ChipDocument(NL_SPECIMEN_MRZ), **faults)  # type: ignore[arg-type]


class ChipReaderContract:
    def _assert_reads_specimen(self, chip_reader: ChipReader) -> None:
        result = chip_reader.read_document(NL)
        assert result.mrz_lines == NL_SPECIMEN_MRZ
        assert result.dg1_matches_mrz is True
        assert result.dg1_hash_valid is True
        assert result.data_groups == (1,)

    def test_lists_its_reader(self, chip_reader: ChipReader) -> None:
        assert chip_reader.readers()

    def test_reads_the_dutch_specimen(self, chip_reader: ChipReader, slot: CardSlot) -> None:
        slot.place(nl_chip())
        result = chip_reader.read_document(NL)
        self._assert_reads_specimen(chip_reader)
        assert result.hash_algorithm == "sha256"
        assert result.access == "BAC"
        assert result.apdu_count == 7

    def test_reads_a_pace_only_chip(self, chip_reader: ChipReader, slot: CardSlot) -> None:
        slot.place(nl_chip(access="pace"))
        result = chip_reader.read_document(NL)
        assert result.access == "PACE ECDH-GM AES-128 brainpoolP256r1"
        assert result.mrz_lines == NL_SPECIMEN_MRZ
        assert result.dg1_matches_mrz is True
        assert result.dg1_hash_valid is True

    def test_reads_a_pace_chip_with_the_can(self, chip_reader: ChipReader, slot: CardSlot) -> None:
        slot.place(nl_chip(access="pace"))
        result = chip_reader.read_document([], can="123456")
        assert result.mrz_lines == NL_SPECIMEN_MRZ
        assert result.dg1_matches_mrz is None
        with pytest.raises(UserFacingError) as raised:
            chip_reader.read_document([], can="654321")
        assert raised.value.message == "De chip weigert toegang met deze documentgegevens."

    def test_dg1_differing_from_the_optical_mrz_is_reported(
        self, chip_reader: ChipReader, slot: CardSlot
    ) -> None:
        slot.place(nl_chip())
        optical = [NL[0].replace("WILLEKE", "WILLEMS"), NL[1]]
        result = chip_reader.read_document(optical)
        assert result.dg1_matches_mrz is False
        assert result.dg1_hash_valid is True

    def test_no_card_is_a_clear_message(self, chip_reader: ChipReader, slot: CardSlot) -> None:
        slot.take_away()
        with pytest.raises(UserFacingError) as raised:
            chip_reader.read_document(NL)
        assert raised.value.message == "Er ligt geen document op de chiplezer."

    @pytest.mark.parametrize(
        ("faults", "mrz", "message"),
        [
            ({"pulled_after": 5}, NL, "De kaart is tijdens het lezen weggehaald."),
            ({}, list(ICAO_SPECIMEN_MRZ), "De chip weigert toegang met deze documentgegevens."),
            ({"malformed": True}, NL, "De chip gaf een onverwacht antwoord."),
            ({"access": "pace"}, list(ICAO_SPECIMEN_MRZ),
             "De chip weigert toegang met deze documentgegevens."),
            (
                {"access": "pace", "pace_info": PaceInfo("0.4.0.127.0.7.2.2.4.1.2", 0)},
                NL,
                "De chip van dit document gebruikt een beveiliging die Loket niet kent.",
            ),
        ],
        ids=["pulled-mid-read", "wrong-mrz-key", "malformed-responses", "pace-wrong-mrz-key",
             "only-pace-dh"],
    )
    def test_failure_is_clear_and_the_next_card_reads(
        self,
        chip_reader: ChipReader,
        slot: CardSlot,
        faults: dict[str, object],
        mrz: list[str],
        message: str,
    ) -> None:
        slot.place(nl_chip(**faults))
        with pytest.raises(UserFacingError) as raised:
            chip_reader.read_document(mrz)
        assert raised.value.message == message
        assert raised.value.next_step
        slot.place(nl_chip())
        self._assert_reads_specimen(chip_reader)

    def test_reports_card_events(self, chip_reader: ChipReader, slot: CardSlot) -> None:
        events: list[CardEvent] = []
        arrived, left = threading.Event(), threading.Event()

        def record(event: CardEvent) -> None:
            events.append(event)
            (arrived if event.inserted else left).set()

        slot.take_away()
        chip_reader.on_card_event(record)
        slot.place(nl_chip())
        assert arrived.wait(5)
        slot.take_away()
        assert left.wait(5)
        assert [event.inserted for event in events] == [True, False]
