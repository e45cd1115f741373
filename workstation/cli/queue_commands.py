"""``queue status|appointments|issue|call|finish|cancel|park|unpark|close-day|stale`` for IT
and scripts."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date

from workstation.app import Site, open_site_from
from workstation.domain.counter_tickets import CounterTicketView
from workstation.domain.queue import SITE_TIMEZONE, TicketState
from workstation.kcc import forget_lookups_here
from workstation.settings import Settings


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    queue = commands.add_parser("queue", help="look at and work the queue of a location")
    actions = queue.add_subparsers(dest="queue_command", required=True, metavar="ACTION")

    status = actions.add_parser("status", help="waiting tickets and calls per service")
    _location(status)
    status.set_defaults(handler=_with_site(_status))

    issue = actions.add_parser("issue", help="issue a ticket for a service")
    _location(issue)
    issue.add_argument("--service", required=True, help="service letter, e.g. A")
    issue.set_defaults(handler=_with_site(_issue))

    appointments = actions.add_parser("appointments", help="today's booking codes and times")
    _location(appointments)
    appointments.set_defaults(handler=_with_site(_appointments))

    call = actions.add_parser("call", help="call the next ticket to a counter")
    _counter(call)
    call.set_defaults(handler=_with_site(_call))

    finish = actions.add_parser("finish", help="finish the ticket at a counter")
    _counter(finish)
    finish.set_defaults(handler=_with_site(_finish))

    cancel = actions.add_parser("cancel", help="cancel a ticket: the visitor has left")
    _location(cancel)
    cancel.add_argument("--ticket", required=True, help="today's ticket number, e.g. A012")
    cancel.set_defaults(handler=_with_site(_cancel))

    park = actions.add_parser("park", help="park the ticket at a counter (visitor comes back)")
    _counter(park)
    park.set_defaults(handler=_with_site(_park))

    unpark = actions.add_parser("unpark", help="serve a parked ticket again at its counter")
    _counter(unpark)
    unpark.add_argument("--ticket", required=True, help="the parked ticket's number")
    unpark.set_defaults(handler=_with_site(_unpark))

    close_day = actions.add_parser(
        "close-day", help="end today's waiting and parked tickets as not served")
    _location(close_day)
    close_day.add_argument("--day", type=date.fromisoformat,
                           help="close this day (YYYY-MM-DD) and earlier; default: today")
    close_day.set_defaults(handler=_with_site(_close_day))

    stale = actions.add_parser(
        "stale", help="tickets held by counters whose workstation stopped; requeue or finish")
    _location(stale)
    stale.add_argument("--requeue", metavar="NUMBER", help="put this ticket back in the queue")
    stale.add_argument("--finish", metavar="NUMBER",
                       help="end this ticket (served: finished; only called: no-show)")
    stale.add_argument("--staff", help="staff code of the supervisor who requeues or finishes")
    stale.set_defaults(handler=_with_site(_stale))


def _location(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--location", help="location code (default: from the settings)")


def _counter(parser: argparse.ArgumentParser) -> None:
    _location(parser)
    parser.add_argument("--counter", type=int, required=True, help="counter number")
    parser.add_argument("--staff", required=True,
                        help="staff code of who works the counter (their role must allow it)")


Action = Callable[[argparse.Namespace, Settings, Site, str], int]


def _with_site(action: Action) -> Callable[[argparse.Namespace, Settings], int]:
    def handler(args: argparse.Namespace, settings: Settings) -> int:
        site = open_site_from(settings)
        try:
            return action(args, settings, site, args.location or settings.workstation.location)
        finally:
            site.close()
    return handler


def _status(_args: argparse.Namespace, settings: Settings, site: Site, location: str) -> int:
    overview = site.queue.overview(location)
    language = settings.language
    print(f"{'dienst':<28} {'wacht':>5} {'verwacht':>9}  eerstvolgende")
    for service in overview.services:
        wait = (f"{int(service.expected_wait.total_seconds() // 60)} min"
                if service.expected_wait is not None else "-")
        first = ", ".join(t.number for t in service.waiting[:5])
        print(f"{service.letter} {service.name(language):<26} {service.waiting_count:>5} "
              f"{wait:>9}  {first}")
    # Every ticket a counter holds, once, from the tickets themselves (not the last calls).
    for held in site.queue.counter_tickets(location):
        print(_held_line(held))
    return 0


def _held_line(held: CounterTicketView) -> str:
    what = "in gesprek" if held.state is TicketState.SERVING else "opgeroepen"
    line = f"{held.number} {what} bij balie {held.counter_number}"
    if held.stale:
        seen = (held.last_seen_at.astimezone(SITE_TIMEZONE).strftime("%H:%M")
                if held.last_seen_at is not None else "niemand aangemeld")
        line += f"  VERLATEN (laatst gezien: {seen}; zie: queue stale)"
    return line


def _appointments(_args: argparse.Namespace, _settings: Settings, site: Site, location: str,
                  ) -> int:
    for appointment in site.queue.appointments_today(location):
        moment = appointment.scheduled_at.astimezone(SITE_TIMEZONE).strftime("%H:%M")
        state = "  aangemeld" if appointment.checked_in else ""
        print(f"{moment}  {appointment.booking_code}  {appointment.service_letter}{state}")
    return 0


def _issue(args: argparse.Namespace, _settings: Settings, site: Site, location: str) -> int:
    issued = site.queue.issue_ticket(location, args.service)
    wait = (f"{int(issued.expected_wait.total_seconds() // 60)} min"
            if issued.expected_wait is not None else "onbekend")
    print(f"{issued.ticket.number}  {issued.service.name_nl}  verwachte wachttijd {wait}")
    return 0


def _call(args: argparse.Namespace, _settings: Settings, site: Site, location: str) -> int:
    post = site.queue.counter_post(location, args.counter, args.staff)
    ticket = site.queue.call_next(post)
    if ticket is None:
        print(f"Niemand wacht voor balie {args.counter}.")
        return 1
    print(f"{ticket.number} -> balie {args.counter}")
    return 0


def _finish(args: argparse.Namespace, _settings: Settings, site: Site, location: str) -> int:
    post = site.queue.counter_post(location, args.counter, args.staff)
    current = site.queue.current_ticket(post)
    if current is None:
        print(f"Balie {args.counter} heeft geen wachtnummer.")
        return 1
    if current.state is TicketState.CALLED:
        site.queue.start_serving(post)
    ticket = site.queue.finish(post)
    print(f"{ticket.number} afgerond aan balie {args.counter}")
    return 0


def _cancel(args: argparse.Namespace, _settings: Settings, site: Site, location: str) -> int:
    ticket = site.queue.ticket_by_number(location, args.ticket)
    cancelled = site.queue.cancel(location, ticket.id)
    print(f"{cancelled.number} geannuleerd")
    return 0


def _park(args: argparse.Namespace, _settings: Settings, site: Site, location: str) -> int:
    post = site.queue.counter_post(location, args.counter, args.staff)
    ticket = site.queue.park(post)
    print(f"{ticket.number} geparkeerd bij balie {args.counter}")
    return 0


def _unpark(args: argparse.Namespace, _settings: Settings, site: Site, location: str) -> int:
    post = site.queue.counter_post(location, args.counter, args.staff)
    ticket = site.queue.ticket_by_number(location, args.ticket)
    back = site.queue.unpark(post, ticket.id)
    print(f"{back.number} weer in gesprek aan balie {args.counter}")
    return 0


def _close_day(args: argparse.Namespace, settings: Settings, site: Site, location: str,
               ) -> int:
    result = site.queue.close_day(location, args.day)
    forgotten = forget_lookups_here(settings)  # the day's person lookups on this machine
    if forgotten:
        print(f"{forgotten} opgezochte personen vergeten op deze werkplek.")
    print(f"Dag {result.day.isoformat()} gesloten op {location}: "
          f"{result.closed} wachtnummers niet geholpen.")
    return 0


def _stale(args: argparse.Namespace, _settings: Settings, site: Site, location: str) -> int:
    for number, settle in ((args.requeue, site.queue.requeue_stale),
                           (args.finish, site.queue.finish_stale)):
        if number:
            staff = site.queue.staff(args.staff) if args.staff else None
            ticket = settle(location, site.queue.ticket_by_number(location, number).id, staff)
            print(f"{ticket.number}: {state_word(ticket.state)}")
            return 0
    stale = site.queue.stale_tickets(location)
    if not stale:
        print("Geen verlaten balies.")
    for held in stale:
        print(_held_line(held))
    return 0


def state_word(state: TicketState) -> str:
    return {TicketState.WAITING: "terug in de wachtrij", TicketState.DONE: "afgerond",
            TicketState.NO_SHOW: "niet verschenen"}.get(state, state.value)
