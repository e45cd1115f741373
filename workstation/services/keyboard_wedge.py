"""The keyboard-wedge ID reader as the windows feed it: the port the device board implements.

A wedge reader "types" like a keyboard; only a window sees its keys. The window's key filter
(``ui/wedge_input.py``) attaches while it is on screen, which makes the reader ready, and hands
over what the reader typed; the reader's pipeline does the rest, exactly as for a serial
reader (documents reach ``IdentityReader`` and ``ChipDesk`` subscribers).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, runtime_checkable


@runtime_checkable
class KeyboardWedge(Protocol):
    def attach_wedge(self) -> Callable[[], None]:
        """A window feeds the wedge reader from now on (it reports ready); returns the detach,
        to be called when the window goes away."""
        ...

    def feed_wedge(self, text: str) -> bool:
        """Hand over text the wedge reader typed (lines end with ``"\\r"``), handled on the
        reader's thread; False when this workstation has no wedge reader (or not yet)."""
        ...
