"""Another workstation, as a separate process: ``python -m tests.ui.display.workstation_process
URL ACTION...``. Actions: ``issue:A`` (a ticket), ``call:3`` (counter 3 calls next),
``recall:3``, ``serve:3``. Every action is its own transaction, committed before the next."""

from __future__ import annotations

import sys

from workstation.app import open_site

LOCATION = "BOZ"


def main(argv: list[str]) -> int:
    url, *actions = argv
    site = open_site(url, migrate=False)
    try:
        queue = site.queue
        for action in actions:
            verb, _, arg = action.partition(":")
            if verb == "issue":
                print(queue.issue_ticket(LOCATION, arg).ticket.number, flush=True)
                continue
            post = queue.counter_post(LOCATION, int(arg), f"mw0{arg}")
            if verb == "call":
                ticket = queue.call_next(post)
            elif verb == "recall":
                ticket = queue.recall(post)
            elif verb == "serve":
                ticket = queue.start_serving(post)
            else:
                raise SystemExit(f"unknown action {action!r}")
            print(f"{ticket.number if ticket else '-'} {verb} {arg}", flush=True)
    finally:
        site.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
