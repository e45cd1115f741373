from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.pcsc_stack import PcscStack, pcsc_stack_available
from tests.requirements import require


@pytest.fixture(scope="session")
def pcsc_stack() -> Iterator[PcscStack]:
    require(pcsc_stack_available(), "pcscd with the vsmartcard vpcd reader")
    stack = PcscStack()
    stack.start()
    yield stack
    stack.stop()
