"""The central case and contact registries from the settings: the HTTP adapters when
``[zaken] url`` / ``[klantinteracties] url`` are set, else ``None`` (the composition root then
uses the embedded registry, DESIGN.md §2). Secrets come from the OS keyring, never the file.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from workstation.domain.errors import UserFacingError
from workstation.settings import Settings, read_secret

if TYPE_CHECKING:  # httpx and the ZGW clients load only where a registry is configured
    from workstation.sync.klantinteracties_client import KlantinteractiesClient
    from workstation.sync.zaken_client import ZakenClient

ZAKEN_SECRET = "zaken_secret"  # keyring user names (service "loket")
KLANTINTERACTIES_TOKEN = "klantinteracties_token"


class RegistryNotConfigured(UserFacingError):
    """A registry URL is set but a setting it needs is not."""


def case_registry(settings: Settings) -> ZakenClient | None:
    zaken = settings.zaken
    if not zaken.url:
        return None
    missing = [name for name, value in (("catalogi_url", zaken.catalogi_url),
                                        ("client_id", zaken.client_id),
                                        ("bronorganisatie", zaken.bronorganisatie),
                                        ("zaaktype", zaken.zaaktype)) if not value]
    if missing:
        raise RegistryNotConfigured(
            "Het zaaksysteem is maar half ingesteld: {missing} ontbreekt.",
            "Vraag IT de sectie [zaken] aan te vullen.",
            detail=f"[zaken] url set, missing {missing}", missing=", ".join(missing))
    from workstation.sync.zaken_client import ZakenClient

    return ZakenClient(zaken_url=zaken.url, catalogi_url=zaken.catalogi_url,
                       client_id=zaken.client_id, secret=read_secret(ZAKEN_SECRET),
                       user_id=settings.workstation.staff,
                       user_representation=settings.workstation.staff,
                       timeout_s=zaken.timeout_s)


def contact_registry(settings: Settings) -> KlantinteractiesClient | None:
    klant = settings.klantinteracties
    if not klant.url:
        return None
    from workstation.sync.klantinteracties_client import KlantinteractiesClient

    return KlantinteractiesClient(url=klant.url, token=read_secret(KLANTINTERACTIES_TOKEN),
                                  timeout_s=klant.timeout_s)
