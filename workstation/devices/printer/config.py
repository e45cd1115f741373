"""Settings of the ticket printer (``settings.devices.printer``)."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from workstation.devices.printer.model import PrinterStatus


class SimulatedPrinterConfig(BaseModel):
    """How the simulated printer behaves (only with ``backend = "simulated"``)."""

    model_config = ConfigDict(extra="forbid")

    condition: Literal["ready", "paper_low", "paper_out", "cover_open", "offline"] = Field(
        default="ready", description="The state the simulated printer starts in."
    )
    latency_ms: int = Field(
        default=0, ge=0, le=60_000, description="Time every print and status request takes."
    )

    @property
    def status(self) -> PrinterStatus:
        return PrinterStatus(self.condition)


class PrinterConfig(BaseModel):
    """Which ticket printer this workstation has and how to reach it."""

    model_config = ConfigDict(extra="forbid")

    backend: Literal["network", "usb", "serial", "system_queue", "file", "simulated", "none"] = (
        Field(
            default="none",
            description=(
                "How the printer is connected: network (raw TCP, port 9100), usb, serial, "
                "system_queue (a named CUPS or Windows queue, raw), file (a device file such as "
                "/dev/usb/lp0), simulated (no hardware; demo and tests), or none."
            ),
        )
    )
    name: str = Field(default="Bonprinter", min_length=1, description="Name shown to staff.")
    host: str = Field(default="", description="Network printer: host name or IP address.")
    port: int = Field(default=9100, ge=1, le=65535, description="Network printer: TCP port.")
    usb_vendor_id: int | None = Field(
        default=None, ge=0, le=0xFFFF, description='USB printer: vendor id, e.g. 0x04b8 or "04b8".'
    )
    usb_product_id: int | None = Field(
        default=None, ge=0, le=0xFFFF, description="USB printer: product id, e.g. 0x0202."
    )
    serial_device: str = Field(
        default="", description="Serial printer: port, e.g. /dev/ttyUSB0 or COM3."
    )
    serial_baudrate: int = Field(default=9600, gt=0, description="Serial printer: speed.")
    serial_flow_control: Literal["none", "dsrdtr", "xonxoff"] = Field(
        default="dsrdtr", description="Serial printer: flow control (Epson default: DTR/DSR)."
    )
    queue_name: str = Field(
        default="", description="System queue: printer name; empty for the system default."
    )
    file_path: Path | None = Field(default=None, description="File backend: the device file.")
    paper_width_mm: Literal[80, 58] = Field(default=80, description="Paper roll width in mm.")
    columns: int | None = Field(
        default=None,
        ge=20,
        le=64,
        description="Characters per line in font A; empty for 48 (80 mm) or 32 (58 mm). "
        "Some 80 mm printers print 42.",
    )
    timeout_s: float = Field(
        default=3.0, gt=0, le=30,
        description="Connect and send timeout in seconds; also how long a network printer may "
        "take to confirm it took a job (by closing the connection) before Loket reports the "
        "ticket as not confirmed.",
    )
    status_timeout_s: float = Field(
        default=0.5, gt=0, le=5, description="How long to wait for a status answer."
    )
    check_status_before_print: bool = Field(
        default=True,
        description="Ask paper and cover status before each print and in the status bar "
        "(where the connection can read answers). Turn off only for printers that never answer "
        "status requests: the status bar then only shows whether the printer can be reached.",
    )
    simulated: SimulatedPrinterConfig = Field(
        default_factory=SimulatedPrinterConfig, description="Simulated printer behaviour."
    )

    @field_validator("usb_vendor_id", "usb_product_id", mode="before")
    @classmethod
    def _hex_id(cls, value: object) -> object:
        if isinstance(value, str):
            return int(value, 16)
        return value

    @model_validator(mode="after")
    def _backend_has_address(self) -> PrinterConfig:
        missing = {
            "network": not self.host,
            "usb": self.usb_vendor_id is None or self.usb_product_id is None,
            "serial": not self.serial_device,
            "file": self.file_path is None,
        }.get(self.backend, False)
        if missing:
            raise ValueError(f"printer backend {self.backend!r} needs its address settings")
        return self
