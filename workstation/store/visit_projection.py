"""The visit's moments on the ticket row, folded as each queue event is written (ADR 0028).

:data:`workstation.domain.measures.VISIT_MOMENTS` says which event type moves which moment
and whether the first or the last counts (``measures.folded_moment``); this module compiles
that rule into the SET clause of an UPDATE, so the queue's unit of work keeps the projection
in the event's own transaction and the report reads one row per ticket.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Float, case, literal

from workstation.domain.measures import MOMENT_OF_EVENT, VISIT_MOMENTS, Pick
from workstation.store import models as m

MOMENT_COLUMNS: tuple[Any, ...] = tuple(
    getattr(m.Ticket, f"{name}_epoch") for name, _type, _pick in VISIT_MOMENTS)
"""The ticket's moment columns, in :data:`VISIT_MOMENTS` order."""


def folded(column: Any, pick: Pick, at: float) -> ColumnElement[float]:
    """``measures.folded_moment(pick, column, at)`` as SQL."""
    value = literal(at, Float)
    later = value < column if pick is Pick.FIRST else value > column
    return case((column.is_(None) | later, value), else_=column)


def moment_values(event_type: str, at: float) -> dict[str, ColumnElement[float]]:
    """The ticket's column an event of ``event_type`` at ``at`` (epoch) moves, as UPDATE
    values; empty for a type no moment needs."""
    moment = MOMENT_OF_EVENT.get(event_type)
    if moment is None:
        return {}
    name, pick = moment
    column = f"{name}_epoch"
    return {column: folded(getattr(m.Ticket, column), pick, at)}
