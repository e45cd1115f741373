"""Norm status of a queue, the location's summary and a workstation gone silent; the mark's
range (domain/supervision.py, domain/kto.py)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from workstation.domain.kto import Aspect, KtoMark, MarkPlace, MarkRefused
from workstation.domain.supervision import (
    LocationBoard,
    NormStatus,
    ServiceLoad,
    WorkstationBacklog,
    norm_status,
)

NOW = datetime(2026, 11, 30, 10, 0, tzinfo=UTC)


@pytest.mark.parametrize(("waited_s", "status"), [
    (None, NormStatus.OK), (0, NormStatus.OK), (449, NormStatus.OK),  # 10-minute norm
    (450, NormStatus.NEAR), (599, NormStatus.NEAR), (600, NormStatus.OVER),
    (3600, NormStatus.OVER),
])
def test_a_queue_is_near_its_norm_from_three_quarters_and_over_it_at_the_norm(
        waited_s: int | None, status: NormStatus) -> None:
    waited = None if waited_s is None else timedelta(seconds=waited_s)
    assert norm_status(waited, 10) is status


def _load(letter: str, waiting: int, minutes: float | None, norm: int = 10) -> ServiceLoad:
    longest = None if minutes is None else timedelta(minutes=minutes)
    return ServiceLoad(letter, letter, letter, norm, waiting, longest)


def test_the_location_shows_its_longest_wait_and_its_worst_queue() -> None:
    board = LocationBoard("BOZ", "Stadskantoor", "0748", "Bergen op Zoom", "#B0182F", "", "",
                          (_load("A", 3, 6), _load("B", 1, 4, norm=5), _load("C", 0, None)),
                          (), (), 0)
    assert board.waiting == 4
    assert board.longest_wait is not None and board.longest_wait.letter == "A"
    assert board.status is NormStatus.NEAR  # B: 4 of 5 minutes
    empty = LocationBoard("ETL", "Gemeentehuis", "0777", "Etten-Leur", "#006A3A", "", "",
                          (_load("A", 0, None),), (), (), 0)
    assert empty.longest_wait is None and empty.status is NormStatus.OK


def test_a_workstation_that_has_not_reported_for_ten_minutes_is_silent() -> None:
    report = WorkstationBacklog("BOZ-01", "BOZ", "counter", 0, 0, "", NOW)
    assert not report.silent(NOW + timedelta(minutes=10))
    assert report.silent(NOW + timedelta(minutes=10, seconds=1))


@pytest.mark.parametrize("mark", [0, 11, -1, True, 7.5])
def test_a_mark_outside_one_to_ten_is_refused_plainly(mark: object) -> None:
    place = MarkPlace("0748", "BOZ")
    with pytest.raises(MarkRefused) as refused:
        KtoMark("m1", place, NOW, mark)  # type: ignore[arg-type]
    assert refused.value.message == "Een rapportcijfer is een heel getal van 1 tot en met 10."
    with pytest.raises(MarkRefused):
        KtoMark("m2", place, NOW, 8, {Aspect.WACHTTIJD: mark})  # type: ignore[dict-item]
    assert KtoMark("m3", place, NOW, 10, {Aspect.DUIDELIJKHEID: 1}).mark == 10
