"""Settings for the chip reader (``settings.devices.cardreader``)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class CardReaderConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")

    backend: Literal["pcsc", "simulated", "none"] = Field(
        default="none",
        description="pcsc: a real contactless reader through PC/SC; simulated: an emulated "
        "chip (demo and tests); none: no chip reader at this workstation.",
    )
    reader_name: str = Field(
        default="",
        description="Part of the PC/SC reader name to use (case-insensitive); empty takes the "
        "first reader. Useful when a contact reader for staff cards is also attached.",
    )
    trust_store: str = Field(
        default="",
        description="CSCA certificates for passive authentication: a folder of certificates "
        "(.cer/.crt/.der/.pem, CRLs as .crl, master lists as .ml) or one ICAO master list "
        "file. Empty: chips are read, but whether they are genuine cannot be checked. The "
        "simulated reader trusts its own test CSCA when this is empty.",
    )
    sim_document: Literal["nl_specimen", "icao_specimen"] = Field(
        default="nl_specimen",
        description="Which specimen document lies on the simulated reader.",
    )
    sim_apdu_latency_ms: float = Field(
        default=15.0,
        ge=0,
        description="Simulated time per APDU, like a contactless reader's round trip.",
    )
