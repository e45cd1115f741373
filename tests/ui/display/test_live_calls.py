"""The display follows calls committed by other processes (SQLite file, and PostgreSQL)."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from tests.ui.display.conftest import LiveDisplay
from tests.ui.display.processes import workstation_actions, workstation_cli
from workstation.app import open_site


def seeded(url: str) -> str:
    open_site(url, demo=True).close()
    return url


def test_a_call_from_another_process_is_shown_and_announced(
    qtbot: QtBot, site_url: str, open_display: Callable[..., LiveDisplay],
) -> None:
    url = seeded(site_url)
    live = open_display(url)
    workstation_cli(url, "queue", "issue", "--location", "BOZ", "--service", "A")
    out = workstation_cli(url, "queue", "call", "--location", "BOZ", "--counter", "3",
                          "--staff", "mw03")
    assert out.strip() == "A001 -> balie 3"

    row = live.window.current.rows[0]
    qtbot.waitUntil(lambda: row.isVisible() and row.number.text() == "A001", timeout=5000)
    assert row.counter.text() == "balie 3"
    assert live.window.current.highlighted() == ("A001",)
    qtbot.waitUntil(lambda: len(live.announced) == 1, timeout=5000)
    assert live.spoken == ["Nummer A 1, balie 3"]
    assert live.chime.plays == 1


def test_simultaneous_calls_are_all_shown_and_announced_in_order(
    qtbot: QtBot, site_url: str, open_display: Callable[..., LiveDisplay],
) -> None:
    url = seeded(site_url)
    workstation_actions(url, "issue:A", "issue:B", "issue:A")
    live = open_display(url)
    workstation_actions(url, "call:1", "call:2", "call:3")

    qtbot.waitUntil(lambda: len(live.announced) == 3, timeout=8000)
    assert live.spoken == ["Nummer A 1, balie 1", "Nummer B 1, balie 2", "Nummer A 2, balie 3"]
    assert [a.number for a in live.announced] == ["A001", "B001", "A002"]
    shown = [(r.number.text(), r.counter.text()) for r in live.window.current.rows
             if r.isVisible()]
    assert shown == [("A002", "balie 3"), ("B001", "balie 2"), ("A001", "balie 1")]
    assert live.chime.plays == 3


def test_a_recall_is_announced_again(
    qtbot: QtBot, sqlite_url: str, open_display: Callable[..., LiveDisplay],
) -> None:
    url = seeded(sqlite_url)
    workstation_actions(url, "issue:C")
    live = open_display(url)
    workstation_actions(url, "call:3")
    qtbot.waitUntil(lambda: len(live.announced) == 1, timeout=5000)
    workstation_actions(url, "recall:3")
    qtbot.waitUntil(lambda: len(live.announced) == 2, timeout=5000)
    assert live.spoken == ["Nummer C 1, balie 3", "Nummer C 1, balie 3"]
    assert [a.recall for a in live.announced] == [False, True]
    visible = [r for r in live.window.current.rows if r.isVisible()]
    assert [r.number.text() for r in visible] == ["C001"]


def test_calls_made_before_the_display_started_are_shown_not_announced(
    qtbot: QtBot, sqlite_url: str, open_display: Callable[..., LiveDisplay],
) -> None:
    url = seeded(sqlite_url)
    workstation_actions(url, "issue:A", "issue:A", "call:1", "serve:1", "call:2")
    live = open_display(url)
    qtbot.waitUntil(lambda: live.window.current.rows[0].number.text() == "A002", timeout=5000)
    assert live.window.recent.shown() == ("A001",)
    assert live.window.current.highlighted() == ()
    assert live.window.services.waiting_counts()["A"] == 0
    workstation_actions(url, "issue:A")
    qtbot.waitUntil(lambda: live.window.services.waiting_counts()["A"] == 1, timeout=5000)
    assert live.announced == []
    assert live.spoken == []


def test_a_call_that_was_already_answered_is_not_left_as_now_calling(
    qtbot: QtBot, sqlite_url: str, open_display: Callable[..., LiveDisplay],
) -> None:
    url = seeded(sqlite_url)
    workstation_actions(url, "issue:D")
    live = open_display(url)
    workstation_actions(url, "call:2")
    qtbot.waitUntil(live.window.current.rows[0].isVisible, timeout=5000)
    workstation_actions(url, "serve:2")
    qtbot.waitUntil(lambda: not live.window.current.rows[0].isVisible(), timeout=5000)
    assert live.window.recent.shown() == ("D001",)
    assert live.window.current.empty.isVisible()
