"""The product catalogue in the site database: written by the site import, read by every
channel (counter, phone, kiosk) through ``CatalogueReader``, so there is one source."""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from workstation.domain.catalogue import (
    Catalogue,
    ChecklistItem,
    Condition,
    Delivery,
    FeeOption,
    Product,
    Tariff,
)
from workstation.domain.site import MunicipalityInfo
from workstation.store import models as m
from workstation.store.database import SiteDatabase
from workstation.store.errors import database_unavailable, is_connection_problem
from workstation.store.site_rows import not_found


def read_products(session: Session) -> tuple[Product, ...]:
    """Every product, by municipality code and product code."""
    codes = {row.id: row.code for row in session.execute(
        select(m.Municipality.id, m.Municipality.code))}
    items: dict[int, list[ChecklistItem]] = {}
    for item in session.scalars(select(m.ProductChecklistItem)
                                .order_by(m.ProductChecklistItem.position)):
        items.setdefault(item.product_id, []).append(
            ChecklistItem(item.text_nl, item.text_en, Condition.parse(item.condition)))
    options: dict[int, list[FeeOption]] = {}
    for option in session.scalars(select(m.ProductFeeOption)
                                  .order_by(m.ProductFeeOption.position)):
        options.setdefault(option.tariff_id, []).append(
            FeeOption(option.code, option.name_nl, option.name_en, option.amount_cents,
                      option.working_days))
    tariffs: dict[int, list[Tariff]] = {}
    for tariff in session.scalars(select(m.ProductTariff).order_by(m.ProductTariff.valid_from)):
        tariffs.setdefault(tariff.product_id, []).append(Tariff(
            tariff.valid_from, tariff.amount_cents, tariff.under_18_cents,
            tuple(options.get(tariff.id, ()))))
    products = [
        Product(
            municipality=codes[row.municipality_id], code=row.code, upl_name=row.upl_name,
            upl_uri=row.upl_uri, title_nl=row.title_nl, summary_nl=row.summary_nl,
            delivery=Delivery(row.delivery), zaaktype=row.zaaktype, title_en=row.title_en,
            summary_en=row.summary_en, working_days=row.working_days,
            checklist=tuple(items.get(row.id, ())), tariffs=tuple(tariffs.get(row.id, ())),
            document=row.document,
        )
        for row in session.scalars(select(m.Product))
    ]
    return tuple(sorted(products, key=lambda p: (p.municipality, p.code)))


def put_product(session: Session, spec: Product) -> None:
    """Add or replace the product with its checklist and tariffs."""
    municipality_id = session.scalar(
        select(m.Municipality.id).where(m.Municipality.code == spec.municipality))
    assert municipality_id is not None, f"municipality {spec.municipality} not written yet"
    row = session.scalar(select(m.Product).where(
        m.Product.municipality_id == municipality_id, m.Product.code == spec.code))
    if row is None:
        row = m.Product(municipality_id=municipality_id, code=spec.code)
        session.add(row)
    row.upl_name, row.upl_uri = spec.upl_name, spec.upl_uri
    row.title_nl, row.title_en = spec.title_nl, spec.title_en
    row.summary_nl, row.summary_en = spec.summary_nl, spec.summary_en
    row.delivery, row.working_days = spec.delivery.value, spec.working_days
    row.zaaktype, row.document = spec.zaaktype, spec.document
    session.flush()
    _remove_children(session, row.id)
    session.add_all(
        m.ProductChecklistItem(product_id=row.id, position=position, text_nl=item.text_nl,
                               text_en=item.text_en, condition=item.when.text())
        for position, item in enumerate(spec.checklist))
    for tariff in spec.tariffs:
        tariff_row = m.ProductTariff(product_id=row.id, valid_from=tariff.valid_from,
                                     amount_cents=tariff.amount_cents,
                                     under_18_cents=tariff.under_18_cents)
        session.add(tariff_row)
        session.flush()
        session.add_all(
            m.ProductFeeOption(tariff_id=tariff_row.id, position=position, code=option.code,
                               name_nl=option.name_nl, name_en=option.name_en,
                               amount_cents=option.amount_cents,
                               working_days=option.working_days)
            for position, option in enumerate(tariff.options))
    session.flush()


def remove_product(session: Session, municipality: str, code: str) -> None:
    row = session.scalar(
        select(m.Product).join(m.Municipality, m.Municipality.id == m.Product.municipality_id)
        .where(m.Municipality.code == municipality, m.Product.code == code))
    if row is None:
        return
    _remove_children(session, row.id)
    session.delete(row)
    session.flush()


def _remove_children(session: Session, product_id: int) -> None:
    tariff_ids = select(m.ProductTariff.id).where(m.ProductTariff.product_id == product_id)
    session.execute(delete(m.ProductFeeOption).where(m.ProductFeeOption.tariff_id.in_(tariff_ids)))
    session.execute(delete(m.ProductTariff).where(m.ProductTariff.product_id == product_id))
    session.execute(delete(m.ProductChecklistItem)
                    .where(m.ProductChecklistItem.product_id == product_id))
    session.flush()


class SqlCatalogueReader:
    """``CatalogueReader`` on the site database (services/catalogue_service.py)."""

    def __init__(self, database: SiteDatabase) -> None:
        self._database = database

    def catalogue(self) -> Catalogue:
        try:
            with Session(self._database.read_engine) as session:
                return Catalogue(read_products(session))
        except Exception as exc:
            if is_connection_problem(exc):
                raise database_unavailable(exc) from exc
            raise

    def municipality(self, code: str) -> MunicipalityInfo:
        try:
            with Session(self._database.read_engine) as session:
                row = session.scalar(select(m.Municipality).where(m.Municipality.code == code))
        except Exception as exc:
            if is_connection_problem(exc):
                raise database_unavailable(exc) from exc
            raise
        if row is None:
            raise not_found("Gemeente {code} bestaat niet op deze site.",
                            f"municipality {code!r}", code=code)
        return MunicipalityInfo(row.code, row.name, row.rsin, row.primary_colour,
                                row.accent_colour, row.logo_resource)
