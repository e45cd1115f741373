"""The open-data export (``report export``): the suppressed table as CSV or JSON."""

from __future__ import annotations

import csv
import json
from collections.abc import Sequence
from typing import IO

from workstation.domain.open_data import COLUMNS, MIN_CELL, Value
from workstation.reports.definitions import DEFINITIONS


def write_csv(rows: Sequence[dict[str, Value]], out: IO[str]) -> None:
    """Semicolon-separated with a decimal point, suppressed cells empty."""
    writer = csv.DictWriter(out, fieldnames=COLUMNS, delimiter=";", lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: "" if v is None else v for k, v in row.items()})


def write_json(rows: Sequence[dict[str, Value]], out: IO[str], period: str) -> None:
    json.dump({
        "periode": period,
        "onderdrukking": f"cellen met minder dan {MIN_CELL} bezoekers, cijfers of vragen",
        "definities": dict(DEFINITIONS),
        "kolommen": list(COLUMNS),
        "rijen": list(rows),
    }, out, ensure_ascii=False, indent=1)
    out.write("\n")
