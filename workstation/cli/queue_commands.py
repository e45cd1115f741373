"""``queue status|appointments|issue|call|finish`` for IT and scripts."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from workstation.app import Site, open_site_from
from workstation.domain.queue import SITE_TIMEZONE, TicketState
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
    current = [c for c in overview.calls if c.is_current]
    if current:
        print("Opgeroepen: " + ", ".join(f"{c.number} -> balie {c.counter_number}"
                                         for c in current))
    return 0


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
