"""One product text, checklist and price on every channel: the read-only product browser the
phone role and the kiosk show reads the same catalogue service as the counter's order panel and
says the same words, on the demo site's own catalogue."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.ui.order_desk import our_threads
from workstation.app import Site, open_site
from workstation.ui.i18n import LanguageSwitcher
from workstation.ui.product_info import ProductBrowser, fee_text
from workstation.ui.tasks import TaskRunner

WAIT_MS = 5_000
BERGEN_OP_ZOOM = "0748"


@pytest.fixture
def site(tmp_path: Path) -> Iterator[Site]:
    opened = open_site(f"sqlite:///{tmp_path / 'site.sqlite3'}", demo=True)
    yield opened
    opened.close()


@pytest.fixture
def runner(qapp: QApplication) -> Iterator[TaskRunner]:
    worker = TaskRunner("product-test", lambda error: pytest.fail(error.detail))
    yield worker
    worker.close()
    assert our_threads() == []


def _browser(qtbot: QtBot, site: Site, runner: TaskRunner, language: LanguageSwitcher,
             **options: bool) -> ProductBrowser:
    browser = ProductBrowser(site.catalogue, BERGEN_OP_ZOOM, runner, language, **options)
    qtbot.addWidget(browser)
    browser.resize(1000, 700)
    browser.show()
    browser.load()
    qtbot.waitUntil(lambda: browser.picker.list.count() > 0, timeout=WAIT_MS)
    return browser


def _choose(qtbot: QtBot, browser: ProductBrowser, title: str) -> None:
    items = browser.picker.list
    row = next(i for i in range(items.count()) if items.item(i).text().startswith(title))
    rect = items.visualItemRect(items.item(row))
    qtbot.mouseClick(items.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_the_kiosk_and_the_phone_show_the_counters_words_for_a_driving_licence_renewal(
        qtbot: QtBot, site: Site, runner: TaskRunner, language: LanguageSwitcher) -> None:
    counter = _browser(qtbot, site, runner, language, stacked=True)
    kiosk = _browser(qtbot, site, runner, language, searchable=False)
    phone = _browser(qtbot, site, runner, language)
    assert not kiosk.picker.search.isVisible() and phone.picker.search.isVisible()
    qtbot.keyClicks(counter.picker.search, "rijbewijs verl")
    _choose(qtbot, kiosk, "Rijbewijs verlengen")
    qtbot.keyClicks(phone.picker.search, "verlengen")
    views = [browser.info for browser in (counter, kiosk, phone)]
    product = views[0].product
    assert product is not None and product.code == "rijbewijs-verlengen"
    day = counter.day
    assert [view.product for view in views] == [product] * 3
    words = {(view.name.text(), view.summary.text(), view.delivery.text(), view.fees.text(),
              view.checklist.text()) for view in views}
    assert len(words) == 1
    name, summary, delivery, fees, checklist = words.pop()
    assert name == "Rijbewijs verlengen" and summary == product.summary_nl
    assert fees == fee_text(product, "nl", day)
    assert fees.startswith(f"Kosten: € {product.tariff_on(day).amount_cents // 100},")
    assert delivery.startswith("Af te halen vanaf ")
    assert "• Uw huidige rijbewijs (niet bij verlies of diefstal)" in checklist.splitlines()


def test_a_product_in_english_where_the_municipality_writes_it(
        qtbot: QtBot, site: Site, runner: TaskRunner, language: LanguageSwitcher) -> None:
    browser = _browser(qtbot, site, runner, language)
    qtbot.keyClicks(browser.picker.search, "uittreksel brp")
    assert browser.info.name.text() == "Uittreksel BRP"  # the first found is highlighted
    qtbot.keyClick(browser.picker.search, Qt.Key.Key_Down)
    assert browser.info.name.text() == "Uittreksel BRP met gezag"
    qtbot.keyClick(browser.picker.search, Qt.Key.Key_Up)
    language.set_language("en")
    qtbot.waitUntil(lambda: browser.info.checklist_heading.text() == "What to bring")
    assert browser.info.name.text() == "Extract from the Personal Records Database (BRP)"
    assert browser.info.delivery.text() == "Ready while you wait"
    assert browser.info.fees.text().startswith("Cost: €")
