"""Taking the visitor's mark: one anonymous row in the site database, written at once.

A mark holds no person, so it needs no outbox: the screen that takes it writes it directly
(docs/decisions/0022-service-events.md). A failed write is a ``UserFacingError`` the screen
shows as a plain thank-you anyway (the visitor cannot fix a database) and logs.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Mapping
from typing import Protocol

from workstation.domain.kto import Aspect, KtoMark, MarkPlace
from workstation.domain.queue import utc_now
from workstation.services.ports import Clock

log = logging.getLogger("loket.queue")


class KtoStore(Protocol):
    def add_mark(self, mark: KtoMark) -> None:
        """Insert the mark (one transaction); ``UserFacingError`` when the database fails."""
        ...


class KtoService:
    def __init__(self, store: KtoStore, clock: Clock = utc_now) -> None:
        self._store = store
        self._clock = clock

    def give(self, place: MarkPlace, mark: int,
             aspects: Mapping[Aspect, int] | None = None) -> KtoMark:
        """Record a mark; ``MarkRefused`` for anything but whole numbers from 1 to 10."""
        given = KtoMark(uuid.uuid4().hex, place, self._clock(), mark, dict(aspects or {}))
        self._store.add_mark(given)
        log.info("KTO mark %d given at %s (counter %s, service %s, %d aspects)", mark,
                 place.location_code, place.counter_number, place.service_letter,
                 len(given.aspects))
        return given
