"""Matching agency text against the directory: names, abbreviations, near spellings."""

from __future__ import annotations

import pytest

from coopdesk.domain.agencies import (
    Agency,
    AgencyMatcher,
    compose_responsible,
    initials,
    normalize,
    split_agencies,
)

MFA_KZ = Agency(
    1,
    "a",
    short_ru="МИД РК",
    full_ru="Министерство иностранных дел Республики Казахстан",
    short_kk="ҚР СІМ",
    full_kk="Қазақстан Республикасының Сыртқы істер министрлігі",
    short_en="MFA of Kazakhstan",
)
MFA_RU = Agency(
    2, "b", short_ru="МИД России", full_ru="Министерство иностранных дел Российской Федерации"
)
EMBASSY = Agency(3, "a", short_ru="Посольство РК в РФ", parent_id=1)
TRADE = Agency(4, "a", short_ru="Министерство торговли и интеграции РК")
ECONOMY = Agency(5, "b", short_ru="Минэкономразвития России")
CULTURE = Agency(6, "b", short_ru="Минкультуры России")
DIRECTORY = [MFA_KZ, MFA_RU, EMBASSY, TRADE, ECONOMY, CULTURE]


@pytest.mark.parametrize(
    ("text", "party", "how", "agency"),
    [
        ("МИД РК", "a", "exact", MFA_KZ),
        ("  мид   рк. ", "a", "exact", MFA_KZ),
        ("МИД Республики Казахстан", "a", "exact", MFA_KZ),
        # "MFA of Kazakhstan" abbreviates it: M-F-A, and the country either way.
        ("Ministry of Foreign Affairs of Kazakhstan", "a", "abbreviation", MFA_KZ),
        ("ҚР СІМ", "a", "exact", MFA_KZ),
        ("МИД РФ", "b", "exact", MFA_RU),
        ("Посольство Казахстана в России", "a", "exact", EMBASSY),
        ("Министерство иностранных дел РК", "a", "exact", MFA_KZ),
        ("МИД Российской Федерации", "b", "exact", MFA_RU),
        ("Министерство торговли и интеграции", "a", "near", TRADE),
        ("Минэкономразвитя России", "b", "near", ECONOMY),
        ("Акимат Костанайской области", "a", "new", None),
        # Two spelled-out names with the same initials are not one body.
        ("Минприроды России", "b", "new", None),
    ],
)
def test_match(text: str, party: str, how: str, agency: Agency | None) -> None:
    match = AgencyMatcher(DIRECTORY).match(text, party)
    assert (match.how, match.agency) == (how, agency)
    if how == "near":
        assert 86 <= match.score < 100


def test_an_abbreviation_matches_the_spelled_out_name() -> None:
    spelled = Agency(7, "a", full_ru="Министерство культуры и информации Республики Казахстан")
    match = AgencyMatcher([spelled]).match("МКИ РК", "a")
    assert (match.how, match.agency) == ("abbreviation", spelled)
    assert initials("Министерство иностранных дел Республики Казахстан") == "мидрк"
    assert initials("ҚР СІМ") == initials(MFA_KZ.full_kk)


def test_the_party_settles_a_name_both_parties_use() -> None:
    ours = Agency(8, "a", short_ru="Рабочая группа")
    theirs = Agency(9, "b", short_ru="Рабочая группа")
    matcher = AgencyMatcher([ours, theirs])
    assert matcher.match("рабочая группа", "b").agency == theirs
    assert matcher.match("рабочая группа", None).how == "new"  # ambiguous: not guessed


def test_text_tools() -> None:
    assert split_agencies("МИД РК, Посольство РК в РФ;\nмид рк") == ["МИД РК", "Посольство РК в РФ"]
    assert normalize("«МИД» Республики Казахстан") == normalize("мид рк")
    assert compose_responsible([EMBASSY, MFA_KZ], "ru") == "Посольство РК в РФ, МИД РК"
    assert compose_responsible([MFA_KZ, EMBASSY], "kk") == "ҚР СІМ, Посольство РК в РФ"
    assert MFA_RU.name("en") == "МИД России"  # no English name: the nearest one it has
