"""The order table's paint gate: a long background job (a bulk action) steps aside between two of
its steps while the table paints, instead of competing with every painted cell for the GIL."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QStyledItemDelegate

from backoffice.ui.ops import OpState, PaintGate
from tests.listing_builders import place_many
from tests.ui.conftest import wait_codes
from tests.ui.test_list_actions import PEOPLE


def test_a_job_waits_while_a_paint_runs_and_goes_on_after_it():
    gate = PaintGate()
    stepped = threading.Event()

    def job_step() -> None:
        gate.give_way(timeout_s=30)
        stepped.set()

    with gate.painting():
        assert not gate.is_open
        thread = threading.Thread(target=job_step)
        thread.start()
        assert not stepped.wait(0.1)  # still waiting: the paint has not ended
    assert stepped.wait(5)  # the paint ended: the job takes its next step
    thread.join(5)
    assert gate.is_open


def test_a_stuck_paint_delays_a_job_step_only_for_a_moment():
    gate = PaintGate()
    with gate.painting():
        done = threading.Event()
        thread = threading.Thread(target=lambda: (gate.give_way(timeout_s=0.05), done.set()))
        thread.start()
        assert done.wait(5)  # bounded: it went on although the gate never opened
        thread.join(5)


def test_a_bulk_checkpoint_gives_way_and_reports_cancel(qapp):
    gate = PaintGate()
    state = OpState(10, gate=gate)
    assert state.checkpoint() is False
    state.cancel()
    assert state.checkpoint() is True


class _Spy(QStyledItemDelegate):
    def __init__(self, gate: PaintGate) -> None:
        super().__init__()
        self.gate = gate
        self.seen: list[bool] = []

    def paint(self, painter, option, index) -> None:  # type: ignore[no-untyped-def]
        self.seen.append(self.gate.is_open)
        super().paint(painter, option, index)


def test_the_order_table_closes_the_gate_while_it_paints(qtbot, open_window, uow, catalog):
    codes = place_many(uow, PEOPLE)
    window = open_window()
    wait_codes(qtbot, window, list(reversed(codes)))
    spy = _Spy(window.worker.paint_gate)
    window.table.setItemDelegate(spy)
    window.table.viewport().repaint()
    assert spy.seen and not any(spy.seen)  # every cell painted with the gate closed
    assert window.worker.paint_gate.is_open  # and open again after
