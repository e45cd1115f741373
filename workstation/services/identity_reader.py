"""The desk's one-action identification by document: the port the device board implements.

A document read during a visit identifies the visitor without retyping ("ask data only
once"): the screen subscribes and hands each DocumentIdentity to DeskService.identify_document.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, runtime_checkable

from workstation.domain.identify import DocumentIdentity


@runtime_checkable
class IdentityReader(Protocol):
    def watch_identities(
        self, on_identity: Callable[[DocumentIdentity], None]
    ) -> Callable[[], None]:
        """Call ``on_identity`` (from a device thread) for every document the ID reader
        reads; returns an unsubscribe. Unreadable documents are not reported here (the
        document check shows them)."""
        ...
