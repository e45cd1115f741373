"""python-escpos, imported so that it cannot send Loket's log lines to stderr.

``escpos.capabilities`` calls ``logging.basicConfig()`` when it is imported, and python-escpos
logs through the root logger's module functions (``logging.info(...)``), which call
``basicConfig()`` again whenever the root logger has no handler. ``basicConfig()`` puts a
stderr handler on the root logger, and every ``loket.*`` record propagates to it: the log went
to the console twice over. ``basicConfig()`` does nothing while the root logger has a handler,
so one that drops everything is put there before python-escpos is imported. This module is the
only place that imports python-escpos.
"""

from __future__ import annotations

import logging

QUIET_ROOT = logging.NullHandler()


def keep_basic_config_off() -> None:
    """Give the root logger a handler (a no-op one) unless it has one of ours already."""
    root = logging.getLogger()
    if QUIET_ROOT not in root.handlers:
        root.addHandler(QUIET_ROOT)


keep_basic_config_off()

from escpos import printer  # noqa: E402
from escpos.escpos import Escpos  # noqa: E402
from escpos.exceptions import Error  # noqa: E402

__all__ = ["Error", "Escpos", "keep_basic_config_off", "printer"]
