"""Products for tests of the catalogue and the orders: a direct uittreksel, a pickup passport
with a minor's fee and express option, a free verhuismelding, each with 2026 and 2027 tariffs."""

from __future__ import annotations

from datetime import date

from workstation.domain.catalogue import (
    Catalogue,
    ChecklistItem,
    Condition,
    Delivery,
    Fact,
    FeeOption,
    Product,
    Tariff,
)
from workstation.domain.site import MunicipalityInfo

MUNICIPALITY = MunicipalityInfo("0748", "Gemeente Bergen op Zoom", "001710011", "#B0182F",
                                "#F2C200", None)

UITTREKSEL = Product(
    municipality="0748", code="uittreksel-brp", upl_name="brp-uittreksel",
    upl_uri="http://standaarden.overheid.nl/owms/terms/brpUittr",
    title_nl="Uittreksel BRP", title_en="Extract from the BRP",
    summary_nl="Een uittreksel uit de Basisregistratie Personen.",
    summary_en="An extract from the Personal Records Database.",
    delivery=Delivery.DIRECT, zaaktype="UITTREKSEL-BRP",
    checklist=(ChecklistItem("Geldig identiteitsbewijs", "Valid proof of identity"),),
    tariffs=(Tariff(date(2026, 1, 1), 1525), Tariff(date(2027, 1, 1), 1560)),
    document="uittreksel-brp",
)
PASPOORT = Product(
    municipality="0748", code="paspoort", upl_name="paspoort",
    upl_uri="http://standaarden.overheid.nl/owms/terms/paspoort",
    title_nl="Paspoort", summary_nl="Een paspoort aanvragen.", delivery=Delivery.PICKUP,
    working_days=5, zaaktype="PASPOORT",
    checklist=(
        ChecklistItem("Pasfoto, niet ouder dan 6 maanden"),
        ChecklistItem("Het oude paspoort", when=Condition(Fact.FIRST_APPLICATION, negated=True)),
        ChecklistItem("Proces-verbaal van vermissing", when=Condition(Fact.LOST_DOCUMENT)),
        ChecklistItem("Toestemming van beide ouders", when=Condition(Fact.UNDER_18)),
    ),
    tariffs=(
        Tariff(date(2026, 1, 1), 8470, 6300, (FeeOption("spoed", "Spoedlevering",
                                                        "Express delivery", 5770, 1),)),
        Tariff(date(2027, 1, 1), 8795, 6540, (FeeOption("spoed", "Spoedlevering",
                                                        "Express delivery", 5990),)),
    ),
)
VERHUIZING = Product(
    municipality="0748", code="verhuismelding", upl_name="verhuismelding",
    upl_uri="http://standaarden.overheid.nl/owms/terms/verhuismelding",
    title_nl="Verhuizing doorgeven", summary_nl="Uw nieuwe adres doorgeven.",
    delivery=Delivery.DIRECT, zaaktype="VERHUIZING",
    tariffs=(Tariff(date(2026, 1, 1), 0),),
)
CATALOGUE = Catalogue((PASPOORT, UITTREKSEL, VERHUIZING))


class FakeCatalogueReader:
    def __init__(self, catalogue: Catalogue = CATALOGUE) -> None:
        self.current = catalogue

    def catalogue(self) -> Catalogue:
        return self.current

    def municipality(self, code: str) -> MunicipalityInfo:
        assert code == MUNICIPALITY.code
        return MUNICIPALITY
