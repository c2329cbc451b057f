"""The panel: the table's filters, selection in step across views, refresh on change, export."""

from __future__ import annotations

from datetime import date

from icalendar import Calendar as ICalendar
from PySide6.QtWidgets import QMessageBox

from coopdesk.domain.model import Plan
from coopdesk.ui.calendar import export_calendar, export_message
from coopdesk.ui.calendar.panel import MONTH, TIMELINE


def test_selecting_in_the_table_shows_the_measure_everywhere_silently(cal, qtbot) -> None:
    panel = cal.panel
    meeting = cal.measure("12 апреля 2023 г.")
    late = cal.measure("IV квартал 2024 г.")
    with qtbot.assertNotEmitted(panel.measure_selected):
        panel.select_measure(meeting.id)
    assert panel.month_view.current_month == (2023, 4)
    assert panel.month_view.grid.selected_measure == meeting.id
    assert panel.timeline_view.canvas.selected == meeting.id
    with qtbot.assertNotEmitted(panel.measure_selected):
        panel.select_measure(late.id)
    assert panel.month_view.current_month == (2024, 10)
    current = panel.month_view.period_view.currentIndex()
    assert panel.month_view.period_model.measure_id(current) == late.id


def test_the_views_keep_the_tables_filter(cal) -> None:
    sectors = {s.code: s.id for s in cal.service.list_sectors(cal.plan.id)}
    rows = [r for r in cal.service.measure_rows(cal.plan.id) if r.sector_id == sectors["1.2"]]
    cal.panel.set_rows(rows)
    cal.panel.refresh_all()
    month = cal.panel.month_view
    month.set_month(2023, 4)
    assert month.grid.measures_on(date(2023, 4, 12)) == []
    assert {cal.service.get_measure(i).sector_id for i in month.period_measure_ids()} == {
        sectors["1.2"]
    }
    canvas = cal.panel.timeline_view.canvas
    heads = [ref for head, ref, _ in canvas.lines if head]
    assert heads == [sectors["1"], sectors["1.2"]]
    assert sum(1 for head, *_ in canvas.lines if not head) == len(rows) == 4


def test_hidden_tabs_catch_up_when_shown(cal) -> None:
    panel = cal.panel
    panel.show_tab(MONTH)
    canvas = panel.timeline_view.canvas
    panel.show_tab(TIMELINE)
    panel.show_tab(MONTH)
    before = sum(1 for head, *_ in canvas.lines if not head)
    gone = cal.measure("2023-06-15")
    cal.service.delete_measures([gone.id])
    cal.reload()
    assert sum(1 for head, *_ in canvas.lines if not head) == before  # not yet
    panel.show_tab(TIMELINE)
    assert sum(1 for head, *_ in canvas.lines if not head) == before - 1
    assert canvas.line_of(gone.id) is None


def test_unreadable_parties_fall_back_to_both_countries_and_say_so(cal) -> None:
    plan = Plan(
        id=cal.plan.id,
        code=cal.plan.code,
        title="Plan of measures",
        party_a="Ministry A",
        party_b="Ministry B",
        period_start=cal.plan.period_start,
        period_end=cal.plan.period_end,
    )
    cal.panel.set_plan(plan, cal.service.list_sectors(plan.id))
    assert cal.panel.holidays.countries == ("KZ", "RU")
    assert cal.panel.note.isVisible()
    assert cal.panel.note.text() == (
        "⚠ No country could be read from the party names 'Ministry A', 'Ministry B'; "
        "the public holidays of Kazakhstan, Russia are shown."
    )
    assert cal.panel.month_view.grid.holidays.on(date(2023, 3, 22))


def test_kazakh_and_russian_text_reaches_the_lists(cal) -> None:
    month = cal.panel.month_view
    month.set_month(2024, 9)
    texts = [
        month.period_model.index(r, 0, month.period_model.index(g, 0)).data()
        for g in range(month.period_model.rowCount())
        for r in range(month.period_model.rowCount(month.period_model.index(g, 0)))
    ]
    assert any("«Ұлы Дала»" in t for t in texts)


def test_the_period_model_is_a_sound_item_model(cal, qtmodeltester) -> None:
    cal.panel.month_view.set_month(2023, 5)
    qtmodeltester.check(cal.panel.month_view.period_model)


def test_export_calendar_writes_the_file(cal, tmp_path) -> None:
    result = export_calendar(cal.panel, cal.service, cal.plan.id, str(tmp_path / "plan"))
    assert result is not None
    path, summary = result
    assert path.name == "plan.ics"
    assert len(ICalendar.from_ical(path.read_bytes()).walk("VEVENT")) == summary.events == 29
    assert export_message(path, summary) == (
        "29 events written to plan.ics (5 measures without dates left out)."
    )


def test_export_calendar_tells_the_user_when_it_cannot_write(cal, tmp_path, monkeypatch) -> None:
    told: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda parent, title, text: told.append(text))
    )
    target = tmp_path / "missing" / "plan.ics"
    assert export_calendar(cal.panel, cal.service, cal.plan.id, str(target)) is None
    assert told and "does not exist" in told[0]
    assert not target.parent.exists()
