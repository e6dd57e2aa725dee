"""The app's language in the views: which catalogues load, local formats, typed mnemonics."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from pytestqt.qtbot import QtBot

from postureapp.core.plan import PlannedBreak, ScheduleState
from postureapp.core.terms import BreakKind
from postureapp.ui import language, local_formats
from postureapp.ui.setting_editors import with_mnemonic
from postureapp.ui.status_text import describe


@pytest.fixture
def app(qtbot: QtBot) -> Iterator[QCoreApplication]:
    qapp = QCoreApplication.instance()
    assert qapp is not None
    yield qapp
    language.remove(qapp)
    QLocale.setDefault(QLocale.c())


def test_german_loads_our_words_and_qt_s_own(app: QCoreApplication) -> None:
    assert language.install(app, ["de_DE", "de"]) == "de"
    assert QCoreApplication.translate("AppActions", "Quit") == "Beenden"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"
    assert language.content_languages()[0] == "de"
    language.remove(app)
    assert QCoreApplication.translate("AppActions", "Quit") == "Quit"


def test_portugal_gets_brazilian_portuguese_and_sweden_english(app: QCoreApplication) -> None:
    assert language.install(app, ["pt_PT"]) == "pt_BR"
    assert QCoreApplication.translate("AppActions", "Quit") == "Sair"
    assert language.install(app, ["sv_SE", "en_US"]) is None
    assert QCoreApplication.translate("AppActions", "Quit") == "Quit"


def test_the_tray_line_is_german_with_a_german_clock(app: QCoreApplication) -> None:
    language.install(app, ["de"])
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    planned = PlannedBreak(datetime(2026, 12, 1, 14, 30).astimezone(), BreakKind.SHORT, "interval")
    state = ScheduleState(interval_start=datetime(2026, 12, 1, 14, 0).astimezone())
    assert describe(False, state, planned) == ("normal", "Nächste kurze Pause um 14:30")


@pytest.mark.parametrize(
    ("locale", "clock", "day"),
    [
        (QLocale(QLocale.Language.English, QLocale.Country.UnitedStates), "2:30\u202fPM", "Dec 1"),
        (QLocale(QLocale.Language.German, QLocale.Country.Germany), "14:30", "1. Dez."),
        (QLocale(QLocale.Language.Japanese, QLocale.Country.Japan), "14:30", "12月1日"),
        (QLocale(QLocale.Language.French, QLocale.Country.France), "14:30", "1 déc."),
    ],
)
def test_times_and_days_follow_the_locale(locale: QLocale, clock: str, day: str) -> None:
    assert local_formats.clock(datetime(2026, 12, 1, 14, 30), locale) == clock
    assert local_formats.day_month(date(2026, 12, 1), locale) == day


def test_numbers_follow_the_locale() -> None:
    german = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    assert local_formats.number(1234.5, 1, german) == "1.234,5"
    assert local_formats.number(12345, 0, german) == "12.345"


def test_a_japanese_label_gets_a_letter_a_keyboard_types() -> None:
    taken = {"a"}
    assert with_mnemonic("休憩の長さ", taken) == "休憩の長さ(&B)"
    assert "b" in taken
    assert with_mnemonic("Über Pausen", set()) == "&Über Pausen"
    assert with_mnemonic("Snooze & more", {"s"}) == "Snooze && &more"
