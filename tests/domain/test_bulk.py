"""The collector's pause around bulk reads and writes."""

from __future__ import annotations

import gc

from coopdesk.domain.bulk import gc_paused


def test_objects_made_during_a_pause_leave_it_in_the_oldest_generation() -> None:
    """Else the first collection after a 100,000-row read walks them all at once."""
    assert gc.isenabled()
    with gc_paused():
        assert not gc.isenabled()
        made = [[i] for i in range(20_000)]
    assert gc.isenabled()
    old = {id(o) for o in gc.get_objects(generation=2)}
    assert all(id(row) in old for row in made[::997])
    assert gc.get_freeze_count() == 0  # nothing is left frozen for good


def test_a_pause_inside_a_pause_leaves_the_collector_off_until_the_outer_ends() -> None:
    with gc_paused():
        with gc_paused():
            pass
        assert not gc.isenabled()
    assert gc.isenabled()
