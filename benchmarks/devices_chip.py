"""Chip read benchmarks against the emulator over PC/SC: BAC + EF.COM + EF.DG1 + EF.SOD
(``chip_read_*``), and PACE + EF.COM + EF.DG1 + EF.SOD with passive authentication against
the emulator's test CSCA (``pace_read_*``, ``passive_auth_ok``).

pyscard -> pcscd -> vpcd -> the chip emulator, the same path as the integration tests.
Prints one flat JSON object as its last line. ``--quick`` does fewer reads.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.pcsc_stack import PcscStack, VpcdSlot, pcsc_stack_available
from workstation.devices.cardreader.emulator import (
    NL_SPECIMEN_MRZ,
    ChipDocument,
    EmulatedChip,
)
from workstation.devices.cardreader.emulator_pki import SigningCountry
from workstation.devices.cardreader.passive_auth import TrustStore
from workstation.devices.cardreader.pcsc_backend import PcscChipReader


def _reads(
    reader: PcscChipReader, slot: VpcdSlot, chip: EmulatedChip, reads: int
) -> tuple[list[float], int, bool]:
    """Milliseconds per read, APDUs of the last read, and whether every read was genuine."""
    slot.place(chip)
    timings: list[float] = []
    apdus = 0
    genuine = True
    for _ in range(reads):
        start = time.perf_counter()
        result = reader.read_document(list(NL_SPECIMEN_MRZ))
        timings.append((time.perf_counter() - start) * 1000)
        apdus = result.apdu_count
        assert result.dg1_hash_valid and result.dg1_matches_mrz
        genuine = genuine and result.passive_auth.genuine
    return timings, apdus, genuine


def run(quick: bool) -> dict[str, float | int | str | bool]:
    if not pcsc_stack_available():
        return {"chip_read_skipped": "pcscd with vpcd not available"}
    reads = 5 if quick else 30
    country = SigningCountry.generate()
    stack = PcscStack()
    stack.start()
    slot = VpcdSlot(stack.reader)
    reader = PcscChipReader(stack.reader, trust=(TrustStore((country.csca,)), ""))
    try:
        bac, bac_apdus, _ = _reads(reader, slot, EmulatedChip(ChipDocument(NL_SPECIMEN_MRZ)), reads)
        signed = ChipDocument(NL_SPECIMEN_MRZ, signer=country)
        pace, pace_apdus, genuine = _reads(reader, slot, EmulatedChip(signed, access="pace"), reads)
    finally:
        reader.close()
        slot.take_away()
        stack.stop()
    return {
        "chip_read_apdus": bac_apdus,
        "chip_read_ms": round(statistics.median(bac), 2),
        "chip_read_max_ms": round(max(bac), 2),
        "chip_reads": reads,
        "pace_read_apdus": pace_apdus,
        "pace_read_ms": round(statistics.median(pace), 2),
        "pace_read_max_ms": round(max(pace), 2),
        "passive_auth_ok": genuine,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true")
    print(json.dumps(run(parser.parse_args().quick)))


if __name__ == "__main__":
    main()
