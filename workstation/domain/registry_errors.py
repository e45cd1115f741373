"""The two ways a registry write or read can fail, as the outbox relay must tell them apart.

They live in the domain (not in ``services.registry_ports``, which re-exports them) so that the
HTTP adapters and the relay in ``workstation.sync`` can raise and catch them without importing
the services layer (DESIGN.md §3: adapters sit below services).
"""

from __future__ import annotations

from workstation.domain.errors import UserFacingError


class RegistryUnavailable(UserFacingError):
    """The registry could not be reached or answered 5xx: try again later, same request."""


class RegistryRejected(UserFacingError):
    """The registry refused the request (a 4xx that is not a duplicate key): do not retry."""
