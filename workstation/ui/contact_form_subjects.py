"""The subjects offered while typing a question's onderwerp: the UPL names of municipal
products for citizens (vendored list, resources/catalogue/README.md: rows with Gemeente=X and
Burger=X). Free text stays allowed; the list only completes."""

from __future__ import annotations

import csv
import io
from functools import cache
from importlib import resources

UPL_FILE = "upl-actueel-2021-12.csv"


@cache
def upl_subjects() -> tuple[str, ...]:
    text = (resources.files("resources.catalogue") / UPL_FILE).read_text(encoding="utf-8")
    rows = csv.DictReader(io.StringIO(text))
    return tuple(sorted({row["UniformeProductnaam"] for row in rows
                         if row["Gemeente"] == "X" and row["Burger"] == "X"}))
