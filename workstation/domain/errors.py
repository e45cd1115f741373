"""Errors that the user is meant to see.

An expected failure (printer out of paper, document unreadable, database unreachable) raises a
``UserFacingError``: a plain-Dutch message for the screen, a next step, and an exact technical
reason for the log. Anything else is a bug and goes to the crash dialog (DESIGN.md §7).

The Dutch texts are the source strings; the UI layer passes them through Qt's translator
(context ``"UserFacingError"``) so an English workstation shows the English translation.
"""

from __future__ import annotations


class UserFacingError(Exception):
    """An expected failure with a message for the person at the counter."""

    def __init__(self, message: str, next_step: str = "", *, detail: str = "") -> None:
        super().__init__(detail or message)
        self.message = message
        self.next_step = next_step
        self.detail = detail or message

    def __str__(self) -> str:
        return self.detail

    @property
    def screen_text(self) -> str:
        """Message and next step as one text for a dialog or banner."""
        return f"{self.message} {self.next_step}".strip()
