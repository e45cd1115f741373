"""``--self-test`` waits for devices that start after the window, and fails on one that
never answers."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from tests.ui.workstation.conftest import WindowFactory
from tests.ui.workstation.fakes import FakeDevices
from workstation.app import Site
from workstation.domain.device_state import DeviceKind, DeviceState, DeviceStatus
from workstation.services.deferred_devices import DeferredDeviceBoard
from workstation.ui import self_test
from workstation.ui.self_test import EXIT_FAILED, SelfTest

STARTING = DeviceState(DeviceKind.PRINTER, "Bonprinter", DeviceStatus.OFFLINE, True,
                       "Wordt gestart")
READY = DeviceState(DeviceKind.PRINTER, "Bonprinter", DeviceStatus.SIMULATED, True)


def _run(qapp: QApplication, open_window: WindowFactory, site: Site,
         devices: FakeDevices, answer_after_ms: int | None) -> int:
    board = DeferredDeviceBoard()
    window = open_window(site, role="reception", board=board)
    test = SelfTest(window, board)
    devices.change_state(STARTING)
    QTimer.singleShot(0, test.start)
    QTimer.singleShot(0, lambda: (board.attach(devices), test.devices_started()))
    if answer_after_ms is not None:
        QTimer.singleShot(answer_after_ms, lambda: devices.change_state(READY))
    code = qapp.exec()
    board.close()
    return code


def test_a_device_still_starting_is_waited_for(
    qapp: QApplication, open_window: WindowFactory, site: Site, devices: FakeDevices,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert _run(qapp, open_window, site, devices, answer_after_ms=200) == 0
    assert "self-test ok" in capsys.readouterr().out


def test_a_device_that_never_answers_fails_the_self_test(
    qapp: QApplication, open_window: WindowFactory, site: Site, devices: FakeDevices,
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(self_test, "DEVICE_SETTLE_MS", 300)
    assert _run(qapp, open_window, site, devices, answer_after_ms=None) == EXIT_FAILED
    assert "printer Bonprinter: Wordt gestart" in capsys.readouterr().err
