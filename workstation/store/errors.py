"""Database failures as the person at the counter should hear about them."""

from __future__ import annotations

from sqlalchemy.exc import DBAPIError, OperationalError

from workstation.domain.errors import UserFacingError


class DatabaseUnavailable(UserFacingError):
    """The site database cannot be reached right now; nothing was changed."""


def is_connection_problem(exc: BaseException) -> bool:
    if isinstance(exc, OperationalError):
        return True
    return isinstance(exc, DBAPIError) and bool(exc.connection_invalidated)


def database_unavailable(exc: BaseException) -> DatabaseUnavailable:
    return DatabaseUnavailable(
        "Geen verbinding met de wachtrijdatabase. Er is niets gewijzigd.",
        "Wacht even; Loket maakt zelf opnieuw verbinding. Probeer het daarna nog eens.",
        detail=f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}",
    )
