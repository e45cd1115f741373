"""``--self-test``: the window opens on the site, the queue arrives, the devices answer.

Prints when the window was shown and the memory in use (the start-up benchmark reads them), and
exits 0 when all is well, or non-zero with the reason on stderr.
"""

from __future__ import annotations

import importlib
import sys
import time

from PySide6.QtCore import QCoreApplication, QTimer

from workstation.services.device_ports import DeviceBoard, DeviceStatus
from workstation.ui.main_window import MainWindow

TIMEOUT_MS = 15_000
DEVICE_SETTLE_MS = 5_000  # a device that is still offline this long after its start fails
DEVICE_RECHECK_MS = 50
EXIT_FAILED = 1


def resident_mb(platform: str | None = None) -> float:
    """Resident memory of this process in MB: Linux /proc, the Windows process counters, or
    the peak RSS elsewhere; 0.0 when the platform will not say. Nothing Unix-only is imported
    on Windows (the frozen build runs ``--self-test`` there too)."""
    platform = platform or sys.platform
    if platform == "win32":
        return _windows_working_set_mb()
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    resource = importlib.import_module("resource")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return float(peak) / (1024 * 1024 if platform == "darwin" else 1024)


def _windows_working_set_mb() -> float:
    import ctypes
    from ctypes import wintypes

    class _Counters(ctypes.Structure):
        _fields_ = [("cb", wintypes.DWORD), ("PageFaultCount", wintypes.DWORD),
                    ("PeakWorkingSetSize", ctypes.c_size_t), ("WorkingSetSize", ctypes.c_size_t),
                    ("QuotaPeakPagedPoolUsage", ctypes.c_size_t),
                    ("QuotaPagedPoolUsage", ctypes.c_size_t),
                    ("QuotaPeakNonPagedPoolUsage", ctypes.c_size_t),
                    ("QuotaNonPagedPoolUsage", ctypes.c_size_t),
                    ("PagefileUsage", ctypes.c_size_t), ("PeakPagefileUsage", ctypes.c_size_t)]

    counters = _Counters()
    counters.cb = ctypes.sizeof(counters)
    try:
        windll = ctypes.windll  # type: ignore[attr-defined]
        process = windll.kernel32.GetCurrentProcess()
        if not windll.psapi.GetProcessMemoryInfo(process, ctypes.byref(counters), counters.cb):
            return 0.0
    except (AttributeError, OSError):  # not Windows after all
        return 0.0
    return float(counters.WorkingSetSize) / (1024 * 1024)


class SelfTest:
    """Passes when the first snapshot is on screen, the queue is connected and no device is
    offline. Devices start after the window is shown and report "starting" (offline) until
    their first status poll, so an offline device is given until ``DEVICE_SETTLE_MS`` after
    the start to answer before it counts as a failure."""

    def __init__(self, window: MainWindow, devices: DeviceBoard) -> None:
        self._window = window
        self._devices = devices
        self._devices_started_at: float | None = None
        self._done = False
        self._timer = QTimer()
        self._timer.setSingleShot(True)
        self._timer.setInterval(TIMEOUT_MS)
        self._timer.timeout.connect(self._timed_out)
        self._recheck = QTimer()
        self._recheck.setInterval(DEVICE_RECHECK_MS)
        self._recheck.timeout.connect(self._check)

    def start(self) -> None:
        """Call right after the window is shown; the verdict ends the event loop once the
        first snapshot is on screen and the devices have started (``devices_started``)."""
        print(f"self-test: window_shown_at={time.time():.3f}", flush=True)
        self._timer.start()
        self._window.ready.connect(self._check)
        self._check()  # the first snapshot may already be on screen

    def devices_started(self) -> None:
        self._devices_started_at = time.monotonic()
        self._recheck.start()
        self._check()

    def _offline(self) -> list[str]:
        return [f"{state.kind.value} {state.name}: {state.message or state.status.value}"
                for state in self._devices.states() if state.status is DeviceStatus.OFFLINE]

    def _check(self) -> None:
        started = self._devices_started_at
        if self._done or self._window.snapshot is None or started is None:
            return
        offline = self._offline()
        settling = (time.monotonic() - started) * 1000 < DEVICE_SETTLE_MS
        if offline and settling:
            return  # asked again on the next recheck
        self._done = True
        self._timer.stop()
        self._recheck.stop()
        problems = list(offline)
        if self._window.connected is not True:
            problems.append("no connection to the site queue database")
        if problems:
            self._finish(EXIT_FAILED, "self-test failed: " + "; ".join(problems))
            return
        devices = len(self._devices.states())
        print(f"self-test: rss_mb={resident_mb():.1f}", flush=True)
        self._finish(0, f"self-test ok: queue read, {devices} device(s) ready")

    def _timed_out(self) -> None:
        self._done = True
        self._recheck.stop()
        missing = "queue overview" if self._window.snapshot is None else "device start"
        self._finish(EXIT_FAILED, f"self-test failed: no {missing} within "
                                  f"{TIMEOUT_MS / 1000:.0f} s")

    def _finish(self, code: int, text: str) -> None:
        print(text, file=sys.stderr if code else sys.stdout, flush=True)
        QCoreApplication.exit(code)
