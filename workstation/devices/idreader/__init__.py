"""ID document reader: reads the MRZ of passports and ID cards (issue 3, DESIGN.md §6)."""

from __future__ import annotations

from workstation.devices.idreader._protocol import IdDocumentReader, IdReaderUnavailableError
from workstation.devices.idreader.config import IdReaderConfig
from workstation.devices.idreader.mrz import MrzDocument, MrzError, parse_mrz
from workstation.devices.idreader.sim_backend import SimulatedIdReader

__all__ = [
    "IdDocumentReader",
    "IdReaderConfig",
    "IdReaderUnavailableError",
    "MrzDocument",
    "MrzError",
    "build_idreader",
    "parse_mrz",
]


def build_idreader(config: IdReaderConfig) -> IdDocumentReader | None:
    """The reader ``config`` describes, not yet started; ``None`` for backend ``"none"``.

    A wedge reader only works while a window feeds it scanned text (``ui/wedge_input.py``).
    """
    # Backends are imported when built: the settings import this package for its config, and
    # pyserial has no place on the path to the first window.
    if config.backend == "serial":
        from workstation.devices.idreader.serial_backend import SerialIdReader

        assert config.port is not None  # enforced by IdReaderConfig
        return SerialIdReader(
            config.port,
            config.baudrate,
            line_timeout_s=config.line_timeout_s,
            reconnect_interval_s=config.reconnect_interval_s,
        )
    if config.backend == "wedge":
        from workstation.devices.idreader.wedge_backend import WedgeIdReader

        return WedgeIdReader(line_timeout_s=config.line_timeout_s)
    if config.backend == "simulated":
        return SimulatedIdReader(
            config.sim_documents,
            latency_s=config.sim_latency_s,
            line_timeout_s=config.line_timeout_s,
        )
    return None
