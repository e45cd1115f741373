"""Fixtures of the screens' tests: the screen language, and the counter's order desk with its
panel (tests/ui/order_desk.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.order_desk import COUNTER, LOCATION, OrderDesk, order_desk, our_threads
from workstation.ui.i18n import LanguageSwitcher
from workstation.ui.order_panel import OrderPanel


@pytest.fixture
def language(qapp: QApplication) -> Iterator[LanguageSwitcher]:
    switcher = LanguageSwitcher()
    switcher.set_language("nl")
    yield switcher
    switcher.set_language("nl")


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[OrderDesk]:
    with order_desk(tmp_path) as opened:
        yield opened


@pytest.fixture
def panel(qtbot: QtBot, desk: OrderDesk, language: LanguageSwitcher) -> Iterator[OrderPanel]:
    """A shown order panel with the sample catalogue read; its worker stops afterwards."""
    opened = OrderPanel(desk.orders, desk.catalogue, LOCATION, COUNTER, language,
                        desk.documents.output)
    qtbot.addWidget(opened)
    opened.resize(1100, 800)
    opened.show()
    opened.load()
    qtbot.waitUntil(lambda: opened.browser.picker.list.count() == 4, timeout=5_000)
    yield opened
    opened.shutdown()
    assert our_threads() == []
