"""The outbox delivers every write exactly once, in order per customer, whatever fails."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator

import pytest

from tests.integration.outbox.conftest import Clock
from tests.integration.outbox.fakes import FakeRegistries
from tests.integration.outbox.samples import BSN, OTHER_BSN, callback, contact, zaak
from workstation.domain.outbox import ItemState
from workstation.services.contact_service import ContactService, KeyConfig
from workstation.store.local.outbox_store import WorkstationStore
from workstation.store.local.relay_lock import RelayBusy, RelayLock
from workstation.sync.relay import Relay


@pytest.fixture
def registries() -> FakeRegistries:
    return FakeRegistries()


@pytest.fixture
def relay(store: WorkstationStore, registries: FakeRegistries, clock: Clock) -> Iterator[Relay]:
    relay = Relay(store, registries, registries, registries, clock=clock)
    yield relay
    relay.stop()


def drain(relay: Relay, clock: Clock, rounds: int = 50) -> None:
    for _ in range(rounds):
        if relay.run_once() == 0:
            clock.advance(600)  # past any back-off
            if relay.run_once() == 0:
                return


def test_the_store_file_is_private_and_durable(store: WorkstationStore) -> None:
    path = store.database.path
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    with store.database.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL


def test_a_contact_its_zaak_and_callback_are_one_local_transaction_with_minted_keys(
        contacts: ContactService, store: WorkstationStore) -> None:
    recorded = contacts.record(contact(), [callback()], zaak())
    items = store.outbox_items()
    assert [i.kind.value for i in items] == ["zaak", "klantcontact", "callback"]
    assert recorded.referentienummer == "0700000001"
    assert recorded.callback_referentienummers == ("0700000002",)
    assert recorded.zaak_identificatie == "LOK-07-00000001"
    assert {i.stream for i in items} == {BSN}
    assert store.backlog().pending == 3


def test_a_failed_write_leaves_nothing_behind(
        store: WorkstationStore, clock: Clock) -> None:
    too_long_prefix = ContactService(store, KeyConfig(7, "P" * 30), clock=clock)
    with pytest.raises(ValueError):
        too_long_prefix.record(contact(), [callback()], zaak())
    assert store.outbox_items() == []


def test_delivers_in_order_and_stores_the_zaak_url_before_the_contact(
        contacts: ContactService, store: WorkstationStore, registries: FakeRegistries,
        relay: Relay, clock: Clock) -> None:
    recorded = contacts.record(contact(), [callback()], zaak())
    drain(relay, clock)
    assert registries.order == [
        f"zaak:{recorded.zaak_identificatie}",
        f"klantcontact:{recorded.referentienummer}",
        f"internetaak:{recorded.callback_referentienummers[0]}",
    ]
    sent = registries.bodies[f"klantcontact:{recorded.referentienummer}"][0]
    assert sent.zaak_url == f"http://zaken/{recorded.zaak_identificatie}"  # type: ignore[attr-defined]
    assert store.backlog().pending == 0


def test_timeouts_and_dropped_answers_are_retried_with_the_same_body_and_adopted(
        contacts: ContactService, store: WorkstationStore, registries: FakeRegistries,
        relay: Relay, clock: Clock) -> None:
    recorded = contacts.record(contact())
    registries.faults = ["before", "after", "after"]
    drain(relay, clock)
    key = f"klantcontact:{recorded.referentienummer}"
    bodies = registries.bodies[key]
    assert len(bodies) == 4 and all(body == bodies[0] for body in bodies)
    assert registries.created[key] == 1
    [item] = store.outbox_items(include_done=True)
    assert item.state is ItemState.DONE and item.attempts == 3
    assert item.result_url == f"http://ok/kc/{recorded.referentienummer}"


def test_a_rejected_item_is_parked_with_its_reason_and_blocks_only_its_customer(
        contacts: ContactService, store: WorkstationStore, registries: FakeRegistries,
        relay: Relay, clock: Clock) -> None:
    first = contacts.record(contact(BSN), [callback()])
    other = contacts.record(contact(OTHER_BSN))
    registries.faults = ["reject"]
    drain(relay, clock)
    assert registries.created == {f"klantcontact:{other.referentienummer}": 1}
    backlog = store.backlog()
    assert (backlog.pending, backlog.parked) == (1, 1)
    assert backlog.last_error == "De registratie weigert dit: ongeldig."
    assert store.retry_parked(clock()) == 1
    drain(relay, clock)
    assert registries.order[1:] == [f"klantcontact:{first.referentienummer}",
                                    f"internetaak:{first.callback_referentienummers[0]}"]
    assert store.backlog().pending == store.backlog().parked == 0


def test_back_off_waits_before_the_next_attempt(
        contacts: ContactService, registries: FakeRegistries, relay: Relay,
        clock: Clock) -> None:
    contacts.record(contact())
    registries.faults = ["before"]
    assert relay.run_once() == 1
    assert relay.run_once() == 0  # not due yet
    clock.advance(1)
    assert relay.run_once() == 1
    assert sum(registries.created.values()) == 1


def test_the_relay_rests_until_a_stream_head_is_due(
        contacts: ContactService, store: WorkstationStore, registries: FakeRegistries,
        relay: Relay, clock: Clock) -> None:
    """A head waiting out its back-off, with its customer's later items behind it: the next
    moment anything is due is the head's, not the items' behind it (the relay polled without
    a pause while a registry was down)."""
    contacts.record(contact(), [callback()])
    registries.faults = ["before"]
    assert relay.run_once() == 1  # the contact fails; its callback waits behind it
    due = store.next_due_at()
    assert due is not None and due > clock()
    clock.advance(1)
    assert store.next_due_at() == due and relay.run_once() == 1


def test_only_one_sync_worker_per_store(store: WorkstationStore) -> None:
    with RelayLock(store.database.path), pytest.raises(RelayBusy), \
            RelayLock(store.database.path):
        pass
    with RelayLock(store.database.path):  # released when the holder is done
        pass
