"""The hall display follows the supervisor's ticker message live, as it follows calls."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from tests.ui.display.conftest import LiveDisplay
from workstation.app import open_site
from workstation.services.staff_service import DEMO_PIN


def test_a_new_ticker_message_reaches_the_hall_without_a_restart(
    qtbot: QtBot, site_url: str, open_display: Callable[..., LiveDisplay],
) -> None:
    site = open_site(site_url, demo=True)
    try:
        live = open_display(site_url)
        ticker = live.window.ticker
        qtbot.waitUntil(lambda: ticker.text == "Welkom. Houd uw wachtnummer bij de hand.")
        supervisor = site.staff.sign_in("mw04", DEMO_PIN)
        site.supervision.service.set_ticker(supervisor, "BOZ", "Vandaag open tot 16:00.")
        qtbot.waitUntil(lambda: ticker.text == "Vandaag open tot 16:00.", timeout=5000)
        assert ticker.isVisible()
        site.supervision.service.set_ticker(supervisor, "BOZ", "")
        qtbot.waitUntil(lambda: not ticker.isVisible(), timeout=5000)
    finally:
        site.close()
