"""The vendored UPL (Uniforme Productnamenlijst, resources/catalogue): what it calls each URI.

The site import checks a product's UPL name against it. The copy is dated (December 2021), so
a URI it does not know (a newer UPL entry such as ``rijbAanvraag``) is not an error.
"""

from __future__ import annotations

import csv
import io
from functools import cache
from importlib import resources

UPL_FILE = "upl-actueel-2021-12.csv"


@cache
def _names_by_uri() -> dict[str, frozenset[str]]:
    text = (resources.files("resources") / "catalogue" / UPL_FILE).read_text("utf-8")
    names: dict[str, set[str]] = {}
    for row in csv.DictReader(io.StringIO(text)):
        names.setdefault(row["URI"].strip(), set()).add(row["UniformeProductnaam"].strip())
    return {uri: frozenset(found) for uri, found in names.items()}


def upl_names(uri: str) -> frozenset[str] | None:
    """The UPL names of ``uri``; None when the vendored list does not know it."""
    return _names_by_uri().get(uri)


def upl_uri(name: str) -> str | None:
    """The URI of the UPL name ``name`` (Open Product gives names), if the list has it."""
    for uri, names in _names_by_uri().items():
        if name in names:
            return uri
    return None
