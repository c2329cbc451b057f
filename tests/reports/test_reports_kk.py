"""Reports in Kazakh: the words, the vocabularies, and PDFs a reader's tools read back intact."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from coopdesk.cli import main
from coopdesk.domain.vocab import Framework, Kind, Level, PlanState, Priority, Status
from coopdesk.errors import ValidationError
from coopdesk.reports.labels import REPORT_LANGS, Labels, check_lang, guess_lang
from coopdesk.reports.labels import vocab_label as report_vocab_label

#: The letters of the Kazakh alphabet that Russian lacks, upper and lower case.
KAZAKH_LETTERS = "ҚӘҒҮҰӨІҢҺқәғүұөіңһ"
CODE = "KZ-RU-MFA-2023"
KAZAKH_TITLE = (
    "Қазақстан мен Ресейдің Әуе қатынасы, Ғылым, Үкімет, Ұлттық Өнер, Іс-шара, Һижра: "
    "әуежай, ағылшын, үміт, ұлт, өңір, жиһаз, ТАҢБА"
)


def _fields(text: str) -> list[str]:
    return sorted(re.findall(r"\{(\w+)\}", text))


def test_kazakh_is_a_report_language_with_every_word() -> None:
    assert REPORT_LANGS == ("en", "ru", "kk")
    assert check_lang("kk") == "kk"
    kk = Labels("kk").words()
    en = Labels("en").words()
    assert kk.keys() == en.keys()
    for key, word in kk.items():
        assert word.strip() or key == "window", key
        assert _fields(word) == _fields(en[key]), key
        assert word != en[key] or key == "window", f"{key} is still English"
    assert Labels("kk")["plan_heading"] == "ІС-ШАРАЛАР ЖОСПАРЫ"
    assert Labels("kk")["col_timing"] == "Орындау мерзімі"
    assert Labels("kk")["col_responsible"] == "Жауапты орындаушылар"
    assert Labels("kk")["col_form"] == "Аяқтау нысаны"
    assert Labels("kk")["col_notes"] == "Ескертпе"


def test_a_language_reports_do_not_speak_is_refused_naming_the_three() -> None:
    with pytest.raises(ValidationError, match="en, ru or kk, not 'de'"):
        check_lang("de")


def test_kazakh_dates_and_percentages() -> None:
    from datetime import date

    labels = Labels("kk")
    assert labels.date(date(2023, 4, 12)) == "12.04.2023"
    assert labels.day_with_weekday(date(2023, 4, 12)) == "12.04.2023, ср"
    assert labels.percent(5, 8) == "62 %"


@pytest.mark.parametrize("vocab", [Status, Kind, Level, Framework, Priority, PlanState])
def test_every_vocabulary_has_kazakh_names(vocab) -> None:
    names = [report_vocab_label(m, "kk") for m in vocab]
    for member, name in zip(vocab, names, strict=True):
        assert name and name != member.label, member
        assert not re.search(r"[A-Za-z]", name), name
    assert len(set(names)) == len(names)
    assert report_vocab_label(Status.DONE, "ru") == Status.DONE.label_in("ru")
    assert report_vocab_label(Status.DONE, "en") == "Done"


def test_the_language_of_a_text_is_guessed() -> None:
    assert guess_lang(["План мероприятий по сотрудничеству на 2023-2024 годы"]) == "ru"
    assert guess_lang(["Ынтымақтастық жөніндегі іс-шаралар жоспары"]) == "kk"
    assert guess_lang(["Plan of measures for 2023-2024"]) == "en"
    assert guess_lang([]) == "en"
    # A Russian text quoting one Kazakh name stays Russian.
    russian = "Консультации министерств иностранных дел в рамках сотрудничества " * 5
    assert guess_lang([russian, "Қазақстан"]) == "ru"


@pytest.fixture
def db(sample, store_url: str) -> str:
    """The sample plan, with one measure titled in Kazakh with every Kazakh letter."""
    service, plan = sample
    sector = service.list_sectors(plan.id)[0]
    service.add_measure(
        plan.id, sector.id, title=KAZAKH_TITLE, timing="2023 жылғы 12 сәуір", status="done"
    )
    return store_url


def _pdftotext(path: Path) -> str:
    if not shutil.which("pdftotext"):
        pytest.fail("poppler-utils (pdftotext) are needed: .ci/sysdeps.sh installs them")
    result = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    )
    return result.stdout


def _squeezed(text: str) -> str:
    return re.sub(r"[\s\-\u00ad]+", "", text).casefold()


@pytest.mark.store
@pytest.mark.parametrize(
    ("kind", "headings"),
    [
        ("plan", ["ІС-ШАРАЛАР ЖОСПАРЫ", "Іс-шараның атауы", "Орындау мерзімі", "Аяқтау нысаны"]),
        ("status", ["ОРЫНДАЛУ БАРЫСЫ ТУРАЛЫ ЕСЕП", "Бөлім", "Орындалды"]),
        ("agencies", ["ЖАУАПТЫ ОРЫНДАУШЫЛАР БОЙЫНША ТАПСЫРМАЛАР", "Орындаушы"]),
    ],
)
def test_pdftotext_reads_kazakh_reports_intact(db, tmp_path, capsys, kind, headings) -> None:
    out = tmp_path / f"{kind}-kk.pdf"
    code = main(["--db", db, "report", kind, CODE, str(out), "--lang", "kk"])
    capsys.readouterr()
    assert code == 0 and out.is_file()
    text = _pdftotext(out)
    for heading in headings:
        assert _squeezed(heading) in _squeezed(text), heading
    if kind != "status":  # the status report lists no done measure by title
        # Word by word: a long title wraps inside its table cell.
        for word in KAZAKH_TITLE.split():
            assert _squeezed(word) in _squeezed(text), word
        found = {letter for letter in KAZAKH_LETTERS if letter in text}
        assert found == set(KAZAKH_LETTERS), set(KAZAKH_LETTERS) - found
    # No English heading left over around the Kazakh content.
    for english in ("PLAN OF MEASURES", "STATUS REPORT", "Responsible agencies", "Generated"):
        assert english not in text


def test_a_selection_by_status_and_period_is_described_in_kazakh() -> None:
    """A vocabulary filter and a period together (the first once hid the report's words)."""
    from datetime import date

    from coopdesk.reports.scope import ReportScope

    scope = ReportScope.of(statuses=["done", "postponed"], frameworks=["eaeu"])
    scope = ReportScope(
        statuses=scope.statuses,
        frameworks=scope.frameworks,
        period=(date(2023, 4, 1), date(2023, 6, 30)),
    )
    text = scope.describe([], Labels("kk"))
    assert text == (
        "күйі: Орындалды, Кейінге шегерілді; форматы: ЕАЭО; "
        "мерзімі шегінде: 01.04.2023 – 30.06.2023"
    )
