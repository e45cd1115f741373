"""Skip a test whose outside service is absent — except under CI, where that is a failure.

DESIGN.md §9: tests that need PostgreSQL, pcscd or a display server run whenever those are
present and are required in CI (``CI=true``): there they fail instead of skipping.
"""

from __future__ import annotations

import os

import pytest


def running_in_ci() -> bool:
    return os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def require(available: bool, what: str) -> None:
    """Skip (locally) or fail (under CI) when ``what`` is not available."""
    if available:
        return
    if running_in_ci():
        pytest.fail(f"{what} is required under CI=true but is not available", pytrace=False)
    pytest.skip(f"{what} not available")
