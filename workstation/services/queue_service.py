"""Queue use cases: issue, check in, call, recall, no-show, serve, transfer, finish, cancel,
park and unpark, closing the business day, and tickets of counters whose workstation died.

Each command is one unit of work (one transaction) that checks the domain rule, saves the new
ticket state and appends the event; the change feed is told at commit.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

from workstation.domain.appointments import check_in_window, normalise_booking_code
from workstation.domain.bsn import mask_bsn_shapes
from workstation.domain.counter_tickets import CounterTicketView, ParkedTicketView
from workstation.domain.errors import UserFacingError
from workstation.domain.overview import (
    AppointmentView,
    CounterPresenceView,
    CurrentTicketView,
    LocationOverview,
    TodayTicketView,
)
from workstation.domain.queue import (
    RECENT_SERVICE_WINDOW,
    SITE_TIMEZONE,
    UNDO_WINDOW,
    UNDOES,
    CounterBusy,
    EventType,
    TicketKind,
    TicketState,
    business_day,
    closing_time,
    end_of_business_day,
    expected_wait,
    format_ticket_number,
    should_become_no_show,
    utc_now,
)
from workstation.domain.site import CounterInfo, LocationInfo, ServiceInfo, StaffInfo
from workstation.domain.staff import Permission, require
from workstation.domain.ticket import Ticket, TransferNoteRecord
from workstation.services.ports import (
    Clock,
    QueueReader,
    QueueUnitOfWork,
    UnitOfWorkFactory,
)

log = logging.getLogger("loket.queue")


@dataclass(frozen=True, slots=True)
class IssuedTicket:
    """A new ticket with everything a ticket printer and the intake screen need."""

    ticket: Ticket
    service: ServiceInfo
    location: LocationInfo
    expected_wait: timedelta | None
    tickets_ahead: int


@dataclass(frozen=True, slots=True)
class CounterPost:
    """Where a counter action happens: the location, the counter and who works there."""

    location: LocationInfo
    counter: CounterInfo
    staff: StaffInfo | None


class NoCurrentTicket(UserFacingError):
    pass


class CounterPaused(UserFacingError):
    """A paused counter gets no calls."""


@dataclass(frozen=True, slots=True)
class DayClosed:
    """What closing a business day did: tickets ended as "not served (day closed)"."""

    location_code: str
    day: date
    closed: int


class QueueService:
    def __init__(
        self, unit_of_work: UnitOfWorkFactory, reader: QueueReader, clock: Clock = utc_now
    ) -> None:
        self._uow = unit_of_work
        self._reader = reader
        self._clock = clock

    # -- where -----------------------------------------------------------------------------

    def location(self, code: str) -> LocationInfo:
        return self._reader.location(code)

    def staff(self, code: str) -> StaffInfo:
        """The staff member with this code; UserFacingError when nobody has it."""
        with self._uow() as uow:
            return uow.staff(code)

    def services(self, location_code: str) -> tuple[ServiceInfo, ...]:
        return self._reader.services(self.location(location_code).id)

    def counter_post(self, location_code: str, counter_number: int, staff_code: str = "",
                     ) -> CounterPost:
        """Resolve a counter and open its staff member's counter session.

        The caller has checked who they are (sign-in with PIN; the command line holds the
        database credentials); their roles must allow counter work.
        """
        with self._uow() as uow:
            location = uow.location(location_code)
            counter = uow.counter(location.id, counter_number)
            staff = uow.staff(staff_code) if staff_code else None
            if staff is not None:
                require(staff, Permission.CALL)
                uow.open_counter_session(counter.id, staff.id, self._clock())
                uow.announce_change(location.id)
                uow.commit()
        return CounterPost(location, counter, staff)

    def leave_counter(self, post: CounterPost) -> None:
        with self._uow() as uow:
            uow.close_counter_session(post.counter.id, self._clock())
            uow.announce_change(post.location.id)
            uow.commit()

    # -- intake ----------------------------------------------------------------------------

    def issue_ticket(self, location_code: str, service_letter: str, *,
                     priority: bool = False, by: StaffInfo | None = None) -> IssuedTicket:
        """A walk-in ticket; ``priority`` (reception only) puts it before the norm order;
        ``by`` is the signed-in receptionist (None: the kiosk)."""
        if by is not None:
            require(by, Permission.ISSUE_TICKET)
        with self._uow() as uow:
            location = uow.location(location_code)
            service = uow.service(location.id, service_letter)
            ticket = self._new_ticket(uow, location, service, TicketKind.WALK_IN, None, by,
                                      priority=priority)
            uow.commit()
        log.info("issued %s for service %s at %s%s", ticket.number, service.letter,
                 location.code, " (priority)" if priority else "")
        return self._issued(ticket, service, location)

    def reprint(self, location_code: str, ticket_id: str) -> IssuedTicket:
        """An earlier ticket of today again, for a second print (it keeps its place)."""
        with self._uow() as uow:
            location = uow.location(location_code)
            ticket = uow.ticket_for_update(ticket_id)
            if not ticket.state.is_open:
                raise UserFacingError(
                    "Wachtnummer {number} is niet meer in gebruik.",
                    "Geef de bezoeker zo nodig een nieuw wachtnummer.",
                    detail=f"reprint of {ticket.state} ticket",
                    number=ticket.number,
                )
            service = uow.service_by_id(ticket.service_id)
        log.info("reprint of %s at %s", ticket.number, location.code)
        return self._issued(ticket, service, location)

    def check_in(self, location_code: str, booking_code: str, *,
                 by: StaffInfo | None = None) -> IssuedTicket:
        """Turn an appointment's booking code into a ticket (once; a second time is refused).

        Only on the appointment's day, from 30 minutes before until the location's
        ``checkin_late_minutes`` after it (CheckInRefused says which and what to do).
        ``by`` is the signed-in receptionist (None: the visitor at the kiosk).
        """
        if by is not None:
            require(by, Permission.CHECK_IN)
        code = normalise_booking_code(booking_code)
        with self._uow() as uow:
            location = uow.location(location_code)
            appointment = uow.appointment_for_update(location.id, code)
            if appointment.ticket_id is not None:
                raise UserFacingError(
                    "Voor deze afspraak is al een wachtnummer uitgegeven.",
                    "Vraag de bezoeker naar het wachtnummer of meld u bij de balie.",
                    detail="appointment already checked in",
                )
            check_in_window(appointment.scheduled_at, self._clock(),
                            location.checkin_late_minutes)
            service = uow.service_by_id(appointment.service_id)
            ticket = self._new_ticket(
                uow, location, service, TicketKind.APPOINTMENT, appointment.scheduled_at, by
            )
            uow.link_appointment(code, ticket.id)
            uow.commit()
        log.info("checked in appointment as %s at %s", ticket.number, location.code)
        return self._issued(ticket, service, location)

    def _new_ticket(
        self, uow: QueueUnitOfWork, location: LocationInfo, service: ServiceInfo,
        kind: TicketKind, appointment_at: datetime | None, by: StaffInfo | None, *,
        priority: bool = False,
    ) -> Ticket:
        now = self._clock()
        day = business_day(now)
        sequence = uow.next_sequence(location.id, service.id, day)
        ticket = Ticket(
            id=str(uuid.uuid4()), location_id=location.id, issued_service_id=service.id,
            service_id=service.id, business_day=day, sequence=sequence,
            number=format_ticket_number(service.letter, sequence), kind=kind,
            state=TicketState.WAITING, issued_at=now, queued_at=now,
            appointment_at=appointment_at, priority=priority,
        )
        uow.add_ticket(ticket)
        uow.add_event(replace(ticket.issued_event(), staff_id=by.id if by else None))
        uow.announce_change(location.id)
        return ticket

    def _issued(self, ticket: Ticket, service: ServiceInfo, location: LocationInfo,
                ) -> IssuedTicket:
        estimate = self._reader.wait_estimate(service, self._clock() - RECENT_SERVICE_WINDOW)
        ahead = max(0, estimate.tickets_ahead - 1)  # the count includes the new ticket
        wait = expected_wait(replace(estimate, tickets_ahead=ahead))
        return IssuedTicket(ticket, service, location, wait, ahead)

    # -- counter work ----------------------------------------------------------------------

    def call_next(self, post: CounterPost) -> Ticket | None:
        """Hand the next ticket of today in call order to this counter; exactly one counter
        gets it.

        A counter that still has a called or serving ticket gets that one back instead, so a
        double press, a restart or a second process acting as the same counter never hands
        out a second ticket: the counter's row is locked first, and a unique index holds a
        counter to one called or serving ticket whatever races.
        """
        require(post.staff, Permission.CALL)
        try:
            return self._call_next(post)
        except CounterBusy:  # lost a race with itself: what it holds now is the answer
            return self._call_next(post)

    def _call_next(self, post: CounterPost) -> Ticket | None:
        with self._uow() as uow:
            self._lock_working_counter(uow, post)
            now = self._clock()
            # By the counter's services as they are now (read in the claim itself), not as
            # they were at sign-in: a supervisor may open or close one while it works.
            claim = uow.claim_next(post.location.id, post.counter.id, _staff_id(post), now,
                                   business_day(now))
            if claim is None:
                return None
            ticket, newly_called = claim
            if not newly_called:
                return ticket
            uow.commit()
        log.info("counter %d called %s", post.counter.number, ticket.number)
        return ticket

    @staticmethod
    def _lock_working_counter(uow: QueueUnitOfWork, post: CounterPost) -> None:
        if uow.lock_counter(post.counter.id):
            raise CounterPaused(
                "Balie {number} heeft pauze.",
                "Kies Hervatten om weer bezoekers op te roepen.",
                detail=f"counter {post.counter.id} paused",
                number=post.counter.number,
            )

    def call_ticket(self, post: CounterPost, ticket_id: str) -> Ticket:
        """Call one waiting ticket of today chosen from the list, out of call order."""
        require(post.staff, Permission.CALL)
        with self._uow() as uow:
            self._lock_working_counter(uow, post)
            if uow.counter_ticket_for_update(post.counter.id) is not None:
                raise UserFacingError(
                    "U heeft nog een bezoeker.",
                    "Rond eerst het huidige wachtnummer af of stuur het door.",
                    detail=f"counter {post.counter.id} busy",
                )
            ticket = uow.ticket_for_update(ticket_id)
            if ticket.state is not TicketState.WAITING:
                raise UserFacingError(
                    "Wachtnummer {number} wacht niet meer.",
                    "Een collega heeft het misschien al opgeroepen. Kies een ander nummer.",
                    detail=f"ticket {ticket_id} is {ticket.state}",
                    number=ticket.number,
                )
            now = self._clock()
            if ticket.business_day != business_day(now):
                raise UserFacingError(
                    "Wachtnummer {number} is van een eerdere dag.",
                    "Sluit die dag af (queue close-day) en geef de bezoeker een nieuw nummer.",
                    detail=f"ticket {ticket_id} of {ticket.business_day}",
                    number=ticket.number,
                )
            called = self._call(uow, ticket, post, now)
            uow.commit()
        log.info("counter %d called %s by choice", post.counter.number, called.number)
        return called

    def _call(self, uow: QueueUnitOfWork, ticket: Ticket, post: CounterPost, now: datetime,
              ) -> Ticket:
        called, event = ticket.call(now, post.counter.id, _staff_id(post))
        uow.save_ticket(called)
        uow.add_event(event)
        uow.announce_change(post.location.id)
        return called

    def recall(self, post: CounterPost) -> Ticket:
        """Call the current ticket again; after the location's limit it becomes a no-show."""
        require(post.staff, Permission.SERVE)
        with self._uow() as uow:
            ticket = self._current(uow, post)
            if should_become_no_show(ticket.calls_made, post.location.no_show_after_calls):
                gone, event = ticket.step(EventType.NO_SHOW, self._clock(), _staff_id(post))
                log.info("%s no-show by rule after %d calls", ticket.number, ticket.calls_made)
            else:
                gone, event = ticket.call(self._clock(), post.counter.id, _staff_id(post))
            uow.save_ticket(gone)
            uow.add_event(event)
            uow.announce_change(post.location.id)
            uow.commit()
        return gone

    def mark_no_show(self, post: CounterPost) -> Ticket:
        return self._step(post, EventType.NO_SHOW)

    def start_serving(self, post: CounterPost) -> Ticket:
        return self._step(post, EventType.SERVING_STARTED)

    def finish(self, post: CounterPost) -> Ticket:
        return self._step(post, EventType.FINISHED)

    def _step(self, post: CounterPost, type_: EventType) -> Ticket:
        require(post.staff, Permission.SERVE)
        with self._uow() as uow:
            ticket = self._current(uow, post)
            moved, event = ticket.step(type_, self._clock(), _staff_id(post))
            uow.save_ticket(moved)
            uow.add_event(event)
            uow.announce_change(post.location.id)
            uow.commit()
        log.info("counter %d: %s %s", post.counter.number, moved.number, type_)
        return moved

    def undo(self, post: CounterPost, ticket_id: str) -> Ticket:
        """Take back this counter's own finish or no-show, within UNDO_WINDOW of it: the
        visitor is back at the counter, serving or called as before."""
        with self._uow() as uow:
            ticket = uow.ticket_for_update(ticket_id)
            now = self._clock()
            last = uow.last_event(ticket_id)
            undo_type = next((undo for undo, undone in UNDOES.items()
                              if last is not None and last[0] is undone), None)
            if last is None or undo_type is None or ticket.counter_id != post.counter.id:
                raise UserFacingError(
                    "Wachtnummer {number} kan niet meer worden teruggezet.",
                    "Er is na het afronden al iets anders mee gebeurd. Kijk in de lijst "
                    "Vandaag wat de laatste stand is.",
                    detail=f"undo refused: last event {last}", number=ticket.number,
                )
            if now - last[1] > UNDO_WINDOW:
                raise UserFacingError(
                    "De minuut om {number} terug te zetten is voorbij.",
                    "Komt de bezoeker toch terug? Laat de ontvangst een nieuw wachtnummer "
                    "geven.",
                    detail="undo window passed", number=ticket.number,
                )
            if uow.counter_ticket_for_update(post.counter.id) is not None:
                raise UserFacingError(
                    "U heeft al een volgende bezoeker; {number} kan niet terug.",
                    "Rond eerst de huidige bezoeker af of stuur die door.",
                    detail="undo with a current ticket", number=ticket.number,
                )
            back, event = ticket.step(undo_type, now, _staff_id(post))
            uow.save_ticket(back)
            uow.add_event(event)
            uow.announce_change(post.location.id)
            uow.commit()
        log.info("counter %d: %s %s", post.counter.number, back.number, undo_type)
        return back

    def transfer(
        self, post: CounterPost, *, to_service_letter: str | None = None,
        to_counter_number: int | None = None, note: str = "",
    ) -> Ticket:
        """Send the counter's visitor on; the note goes to the colleague as a transfer_note
        row (purged at the end of the business day), never into the immutable event log."""
        require(post.staff, Permission.TRANSFER)
        with self._uow() as uow:
            ticket = self._current(uow, post)
            to_service = (
                uow.service(post.location.id, to_service_letter).id
                if to_service_letter else None
            )
            to_counter = (
                uow.counter(post.location.id, to_counter_number).id
                if to_counter_number is not None else None
            )
            if to_counter == post.counter.id:
                raise UserFacingError(
                    "U kunt een wachtnummer niet naar uw eigen balie doorsturen.",
                    "Kies een andere balie of een dienst.",
                    detail="transfer to own counter",
                )
            now = self._clock()
            moved, event = ticket.transfer(
                now, _staff_id(post), to_service_id=to_service, to_counter_id=to_counter,
            )
            uow.save_ticket(moved)
            uow.add_event(event)
            # The note is for the colleague and lands in the site database, which holds no
            # personal data: a BSN typed into it anyway is masked before it is stored.
            text = mask_bsn_shapes(note.strip())
            if text:
                uow.add_transfer_note(TransferNoteRecord(
                    ticket.id, post.counter.id, _staff_id(post), text, now,
                    end_of_business_day(now),
                ))
            uow.announce_change(post.location.id)
            uow.commit()
        log.info("counter %d transferred %s", post.counter.number, moved.number)
        return moved

    def cancel(self, location_code: str, ticket_id: str, staff: StaffInfo | None = None,
               ) -> Ticket:
        """The visitor leaves: a waiting, called or parked ticket ends as cancelled."""
        with self._uow() as uow:
            location = uow.location(location_code)
            ticket = uow.ticket_for_update(ticket_id)
            cancelled, event = ticket.step(EventType.CANCELLED, self._clock(),
                                           staff.id if staff else None)
            uow.save_ticket(cancelled)
            uow.add_event(event)
            uow.announce_change(location.id)
            uow.commit()
        log.info("cancelled %s", cancelled.number)
        return cancelled

    def ticket_by_number(self, location_code: str, number: str) -> Ticket:
        """Today's ticket with this number at the location (for the command line)."""
        with self._uow() as uow:
            location = uow.location(location_code)
            return uow.ticket_by_number(location.id, number, business_day(self._clock()))

    def park(self, post: CounterPost) -> Ticket:
        """The visitor fetches a missing document: the ticket waits at this counter's side,
        and the counter may call the next visitor meanwhile."""
        return self._step(post, EventType.PARKED)

    def unpark(self, post: CounterPost, ticket_id: str) -> Ticket:
        """The parked visitor is back at this counter: serving goes on."""
        require(post.staff, Permission.SERVE)
        with self._uow() as uow:
            self._lock_working_counter(uow, post)
            if uow.counter_ticket_for_update(post.counter.id) is not None:
                raise UserFacingError(
                    "U heeft nog een bezoeker.",
                    "Rond eerst het huidige wachtnummer af of parkeer het.",
                    detail=f"counter {post.counter.id} busy",
                )
            ticket = uow.ticket_for_update(ticket_id)
            if ticket.state is TicketState.PARKED and ticket.counter_id != post.counter.id:
                raise UserFacingError(
                    "Wachtnummer {number} is bij een andere balie geparkeerd.",
                    "De bezoeker gaat terug naar die balie.",
                    detail=f"ticket {ticket_id} parked at counter {ticket.counter_id}",
                    number=ticket.number,
                )
            back, event = ticket.step(EventType.UNPARKED, self._clock(), _staff_id(post))
            uow.save_ticket(back)
            uow.add_event(event)
            uow.announce_change(post.location.id)
            uow.commit()
        log.info("counter %d: %s back from parking", post.counter.number, back.number)
        return back

    def parked(self, post: CounterPost) -> tuple[ParkedTicketView, ...]:
        """This counter's parked tickets, oldest first."""
        return self._reader.parked_tickets(post.counter.id)

    # -- business day ----------------------------------------------------------------------

    def close_day(self, location_code: str, day: date | None = None) -> DayClosed:
        """End the waiting and parked tickets of ``day`` (default today) and earlier days as
        "not served (day closed)", one event each, so the day's statistics stay true."""
        day = day or business_day(self._clock())
        with self._uow() as uow:
            location = uow.location(location_code)
            now = self._clock()
            tickets = uow.tickets_to_close(location.id, day)
            for ticket in tickets:
                closed, event = ticket.step(EventType.DAY_CLOSED, now, None)
                uow.save_ticket(closed)
                uow.add_event(event)
            if tickets:
                uow.announce_change(location.id)
            uow.commit()
        log.info("closed business day %s at %s: %d tickets not served", day, location_code,
                 len(tickets))
        return DayClosed(location_code, day, len(tickets))

    def close_day_if_due(self, location_code: str,
                         running_since: datetime | None = None) -> DayClosed | None:
        """What the apps run now and then: close earlier days still open, and today once
        today's closing time (from the opening hours) has passed — at that time: an app
        ``running_since`` after it (opened for an evening's work, or the demo tried at night)
        leaves today open; the next day's first round, or ``queue close-day``, closes it."""
        now = self._clock()
        today = business_day(now)
        with self._uow() as uow:
            location = uow.location(location_code)
            closes = closing_time(today, uow.opening_periods(location.id))
            earlier = uow.open_days(location.id, today)
        if (closes is not None and now >= closes
                and (running_since is None or running_since <= closes)):
            return self.close_day(location_code, today)
        if earlier:
            return self.close_day(location_code, today - timedelta(days=1))
        return None

    # -- counters whose workstation died ---------------------------------------------------

    def heartbeat(self, post: CounterPost) -> None:
        """The running counter workstation calls this every HEARTBEAT_INTERVAL."""
        with self._uow() as uow:
            if uow.touch_counter_session(post.counter.id, self._clock()):
                uow.commit()

    def counter_tickets(self, location_code: str) -> tuple[CounterTicketView, ...]:
        """Every called or serving ticket of the location, once each, stale ones marked."""
        location = self.location(location_code)
        return self._reader.counter_tickets(location.id, self._clock())

    def stale_tickets(self, location_code: str) -> tuple[CounterTicketView, ...]:
        return tuple(t for t in self.counter_tickets(location_code) if t.stale)

    def requeue_stale(self, location_code: str, ticket_id: str,
                      staff: StaffInfo | None = None) -> Ticket:
        """Put a stale counter's ticket back in the queue, keeping its place."""
        return self._settle_stale(location_code, ticket_id, staff, requeue=True)

    def finish_stale(self, location_code: str, ticket_id: str,
                     staff: StaffInfo | None = None) -> Ticket:
        """End a stale counter's ticket: served ends as finished, only called as no-show."""
        return self._settle_stale(location_code, ticket_id, staff, requeue=False)

    def _settle_stale(self, location_code: str, ticket_id: str, staff: StaffInfo | None, *,
                      requeue: bool) -> Ticket:
        require(staff, Permission.REQUEUE_STALE)
        stale = {t.ticket_id: t for t in self.stale_tickets(location_code)}
        if ticket_id not in stale:
            raise UserFacingError(
                "Dit wachtnummer hoort bij een balie die nog werkt.",
                "Vraag de collega aan die balie het af te ronden.",
                detail=f"ticket {ticket_id} is not stale",
            )
        staff_id = staff.id if staff else None
        with self._uow() as uow:
            location = uow.location(location_code)
            ticket = uow.ticket_for_update(ticket_id)
            now = self._clock()
            if requeue:
                moved, event = ticket.requeue(now, staff_id)
            else:
                type_ = (EventType.FINISHED if ticket.state is TicketState.SERVING
                         else EventType.NO_SHOW)
                moved, event = ticket.step(type_, now, staff_id)
            uow.save_ticket(moved)
            uow.add_event(event)
            uow.announce_change(location.id)
            uow.commit()
        log.info("stale ticket %s of counter %d %s", moved.number,
                 stale[ticket_id].counter_number, "requeued" if requeue else "ended")
        return moved

    def _current(self, uow: QueueUnitOfWork, post: CounterPost) -> Ticket:
        ticket = uow.counter_ticket_for_update(post.counter.id)
        if ticket is None:
            raise NoCurrentTicket(
                "Er is geen wachtnummer bij deze balie.",
                "Kies Volgende om een bezoeker op te roepen.",
                detail=f"counter {post.counter.id} has no current ticket",
            )
        return ticket

    # -- reading ---------------------------------------------------------------------------

    def overview(self, location_code: str, recent_calls: int = 10) -> LocationOverview:
        """One consistent read-only snapshot: screens never wait on a counter's write lock."""
        return self._reader.overview(location_code, self._clock(), recent_calls)

    def current_ticket(self, post: CounterPost) -> CurrentTicketView | None:
        """The ticket this counter is working on, also after a restart of the workstation."""
        return self._reader.current_ticket(post.counter.id, self._clock())

    def tickets_today(self, location_code: str) -> tuple[TodayTicketView, ...]:
        """Every ticket issued today at the location, newest first (reception's list)."""
        location = self.location(location_code)
        return self._reader.tickets_today(location.id, self._day_start())

    def counter_today(self, post: CounterPost) -> tuple[TodayTicketView, ...]:
        """The visitors this counter worked on today, latest action first."""
        return self._reader.tickets_today(post.location.id, self._day_start(),
                                          counter_id=post.counter.id)

    def transfer_targets(self, post: CounterPost) -> tuple[CounterPresenceView, ...]:
        """The other active counters of the location, with who is signed in there."""
        return tuple(c for c in self._reader.counter_presence(post.location.id)
                     if c.number != post.counter.number)

    def _day_start(self) -> datetime:
        return datetime.combine(business_day(self._clock()), time.min, SITE_TIMEZONE)

    def appointments_today(self, location_code: str) -> tuple[AppointmentView, ...]:
        """Today's appointments (Amsterdam day) of a location, in time order."""
        location = self.location(location_code)
        start = datetime.combine(business_day(self._clock()), time.min, SITE_TIMEZONE)
        return self._reader.appointments(location.id, start, start + timedelta(days=1))


def _staff_id(post: CounterPost) -> int | None:
    return post.staff.id if post.staff is not None else None
