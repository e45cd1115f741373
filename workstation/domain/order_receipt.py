"""What the receipt (kwitantie) of an order says: the fee lines, the total, how it was paid,
the leges text and, for pickups, from when the product can be collected. Dutch; the printer
adds only the layout."""

from __future__ import annotations

from workstation.domain.catalogue import Delivery
from workstation.domain.order import Order, PaymentMethod, ReceiptText


def receipt_for(order: Order, municipality_name: str) -> ReceiptText:
    lines = tuple(fee for line in order.lines for fee in line.fee_lines)
    notes = [f"{line.title_nl}: af te halen vanaf {line.ready_on:%d-%m-%Y}."
             for line in order.lines if line.delivery is Delivery.PICKUP]
    if order.total_cents:
        notes.append(f"Leges volgens de legesverordening {order.business_day.year} van "
                     f"{municipality_name}. Leges zijn niet belast met btw.")
    return ReceiptText(
        municipality=municipality_name,
        counter=str(order.visit.counter),
        order_number=order.number,
        paid_at=order.committed_at,
        lines=lines,
        total_cents=order.total_cents,
        payment=_payment_text(order),
        notes=tuple(notes),
    )


def _payment_text(order: Order) -> str:
    payment = order.payment
    if payment is None:
        return "Geen betaling (gratis)"
    if payment.method is PaymentMethod.PIN:
        return f"{payment.method.label()} (ref. {payment.terminal_reference})"
    if payment.method is PaymentMethod.OP_REKENING:
        return f"{payment.method.label()}: u ontvangt een factuur"
    return payment.method.label()
