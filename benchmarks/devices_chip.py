"""Chip read benchmark: BAC + EF.COM + EF.DG1 + EF.SOD against the emulator over PC/SC.

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
from workstation.devices.cardreader.pcsc_backend import PcscChipReader


def run(quick: bool) -> dict[str, float | int | str]:
    if not pcsc_stack_available():
        return {"chip_read_skipped": "pcscd with vpcd not available"}
    reads = 5 if quick else 30
    stack = PcscStack()
    stack.start()
    slot = VpcdSlot(stack.reader)
    reader = PcscChipReader(stack.reader)
    try:
        slot.place(EmulatedChip(ChipDocument(NL_SPECIMEN_MRZ)))
        timings: list[float] = []
        apdus = 0
        for _ in range(reads):
            start = time.perf_counter()
            result = reader.read_document(list(NL_SPECIMEN_MRZ))
            timings.append((time.perf_counter() - start) * 1000)
            apdus = result.apdu_count
            assert result.dg1_hash_valid and result.dg1_matches_mrz
    finally:
        reader.close()
        slot.take_away()
        stack.stop()
    return {
        "chip_read_apdus": apdus,
        "chip_read_ms": round(statistics.median(timings), 2),
        "chip_read_max_ms": round(max(timings), 2),
        "chip_reads": reads,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true")
    print(json.dumps(run(parser.parse_args().quick)))


if __name__ == "__main__":
    main()
