"""Passport and ID-card chip reading (ICAO 9303: PACE or BAC, passive authentication, the face)
on PC/SC readers, real or simulated."""

from __future__ import annotations

from workstation.devices.cardreader._protocol import (
    CardEvent,
    CardEventCallback,
    ChipReader,
    ChipReadResult,
    IdentityCallback,
)
from workstation.devices.cardreader.config import CardReaderConfig

__all__ = [
    "CardEvent",
    "CardEventCallback",
    "CardReaderConfig",
    "ChipReadResult",
    "ChipReader",
    "IdentityCallback",
    "build_cardreader",
]


def build_cardreader(config: CardReaderConfig) -> ChipReader | None:
    """The chip reader ``config`` asks for; None when the workstation has none."""
    if config.backend == "none":
        return None
    from workstation.devices.cardreader.passive_auth import TrustStore, load_trust_store

    trust = load_trust_store(config.trust_store)
    if config.backend == "simulated":
        from workstation.devices.cardreader.sim_backend import SimulatedChipReader, specimen_chip

        chip, country = specimen_chip(config.sim_document)
        if not config.trust_store:
            trust = (TrustStore((country.csca,)), "")
        return SimulatedChipReader(
            chip, apdu_latency_s=config.sim_apdu_latency_ms / 1000, trust=trust
        )
    from workstation.devices.cardreader.pcsc_backend import PcscChipReader

    return PcscChipReader(config.reader_name, trust=trust)
