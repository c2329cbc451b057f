"""The collector's pause around bulk reads and writes."""

from __future__ import annotations

import gc

from coopdesk.domain.bulk import gc_paused


def test_the_collector_is_off_during_a_pause_and_back_on_after_it() -> None:
    assert gc.isenabled()
    with gc_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_pause_inside_a_pause_leaves_the_collector_off_until_the_outer_ends() -> None:
    with gc_paused():
        with gc_paused():
            pass
        assert not gc.isenabled()
    assert gc.isenabled()
