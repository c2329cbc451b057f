"""The .ics export: one all-day event per dated measure, stable UIDs, words kept."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from icalendar import Calendar

from coopdesk.calendar.ics import CalendarExportError, build_calendar, guess_language, write_ics


def export(service, plan, **options) -> Calendar:
    cal, _summary = build_calendar(
        plan, service.list_measures(plan.id), service.list_sectors(plan.id), **options
    )
    return Calendar.from_ical(cal.to_ical())


def events(cal: Calendar) -> dict[str, object]:
    return {str(ev["UID"]): ev for ev in cal.walk("VEVENT")}


def by_timing(service, plan, text: str):
    return next(m for m in service.list_measures(plan.id) if m.timing.text == text)


def test_one_event_per_measure_with_dates(sample, tmp_path: Path) -> None:
    service, plan = sample
    measures = service.list_measures(plan.id)
    cal, summary = build_calendar(plan, measures, service.list_sectors(plan.id))
    path = write_ics(tmp_path / "plan.ics", cal)
    parsed = Calendar.from_ical(path.read_bytes())
    dated = [m for m in measures if m.timing.has_span]
    assert len(parsed.walk("VEVENT")) == len(dated) == summary.events == 29
    assert summary.undated == len(measures) - len(dated) == 5
    assert set(events(parsed)) == {f"{m.uid}@coopdesk" for m in dated}
    assert str(parsed["X-WR-CALNAME"]) == "KZ-RU-MFA-2023"
    assert str(parsed["METHOD"]) == "PUBLISH"


def test_an_exact_date_is_an_all_day_event_with_an_exclusive_end(sample) -> None:
    service, plan = sample
    meeting = by_timing(service, plan, "12 апреля 2023 г.")
    ev = events(export(service, plan))[f"{meeting.uid}@coopdesk"]
    assert ev.decoded("DTSTART") == date(2023, 4, 12)
    assert ev.decoded("DTEND") == date(2023, 4, 13)
    assert str(ev["SUMMARY"]) == f"{meeting.number} {meeting.title}"
    assert str(ev["STATUS"]) == "CONFIRMED" and str(ev["TRANSP"]) == "OPAQUE"
    assert str(ev["LOCATION"]) == meeting.location


def test_a_quarter_spans_its_days_and_is_marked_in_the_summary(sample) -> None:
    service, plan = sample
    quarter = by_timing(service, plan, "II квартал 2023 г.")
    ru = events(export(service, plan))[f"{quarter.uid}@coopdesk"]
    assert ru.decoded("DTSTART") == date(2023, 4, 1)
    assert ru.decoded("DTEND") == date(2023, 7, 1)
    assert str(ru["SUMMARY"]).startswith("[II квартал 2023 г.] ")
    assert str(ru["TRANSP"]) == "TRANSPARENT" and str(ru["STATUS"]) == "TENTATIVE"
    en = events(export(service, plan, lang="en"))[f"{quarter.uid}@coopdesk"]
    assert str(en["SUMMARY"]) == f"[Q2 2023] {quarter.number} {quarter.title}"


def test_the_description_keeps_the_words_and_the_responsible_agencies(sample) -> None:
    service, plan = sample
    measure = by_timing(service, plan, "сентябрь – октябрь 2023 г.")
    ev = events(export(service, plan))[f"{measure.uid}@coopdesk"]
    text = str(ev["DESCRIPTION"])
    assert "Срок исполнения: сентябрь – октябрь 2023 г." in text
    assert measure.responsible_a in text and measure.responsible_b in text
    assert plan.party_a in text
    # Cyrillic and Kazakh letters survive the round trip through the file.
    assert "Ұлы Дала" in "".join(str(e["SUMMARY"]) for e in export(service, plan).walk("VEVENT"))


def test_by_agreement_and_unparsed_timings_have_no_event(sample) -> None:
    service, plan = sample
    undated = [m for m in service.list_measures(plan.id) if not m.timing.has_span]
    assert {m.timing.text for m in undated} == {
        "по согласованию сторон",
        "по мере готовности документа",
    }
    uids = set(events(export(service, plan)))
    assert not any(f"{m.uid}@coopdesk" in uids for m in undated)


def test_exact_only_leaves_the_fuzzy_spans_out(sample) -> None:
    service, plan = sample
    cal, summary = build_calendar(plan, service.list_measures(plan.id), exact_only=True)
    assert summary.events == 3 and summary.fuzzy_skipped == 26
    assert {str(ev["DTSTART"].dt) for ev in cal.walk("VEVENT")} == {
        "2023-04-12",
        "2023-06-15",
        "2024-07-03",
    }


def test_uids_stay_and_the_sequence_grows_across_exports(sample) -> None:
    service, plan = sample
    first = export(service, plan)
    again = export(service, plan)
    assert first.to_ical() == again.to_ical()  # nothing changed: the same bytes
    quarter = by_timing(service, plan, "II квартал 2023 г.")
    service.update_measure(quarter.id, timing="IV квартал 2024 г.")
    later = events(export(service, plan))
    before = events(first)
    assert set(later) == set(before)
    uid = f"{quarter.uid}@coopdesk"
    assert later[uid].decoded("DTSTART") == date(2024, 10, 1)
    assert int(later[uid]["SEQUENCE"]) >= int(before[uid]["SEQUENCE"])
    assert later[uid].decoded("LAST-MODIFIED") >= before[uid].decoded("LAST-MODIFIED")


def test_a_missing_folder_is_a_clear_error_and_writes_nothing(sample, tmp_path: Path) -> None:
    service, plan = sample
    cal, _ = build_calendar(plan, service.list_measures(plan.id))
    target = tmp_path / "nowhere" / "plan.ics"
    with pytest.raises(CalendarExportError, match="does not exist"):
        write_ics(target, cal)
    assert not target.parent.exists()


def test_writing_replaces_an_old_file_whole_and_leaves_no_temp(sample, tmp_path: Path) -> None:
    service, plan = sample
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "plan.ics"
    target.write_text("old", encoding="utf-8")
    cal, _ = build_calendar(plan, service.list_measures(plan.id))
    write_ics(target, cal)
    assert target.read_bytes().startswith(b"BEGIN:VCALENDAR")
    assert [p.name for p in folder.iterdir()] == ["plan.ics"]
    with pytest.raises(CalendarExportError, match="is a folder"):
        write_ics(folder, cal)


def test_the_language_is_guessed_from_the_plan(sample) -> None:
    _service, plan = sample
    assert guess_language(plan) == "ru"
    plan.title, plan.party_a, plan.party_b = "Plan", "Kazakhstan", "Russia"
    assert guess_language(plan) == "en"
    plan.title = "Қазақстан мен Ресей арасындағы жоспар"
    assert guess_language(plan) == "kk"


@pytest.mark.parametrize(
    ("lang", "words"), [("ru", ("Визит", "Запланировано")), ("kk", ("Сапар", "Жоспарланған"))]
)
def test_kinds_and_statuses_are_named_in_the_calendars_language(sample, lang, words) -> None:
    service, plan = sample
    cal = export(service, plan, lang=lang)
    visit = next(
        m for m in service.list_measures(plan.id) if m.kind.value == "visit" and m.timing.start
    )
    event = events(cal)[f"{visit.uid}@coopdesk"]
    kind, status = words
    assert [str(c) for c in event["CATEGORIES"].cats] == [kind]
    service.update_measure(visit.id, status="planned")
    event = events(export(service, plan, lang=lang))[f"{visit.uid}@coopdesk"]
    assert status in str(event["DESCRIPTION"])
