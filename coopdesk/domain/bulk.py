"""What bulk work (reading or writing 100,000 rows) shares across the layers."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["gc_paused"]


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector for one bulk read or write.

    Reading 100,000 rows makes millions of objects, none of them in cycles, and each
    full collection the allocations trigger walks all of them again: about a tenth of
    an import's time. Reference counting still frees everything as usual.

    On the way out the objects made meanwhile join the oldest generation at once
    (``freeze`` then ``unfreeze`` moves them without looking at them): otherwise the
    first collection after the pause would walk them all, young, in one go.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.unfreeze()
        if was_enabled:
            gc.enable()
