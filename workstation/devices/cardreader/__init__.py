"""Passport and ID-card chip reading (ICAO 9303 BAC) on PC/SC readers, real or simulated."""

from __future__ import annotations

from workstation.devices.cardreader._protocol import (
    CardEvent,
    CardEventCallback,
    ChipReader,
    ChipReadResult,
)
from workstation.devices.cardreader.config import CardReaderConfig

__all__ = [
    "CardEvent",
    "CardEventCallback",
    "CardReaderConfig",
    "ChipReadResult",
    "ChipReader",
    "build_cardreader",
]


def build_cardreader(config: CardReaderConfig) -> ChipReader | None:
    """The chip reader ``config`` asks for; None when the workstation has none."""
    if config.backend == "none":
        return None
    if config.backend == "simulated":
        from workstation.devices.cardreader.emulator import SPECIMENS, ChipDocument, EmulatedChip
        from workstation.devices.cardreader.sim_backend import SimulatedChipReader

        chip = EmulatedChip(ChipDocument(SPECIMENS[config.sim_document]))
        return SimulatedChipReader(chip, apdu_latency_s=config.sim_apdu_latency_ms / 1000)
    from workstation.devices.cardreader.pcsc_backend import PcscChipReader

    return PcscChipReader(config.reader_name)
