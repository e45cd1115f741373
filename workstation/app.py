"""Composition root: Settings -> site database, queue services, change feed, devices.

The only place that knows which concrete store, feed and device backends exist; everything
else receives what it needs (DESIGN.md §3). Screens get the services themselves
(``QueueService``, ``Followers``, ``DeviceBoard``), never the ``Site`` that holds them
(docs/decisions/0012-composition-and-what-the-ui-receives.md).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from workstation.domain.overview import LocationOverview
from workstation.domain.retention import Retention
from workstation.services.alarm_service import AlarmService
from workstation.services.catalogue_service import CatalogueService
from workstation.services.kto_service import KtoService
from workstation.services.pin_hash import PinHasher
from workstation.services.privacy import PrivacyService
from workstation.services.queue_follower import Followers, QueueFollower, StoppedHandler
from workstation.services.queue_service import QueueService
from workstation.services.site_health import SiteHealth
from workstation.services.staff_service import DEMO_PIN, StaffService
from workstation.services.supervisor_follower import SupervisorFollowers
from workstation.services.supervisor_heartbeat import BacklogHeartbeat
from workstation.services.supervisor_service import SupervisorService
from workstation.settings import Settings
from workstation.store.alarm_store import SqlAlarmReader, SqlAlarmUnitOfWork, alarm_engine
from workstation.store.catalogue_store import SqlCatalogueReader
from workstation.store.change_feed import ChangeFeed
from workstation.store.database import SiteDatabase
from workstation.store.health import SqlSiteHealth
from workstation.store.kto_store import SqlKtoStore
from workstation.store.privacy_store import SqlPrivacyStore
from workstation.store.queue_reader import SqlQueueReader
from workstation.store.queue_uow import SqlQueueUnitOfWork
from workstation.store.report_reader import SqlReportReader
from workstation.store.schema import check_schema, is_current
from workstation.store.staff_demo import seed_demo_staff
from workstation.store.staff_repository import SqlStaffUnitOfWork
from workstation.store.supervisor_reader import SqlSupervisorReader
from workstation.store.supervisor_store import SqlBacklogStore, SqlSupervisorUnitOfWork

if TYPE_CHECKING:
    from workstation.wiring.device_board import ManagedDeviceBoard

log = logging.getLogger("loket")


@dataclass
class Site:
    """The site queue database and the services on top of it; owned by an entry point."""

    database: SiteDatabase
    queue: QueueService
    followers: Followers
    alarms: AlarmService
    health: SiteHealth
    staff: StaffService
    supervision: SupervisorFollowers
    kto: KtoService
    retention: Retention = field(default_factory=Retention)
    close_alarms: Callable[[], None] = lambda: None

    @property
    def catalogue(self) -> CatalogueService:
        """The product catalogue: counter, phone and kiosk read this one source (ADR 0025)."""
        return CatalogueService(SqlCatalogueReader(self.database))

    @property
    def privacy(self) -> PrivacyService:
        """The retention rule (``privacy purge``; the apps run it daily)."""
        return PrivacyService(SqlPrivacyStore(self.database), self.retention)

    def follower(
        self, location_code: str, on_overview: Callable[[LocationOverview], None],
        on_connection: Callable[[bool], None] | None = None, recent_calls: int = 10,
        on_stopped: StoppedHandler | None = None,
    ) -> QueueFollower:
        return self.followers.follow(location_code, on_overview, on_connection, recent_calls,
                                     on_stopped)

    def backlog_heartbeat(self, workstation: str, location_code: str,
                          role: str) -> BacklogHeartbeat:
        """What the workstation's sync status calls to show its backlog to the supervisor."""
        return BacklogHeartbeat(SqlBacklogStore(self.database), workstation, location_code,
                                role)

    def close(self) -> None:
        self.close_alarms()
        self.database.dispose()


def open_site(url: str, *, migrate: bool = False, demo: bool = False) -> Site:
    """Open the site database at ``url``.

    Only the demo site (its own SQLite file) and tests migrate here (``migrate`` or ``demo``);
    any other database must already be at this build's schema, else ``SchemaMismatch``: only
    ``db upgrade`` changes a real site's schema.
    """
    database = SiteDatabase(url)
    hasher = PinHasher()
    try:
        if (migrate or demo) and not is_current(database):
            from workstation.store.migrate import upgrade  # alembic: only when there is work

            upgrade(database)
        else:
            check_schema(database)
        if demo:
            from workstation.demo_seed import demo_site, seed_demo  # site file: demo only

            seed_demo(database)
            seed_demo_staff(database, (spec.code for spec in demo_site().staff),
                            lambda: hasher.hash(DEMO_PIN))
    except BaseException:
        database.dispose()
        raise
    queue = QueueService(lambda: SqlQueueUnitOfWork(database), SqlQueueReader(database))
    followers = Followers(
        queue, lambda on_change, on_conn: ChangeFeed(database, on_change, on_conn),
        lambda: check_schema(database),
    )
    alarm_writes = alarm_engine(database)  # its own connection: never waits behind the queue
    alarms = AlarmService(
        lambda: SqlAlarmUnitOfWork(alarm_writes, database.is_postgres), SqlAlarmReader(database)
    )
    staff = StaffService(lambda: SqlStaffUnitOfWork(database), hasher)
    supervision = SupervisorFollowers(
        SupervisorService(lambda: SqlSupervisorUnitOfWork(database),
                          SqlSupervisorReader(database), SqlReportReader(database)),
        lambda on_change, on_conn: ChangeFeed(database, on_change, on_conn),
        lambda: check_schema(database),
    )
    log.info("site database %s opened", database.safe_url)
    return Site(database, queue, followers, alarms, SqlSiteHealth(database),
                staff, supervision, KtoService(SqlKtoStore(database)),
                close_alarms=alarm_writes.dispose)


def open_site_from(settings: Settings) -> Site:
    """The configured site database; in demo mode always the demo file (see Settings)."""
    site = open_site(settings.database_url(), demo=settings.demo)
    site.retention = Retention(settings.privacy.transfer_note_days,
                               settings.privacy.appointment_days)
    return site


def build_devices(settings: Settings) -> ManagedDeviceBoard:
    """The workstation's devices, each on its own thread; close() the board on exit.

    The device modules are imported here, not with this module: the window is shown first.
    """
    from workstation.wiring.device_board import device_board_from

    return device_board_from(settings.devices, demo=settings.demo)
