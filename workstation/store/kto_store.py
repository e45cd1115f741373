"""Writes the visitor's marks (``kto_mark``) and tells the change feed, so the supervisor's
view shows today's marks at once."""

from __future__ import annotations

from workstation.domain.kto import Aspect, KtoMark
from workstation.store import models as m
from workstation.store.database import SiteDatabase
from workstation.store.queue_uow import SqlQueueUnitOfWork


class SqlKtoStore:
    def __init__(self, database: SiteDatabase) -> None:
        self._database = database

    def add_mark(self, mark: KtoMark) -> None:
        place = mark.place
        with SqlQueueUnitOfWork(self._database) as uow:
            location = uow.location(place.location_code)
            uow.session.add(m.KtoMark(
                mark_id=mark.mark_id, municipality_code=place.municipality_code,
                location_code=place.location_code, service_letter=place.service_letter,
                counter_number=place.counter_number, kanaal=place.kanaal,
                given_at=mark.given_at, mark=mark.mark,
                **{aspect.value: mark.aspects.get(aspect) for aspect in Aspect},
            ))
            uow.announce_change(location.id)
            uow.commit()
