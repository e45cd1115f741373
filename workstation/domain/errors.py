"""Errors that the user is meant to see.

An expected failure (printer out of paper, document unreadable, database unreachable) raises a
``UserFacingError``: a plain-Dutch message for the screen, a next step, and an exact technical
reason for the log. Anything else is a bug and goes to the crash dialog (DESIGN.md §7).

The Dutch message and next step are *templates*: literal strings with ``{name}`` placeholders,
filled from keyword parameters (``UserFacingError("Balie {number} bestaat niet.", number=4)``).
Never build them with f-strings: ``scripts/extract_error_texts.py`` collects the literal
templates into ``resources/translations/errors_en.ts``, and the UI translates the template
(Qt context ``"UserFacingError"``) before filling in the parameters, so an English workstation
shows the English text. Parameters are for the screen only; ``detail`` is what goes to the log.
"""

from __future__ import annotations

import string
from collections.abc import Callable, Mapping

_FORMATTER = string.Formatter()


def placeholders(template: str) -> frozenset[str]:
    """The ``{name}`` fields of ``template``; ``ValueError`` when its braces do not balance."""
    return frozenset(
        field.split(".")[0].split("[")[0]
        for _, field, _, _ in _FORMATTER.parse(template)
        if field is not None
    )


def _fill(template: str, params: Mapping[str, object]) -> str:
    # Without parameters a template is plain text, so a stray brace can never break it.
    return template.format(**params) if params else template


class UserFacingError(Exception):
    """An expected failure with a message for the person at the counter."""

    def __init__(
        self, message: str, next_step: str = "", *, detail: str = "", **params: object
    ) -> None:
        self.message_template = message
        self.next_step_template = next_step
        self.params: dict[str, object] = dict(params)
        self.message = _fill(message, self.params)
        self.next_step = _fill(next_step, self.params)
        self.detail = detail or self.message
        super().__init__(self.detail)

    def __str__(self) -> str:
        return self.detail

    @property
    def screen_text(self) -> str:
        """Message and next step (Dutch) as one text for a dialog, banner or the CLI."""
        return _join(self.message, self.next_step)

    def translated(self, translate: Callable[[str], str]) -> str:
        """Message and next step as one text, each template passed through ``translate``.

        A translation whose placeholders differ from the Dutch template's, or that does not
        format, is not used: the Dutch text is shown rather than a broken or incomplete one.
        """
        step = self._render(self.next_step_template, translate) if self.next_step_template else ""
        return _join(self._render(self.message_template, translate), step)

    def _render(self, template: str, translate: Callable[[str], str]) -> str:
        text = translate(template)
        if not text or text == template:
            return _fill(template, self.params)
        try:
            if placeholders(text) != placeholders(template):
                return _fill(template, self.params)
            return _fill(text, self.params)
        except (KeyError, IndexError, ValueError, AttributeError, TypeError):
            return _fill(template, self.params)


def _join(message: str, next_step: str) -> str:
    return f"{message} {next_step}".strip()


class NotFound(UserFacingError):
    """A site fact that does not exist: location, service, counter, staff member or ticket."""


def dutch_text(text: str) -> str:
    """Mark a Dutch screen text made below the UI that is not an error (a device status).

    Returns the text unchanged; ``scripts/extract_error_texts.py`` collects the literal into
    ``errors_en.ts`` beside the error templates, so the UI can translate it the same way.
    """
    return text


class StoreUnavailable(UserFacingError):
    """A store behind a use case (the site database) cannot be used right now: unreachable,
    busy, damaged or of another version. Nothing was changed; screens show it as the
    disconnected state with a banner and recover by themselves when the store is back."""


class SchemaMismatch(UserFacingError):
    """The site database is at another schema revision than this build of Loket works with.

    Not a passing state like a lost connection: the workstation stops until IT acts.
    """
