"""After every (re)connect the follower checks the schema first; a mismatch stops it for good."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, cast

import pytest

from workstation.domain.errors import SchemaMismatch, UserFacingError
from workstation.services.queue_follower import (
    ChangeNoticeLike,
    Followers,
    QueueFollower,
    ReReadFailed,
)
from workstation.services.queue_service import QueueService


@dataclass(frozen=True)
class Notice:
    location_id: int | None = None
    reconnected: bool = False


class FakeFeed:
    def __init__(self, on_change: Callable[[ChangeNoticeLike], None],
                 on_connection: Callable[[bool], None]) -> None:
        self.on_change = on_change
        self.on_connection = on_connection

    def start(self) -> None: ...

    def stop(self, timeout: float = 5.0) -> None: ...


class FakeOverviews:
    def __init__(self) -> None:
        self.reads = 0

    def overview(self, location_code: str, recent_calls: int = 10) -> Any:
        self.reads += 1
        return _Overview(location_code)


@dataclass(frozen=True)
class _Overview:
    location_code: str
    location_id: int = 1


class Schema:
    def __init__(self) -> None:
        self.error: UserFacingError | None = None
        self.checks = 0

    def check(self) -> None:
        self.checks += 1
        if self.error is not None:
            raise self.error


MISMATCH = SchemaMismatch("De wachtrijdatabase heeft schemaversie {database}.", database="0099")


class Harness:
    def __init__(self) -> None:
        self.overviews = FakeOverviews()
        self.schema = Schema()
        self.feeds: list[FakeFeed] = []
        self.shown: list[Any] = []
        self.connection: list[bool] = []
        self.stopped: list[SchemaMismatch] = []

        def feed(on_change: Callable[[ChangeNoticeLike], None],
                 on_connection: Callable[[bool], None]) -> FakeFeed:
            self.feeds.append(FakeFeed(on_change, on_connection))
            return self.feeds[-1]

        followers = Followers(cast(QueueService, self.overviews), feed, self.schema.check)
        self.follower: QueueFollower = followers.follow(
            "BOZ", self.shown.append, self.connection.append, on_stopped=self.stopped.append)

    def notice(self, notice: Notice) -> None:
        self.feeds[-1].on_change(notice)


def test_a_reconnect_checks_the_schema_before_reading() -> None:
    harness = Harness()
    harness.notice(Notice(reconnected=True))
    assert harness.schema.checks == 1
    assert len(harness.shown) == 1
    harness.notice(Notice())  # an ordinary change notice: no check
    assert harness.schema.checks == 1
    assert len(harness.shown) == 2


def test_a_mismatch_after_a_reconnect_stops_the_follower_for_good() -> None:
    harness = Harness()
    harness.notice(Notice(reconnected=True))
    harness.schema.error = MISMATCH
    harness.notice(Notice(reconnected=True))
    assert harness.stopped == [MISMATCH]
    assert harness.connection[-1] is False
    reads = harness.overviews.reads
    harness.notice(Notice())
    harness.notice(Notice(reconnected=True))
    assert harness.overviews.reads == reads  # nothing read from a schema it does not know
    assert harness.stopped == [MISMATCH]  # said once


def test_an_unreachable_database_during_the_check_is_retried_by_the_feed() -> None:
    harness = Harness()
    harness.schema.error = UserFacingError("Geen verbinding met de wachtrijdatabase.")
    with pytest.raises(ReReadFailed):
        harness.notice(Notice(reconnected=True))
    assert harness.stopped == []
    harness.schema.error = None
    harness.notice(Notice(reconnected=True))
    assert len(harness.shown) == 1
