"""Settings of the ID document reader: ``settings.devices.idreader``."""

from __future__ import annotations

from typing import Literal, Self

from pydantic import BaseModel, ConfigDict, Field, model_validator

from workstation.devices.idreader.sim_backend import DEFAULT_SIM_DOCUMENTS


class IdReaderConfig(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    backend: Literal["serial", "wedge", "simulated", "none"] = Field(
        default="none",
        description=(
            "How the MRZ reader is connected: 'serial' (RS-232 or USB virtual COM port), "
            "'wedge' (the reader types like a keyboard), 'simulated' (demo and training only), "
            "or 'none' (no reader at this workstation)."
        ),
    )
    port: str | None = Field(
        default=None,
        description=(
            "Serial port of the reader: COM3 on Windows, a stable /dev/serial/by-id/... path on "
            "Linux, or a pyserial URL. Required for backend 'serial'."
        ),
    )
    baudrate: int = Field(default=9600, gt=0, description="Serial speed set on the reader.")
    line_timeout_s: float = Field(
        default=0.3,
        gt=0,
        le=10,
        description=(
            "Seconds of silence after which a partly received document is dropped and the "
            "staff member is asked to read it again."
        ),
    )
    reconnect_interval_s: float = Field(
        default=2.0,
        gt=0,
        description="Seconds between attempts to reopen a serial port that went away.",
    )
    wedge_max_gap_s: float = Field(
        default=0.05,
        gt=0,
        description=(
            "Keyboard wedge (MRZ reader or 2D QR scanner): longest pause between two keys "
            "that a scanner makes."
        ),
    )
    wedge_min_chars_per_s: float = Field(
        default=30.0,
        gt=0,
        description=(
            "Keyboard wedge (MRZ reader or 2D QR scanner): slowest typing speed still taken "
            "for a scanner."
        ),
    )
    sim_documents: dict[str, list[str]] = Field(
        default_factory=lambda: {key: list(lines) for key, lines in DEFAULT_SIM_DOCUMENTS.items()},
        description="Simulated backend: documents it can present, by key, as MRZ lines.",
    )
    sim_latency_s: float = Field(
        default=0.3,
        ge=0,
        description="Simulated backend: delay between presenting a document and its result.",
    )

    @model_validator(mode="after")
    def _serial_needs_port(self) -> Self:
        if self.backend == "serial" and not self.port:
            raise ValueError("backend 'serial' needs a port")
        return self
