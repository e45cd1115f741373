"""What a running workstation does now and then, off the GUI thread and out of the way of the
screen's own actions: the counter's heartbeat (so a dead workstation's tickets show as stale),
closing the business day at closing time (when the window was open then), and the retention
rule for personal data."""

from __future__ import annotations

import logging
from datetime import datetime

from PySide6.QtCore import QObject, QTimer

from workstation.domain.counter_tickets import HEARTBEAT_INTERVAL
from workstation.domain.errors import UserFacingError
from workstation.domain.queue import utc_now
from workstation.services.privacy import PrivacyService
from workstation.services.queue_service import CounterPost, QueueService
from workstation.ui.tasks import TaskRunner

log = logging.getLogger("loket.ui")

DAILY_CHECK_MS = 10 * 60 * 1000  # closing time is met within ten minutes


class Housekeeping(QObject):
    def __init__(self, queue: QueueService, location_code: str, post: CounterPost | None,
                 privacy: PrivacyService | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._queue = queue
        self._privacy = privacy
        self._location = location_code
        self._post = post
        self._runner = TaskRunner("housekeeping", self._failed, self)
        self._heartbeat = QTimer(self)
        self._heartbeat.setInterval(int(HEARTBEAT_INTERVAL.total_seconds() * 1000))
        self._heartbeat.timeout.connect(self.beat)
        self._daily = QTimer(self)
        self._daily.setInterval(DAILY_CHECK_MS)
        self._daily.timeout.connect(self.run_daily)
        self._running_since: datetime | None = None

    def start(self) -> None:
        self._running_since = utc_now()
        self.run_daily()
        self._daily.start()
        if self._post is not None:
            self._heartbeat.start()

    def stop(self) -> None:
        self._heartbeat.stop()
        self._daily.stop()
        self._runner.close()

    def beat(self) -> None:
        post, queue = self._post, self._queue
        if post is not None:
            self._runner.run(lambda: queue.heartbeat(post), lambda _none: None)

    def run_daily(self) -> None:
        queue, privacy, location = self._queue, self._privacy, self._location
        since = self._running_since

        def work() -> None:
            queue.close_day_if_due(location, since)
            if privacy is not None:
                privacy.purge()

        self._runner.run(work, lambda _none: None)

    @staticmethod
    def _failed(error: UserFacingError) -> None:
        # The database may be away for a while; the next round tries again.
        log.warning("housekeeping postponed: %s", error.detail)
