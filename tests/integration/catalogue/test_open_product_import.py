"""``catalogue import --from URL`` against the reference Open Product 1.8 server: producttypen
with prices, requirements and translations become one municipality's products in the site
database, through the same checks as the site file; a second import changes nothing."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

from tests.reference_servers.openproduct_server import (
    TOKEN,
    OpenProductServer,
    ProductType,
    sample_producttypen,
)
from workstation.__main__ import main
from workstation.app import Site, open_site
from workstation.demo_seed import demo_site_text
from workstation.domain.catalogue import Condition, Delivery, Fact, Situation
from workstation.services.catalogue_import import CatalogueImport
from workstation.services.site_admin import SiteAdmin, SiteChanges
from workstation.settings import KEYRING_SERVICE
from workstation.store.catalogue_store import SqlCatalogueReader
from workstation.store.catalogue_upl import upl_names, upl_uri
from workstation.store.site_uow import SqlSiteUnitOfWork
from workstation.sync.open_product_client import (
    OpenProductCatalogue,
    OpenProductClient,
    OpenProductInvalid,
    OpenProductUnavailable,
)


@pytest.fixture
def site(site_url: str) -> Iterator[Site]:
    opened = open_site(site_url, migrate=True)
    SiteAdmin(lambda: SqlSiteUnitOfWork(opened.database)).import_text(demo_site_text())
    yield opened
    opened.close()


@pytest.fixture
def server() -> Iterator[OpenProductServer]:
    with OpenProductServer(sample_producttypen()) as running:
        yield running


def run(site: Site, url: str, *, token: str | None = TOKEN,
        dry_run: bool = False) -> SiteChanges:
    client = OpenProductClient(url, token)
    try:
        source = OpenProductCatalogue(client, upl_uri)
        admin = SiteAdmin(lambda: SqlSiteUnitOfWork(site.database), upl_names=upl_names)
        return CatalogueImport(source, admin).run("0748", dry_run=dry_run)
    finally:
        client.close()


def test_producttypen_become_the_municipalitys_products(site: Site,
                                                        server: OpenProductServer) -> None:
    changes = run(site, server.base_url)
    assert changes.summary() == ("4 producten toegevoegd, 1 product gewijzigd, "
                                 "10 producten verwijderd.")
    catalogue = SqlCatalogueReader(site.database).catalogue()
    assert len(catalogue.for_municipality("0777")) == 11  # other municipalities untouched
    products = {p.code: p for p in catalogue.for_municipality("0748")}
    assert sorted(products) == ["brp-uittr", "park-1", "park-2", "park-3", "paspoort"]

    uittreksel = products["brp-uittr"]
    assert uittreksel.upl_uri == "http://standaarden.overheid.nl/owms/terms/brpUittr"
    assert (uittreksel.title_en, uittreksel.offers_english) == ("Extract from the BRP", True)
    assert uittreksel.delivery is Delivery.DIRECT and uittreksel.document == "uittreksel-brp"
    assert [(i.text_nl, i.text_en) for i in uittreksel.checklist] == [
        ("Een geldig identiteitsbewijs", "Valid proof of identity")]
    assert uittreksel.zaaktype.endswith("/zaaktypen/5c3b1d3e-0f7a-4d0c-9a53-6c1f1f0b2a11")

    paspoort = products["paspoort"]
    assert (paspoort.delivery, paspoort.working_days) == (Delivery.PICKUP, 5)
    assert not paspoort.offers_english
    assert [item.when for item in paspoort.checklist] == [
        Condition(), Condition(Fact.LOST_DOCUMENT, negated=True),
        Condition(Fact.LOST_DOCUMENT), Condition(Fact.UNDER_18)]
    fee = paspoort.fee_on(date(2026, 6, 1), Situation(), ["spoed"])
    assert [line.amount_cents for line in fee.lines] == [8649, 14426 - 8649]
    assert paspoort.fee_on(date(2027, 6, 1), Situation(under_18=True)).total_cents == 6711

    assert not run(site, server.base_url).changed_anything


def test_a_dry_run_changes_nothing(site: Site, server: OpenProductServer) -> None:
    before = SqlCatalogueReader(site.database).catalogue()
    assert run(site, server.base_url, dry_run=True).changed_anything
    assert SqlCatalogueReader(site.database).catalogue() == before


def test_producttypen_loket_cannot_take_are_named_and_nothing_changes(site: Site) -> None:
    broken = sample_producttypen()
    broken[0].uniforme_product_naam = "bestaat niet"
    broken[1].parameters = {"levering": "afhalen"}
    broken.append(ProductType(code="X", naam="Zonder zaaktype", samenvatting="-",
                              uniforme_product_naam="paspoort",
                              prijzen=[("2026-01-01", [("normaal", "1.00")])], zaaktype_url=""))
    before = SqlCatalogueReader(site.database).catalogue()
    with OpenProductServer(broken) as server, pytest.raises(OpenProductInvalid) as caught:
        run(site, server.base_url)
    assert [problem.message for problem in caught.value.problems] == [
        "Producttype brp-uittr: de UPL-naam 'bestaat niet' staat niet in de UPL-lijst van "
        "Loket.",
        "Producttype paspoort: een product om af te halen heeft parameter werkdagen (1 tot en "
        "met 60).",
        "Producttype x heeft geen zaaktype.",
    ]
    assert SqlCatalogueReader(site.database).catalogue() == before


def test_a_wrong_token_or_address_is_a_plain_message(site: Site,
                                                     server: OpenProductServer) -> None:
    with pytest.raises(OpenProductUnavailable) as refused:
        run(site, server.base_url, token="wrong")
    assert refused.value.message == "Open Product weigert de toegang (HTTP 401)."
    with pytest.raises(OpenProductUnavailable) as absent:
        run(site, "http://127.0.0.1:9")
    assert absent.value.message.startswith("Open Product op http://127.0.0.1:9")


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def test_the_command_imports_lists_and_shows(
        sqlite_url: str, server: OpenProductServer, memory_keyring: MemoryKeyring,
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    memory_keyring.set_password(KEYRING_SERVICE, "open_product_token", TOKEN)
    monkeypatch.setenv("LOKET_DATABASE__URL", sqlite_url)
    opened = open_site(sqlite_url, migrate=True)
    SiteAdmin(lambda: SqlSiteUnitOfWork(opened.database)).import_text(demo_site_text())
    opened.close()
    assert main(["catalogue", "import", "--from", server.base_url, "--municipality", "0748",
                 "--dry-run"]) == 0
    assert "Proefimport" in capsys.readouterr().out
    assert main(["catalogue", "import", "--from", server.base_url,
                 "--municipality", "0748"]) == 0
    assert "4 producten toegevoegd, 1 product gewijzigd" in capsys.readouterr().out
    assert main(["catalogue", "list", "--municipality", "0748", "--date", "2027-03-01"]) == 0
    listing = capsys.readouterr().out
    assert "paspoort" in listing and "€ 89,77" in listing
    assert main(["catalogue", "show", "paspoort", "--municipality", "0748", "--date",
                 "2027-03-01", "--under-18", "--option", "spoed"]) == 0
    shown = capsys.readouterr().out
    assert "Toestemming van beide ouders" in shown
    assert "€ 67,11" in shown and "Totaal: € 128,11" in shown
