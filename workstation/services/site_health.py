"""Is the site database usable again? Asked by a screen that shows the disconnected state."""

from __future__ import annotations

from typing import Protocol


class SiteHealth(Protocol):
    def check(self) -> None:
        """Return when the site database can be read and written with the schema this Loket
        expects; raise ``StoreUnavailable`` otherwise. Changes nothing."""
        ...
