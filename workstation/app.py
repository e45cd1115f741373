"""Composition root: Settings -> site database, queue services, change feed, devices, UI.

The only place that knows which concrete store, feed and device backends exist; everything
else receives what it needs (DESIGN.md §3).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from workstation.demo_seed import demo_site, seed_demo
from workstation.domain.overview import LocationOverview
from workstation.services.device_board import ManagedDeviceBoard, device_board_from
from workstation.services.pin_hash import PinHasher
from workstation.services.queue_follower import QueueFollower
from workstation.services.queue_service import QueueService
from workstation.services.staff_service import DEMO_PIN, StaffService
from workstation.settings import Settings
from workstation.store.change_feed import ChangeFeed
from workstation.store.database import SiteDatabase
from workstation.store.migrate import is_current, upgrade
from workstation.store.queue_reader import SqlQueueReader
from workstation.store.queue_uow import SqlQueueUnitOfWork
from workstation.store.staff_demo import seed_demo_staff
from workstation.store.staff_repository import SqlStaffUnitOfWork

log = logging.getLogger("loket")


@dataclass
class Site:
    """The site queue database and the services on top of it."""

    database: SiteDatabase
    queue: QueueService
    staff: StaffService

    def follower(
        self, location_code: str, on_overview: Callable[[LocationOverview], None],
        on_connection: Callable[[bool], None] | None = None, recent_calls: int = 10,
    ) -> QueueFollower:
        return QueueFollower(
            self.queue, location_code,
            lambda on_change, on_conn: ChangeFeed(self.database, on_change, on_conn),
            on_overview, on_connection, recent_calls,
        )

    def close(self) -> None:
        self.database.dispose()


def open_site(url: str, *, migrate: bool = True, demo: bool = False) -> Site:
    database = SiteDatabase(url)
    if migrate and not is_current(database):
        upgrade(database)
    hasher = PinHasher()
    if demo:
        seed_demo(database)
        seed_demo_staff(database, (spec.code for spec in demo_site().staff),
                        lambda: hasher.hash(DEMO_PIN))
    queue = QueueService(lambda: SqlQueueUnitOfWork(database), SqlQueueReader(database))
    staff = StaffService(lambda: SqlStaffUnitOfWork(database), hasher)
    log.info("site database %s opened", database.safe_url)
    return Site(database, queue, staff)


def open_site_from(settings: Settings, *, migrate: bool = True) -> Site:
    return open_site(settings.database_url(), migrate=migrate, demo=settings.demo)


def build_devices(settings: Settings) -> ManagedDeviceBoard:
    """The workstation's devices, each on its own thread; close() the board on exit."""
    return device_board_from(settings.devices, demo=settings.demo)
