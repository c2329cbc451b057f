"""Guards against a Qt binding whose bugs would crash CoopDesk.

PySide6 6.12.0's ``Signal.emit()`` released one reference to ``True`` per call; after
enough emissions (every refresh emits) the interpreter aborted at exit with
"bool_dealloc: deallocating True or False", after the user's work was saved but
with a crash report. pyproject.toml excludes that release; this test catches any
other build with the same fault.
"""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    fired = Signal(object)


def test_emitting_signals_keeps_reference_counts_of_true_and_false() -> None:
    emitter = _Emitter()
    received: list[object] = []
    emitter.fired.connect(received.append)
    gc.collect()
    before = sys.getrefcount(True), sys.getrefcount(False)
    for i in range(500):
        emitter.fired.emit(i)
    gc.collect()
    after = sys.getrefcount(True), sys.getrefcount(False)
    assert len(received) == 500
    assert after[0] - before[0] > -50, "Signal.emit() leaks decrefs of True"
    assert after[1] - before[1] > -50, "Signal.emit() leaks decrefs of False"
