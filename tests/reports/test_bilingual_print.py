"""A plan printed in Russian and Kazakh side by side (``--lang ru+kk`` / ``--bilingual``).

Every heading and caption is in both languages; the measure and its timing get a
column per language; a measure's text (one language, the user's data) is placed in
the column of its own language and the other is left for the translation, while the
timing is written in both.  ``pdftotext`` must read the Kazakh back intact.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from coopdesk.cli import main
from coopdesk.errors import ValidationError
from coopdesk.reports.catalog import build_from_data
from coopdesk.reports.document import Row, Table
from coopdesk.reports.labels import Labels, check_lang
from coopdesk.reports.source import load_report_data

KAZAKH_LETTERS = "ҚӘҒҮҰӨІҢҺқәғүұөіңһ"
CODE = "KZ-RU-MFA-2023"
KAZAKH_TITLE = (
    "Қазақстан мен Ресейдің Әуе қатынасы, Ғылым, Үкімет, Ұлттық Өнер, Іс-шара, Һижра: "
    "әуежай, ағылшын, үміт, ұлт, өңір, жиһаз, ТАҢБА"
)


@pytest.fixture
def plan_data(sample):
    service, plan = sample
    sector = service.list_sectors(plan.id)[0]
    service.add_measure(plan.id, sector.id, title=KAZAKH_TITLE, timing="II квартал 2024 г.")
    return load_report_data(service, plan.id, None, date(2024, 3, 28))


def _table(lang: str, data) -> Table:
    document = build_from_data("plan", data, lang=lang, today=date(2024, 3, 28))
    (table,) = document.tables()
    return table


def _row(table: Table, title: str) -> tuple[str, ...]:
    for row in table.rows:
        if isinstance(row, Row) and title in [str(c) for c in row.cells]:
            return tuple(str(c) for c in row.cells)
    raise AssertionError(f"no row titled {title!r}")


def test_bilingual_languages_are_accepted_and_others_refused() -> None:
    assert check_lang("ru+kk") == "ru+kk"
    assert check_lang("kk+ru") == "kk+ru"
    with pytest.raises(ValidationError, match="ru\\+kk or kk\\+ru"):
        check_lang("ru+de")
    labels = Labels("ru+kk")
    assert labels["plan_heading"] == "ПЛАН МЕРОПРИЯТИЙ / ІС-ШАРАЛАР ЖОСПАРЫ"
    assert labels.format("page", page=1, pages=3) == "стр. 1 из 3 / 3 беттің 1-беті"
    assert labels.date(date(2023, 4, 12)) == "12.04.2023"


def test_the_bilingual_table_puts_each_text_in_its_language(plan_data) -> None:
    table = _table("ru+kk", plan_data)
    headers = [c.title for c in table.columns]
    assert headers[:5] == [
        "№ п/п / Р/с №",
        "Наименование мероприятия",
        "Срок исполнения",
        "Іс-шараның атауы",
        "Орындау мерзімі",
    ]
    assert headers[5:] == [
        "Ответственные исполнители / Жауапты орындаушылар",
        "Форма завершения / Аяқтау нысаны",
        "Примечание / Ескертпе",
    ]
    # A Russian measure: its text in the Russian column, its timing in both languages.
    first = next(m for m in plan_data.measures if m.timing.text == "12 апреля 2023 г.")
    row = _row(table, first.title)
    assert row[1] == first.title and row[3] == ""
    assert row[2] == "12 апреля 2023 г."
    assert row[4] == "2023 жылғы 12 сәуір"
    # A Kazakh measure goes to the Kazakh column; its timing is still read for both.
    row = _row(table, KAZAKH_TITLE)
    assert row[1] == "" and row[3] == KAZAKH_TITLE
    assert row[2] == "II квартал 2024 г." and row[4] == "2024 жылғы II тоқсан"
    # kk+ru: the Kazakh half on the left.
    swapped = _table("kk+ru", plan_data)
    assert swapped.columns[1].title == "Іс-шараның атауы"
    assert _row(swapped, KAZAKH_TITLE)[1] == KAZAKH_TITLE


def _pdftotext(path: Path) -> str:
    # Not -layout: side-by-side headers wrap on the same lines and would interleave.
    if not shutil.which("pdftotext"):
        pytest.fail("poppler-utils (pdftotext) are needed: .ci/sysdeps.sh installs them")
    done = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return done.stdout


def _squeezed(text: str) -> str:
    return re.sub(r"[\s\-\u00ad]+", "", text).casefold()


@pytest.mark.store
@pytest.mark.parametrize("flags", [["--bilingual"], ["--lang", "ru+kk"]])
def test_pdftotext_reads_both_languages_of_a_bilingual_plan(
    sample, store_url, tmp_path, capsys, flags
) -> None:
    service, plan = sample
    sector = service.list_sectors(plan.id)[0]
    service.add_measure(plan.id, sector.id, title=KAZAKH_TITLE, timing="II квартал 2024 г.")
    out = tmp_path / "plan.pdf"
    assert main(["--db", store_url, "report", "plan", CODE, str(out), *flags]) == 0
    capsys.readouterr()
    text = _pdftotext(out)
    squeezed = _squeezed(text)
    for heading in (
        "ПЛАН МЕРОПРИЯТИЙ",
        "ІС-ШАРАЛАР ЖОСПАРЫ",
        "Наименование мероприятия",
        "Іс-шараның атауы",
        "Срок исполнения",
        "Орындау мерзімі",
        "Жауапты орындаушылар",
        "Аяқтау нысаны",
        "Ескертпе",
        "Тараптар",
        "2023 жылғы 12 сәуір",
    ):
        assert _squeezed(heading) in squeezed, heading
    for word in KAZAKH_TITLE.split():
        assert _squeezed(word) in squeezed, word
    found = {letter for letter in KAZAKH_LETTERS if letter in text}
    assert found == set(KAZAKH_LETTERS), set(KAZAKH_LETTERS) - found
    for english in ("PLAN OF MEASURES", "Responsible agencies", "Generated"):
        assert english not in text


@pytest.mark.store
def test_bilingual_with_another_language_is_refused(sample, store_url, tmp_path, capsys) -> None:
    out = tmp_path / "plan.pdf"
    code = main(
        ["--db", store_url, "report", "plan", CODE, str(out), "--bilingual", "--lang", "en"]
    )
    assert code == 1
    assert "--bilingual" in capsys.readouterr().err
    assert not out.exists()
