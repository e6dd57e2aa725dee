"""Opens every window and dialog of the real app in a stretched language, and reports what breaks.

Run in its own process by tests/qt/test_layouts.py (each mode changes the locale, the layout
direction and the installed translator, which must not leak into other tests):

    python tests/qt/layout_probe.py pseudo OUT.json   # every string about 40 % longer, accented
    python tests/qt/layout_probe.py rtl OUT.json      # right to left, Hebrew letters and locale
    python tests/qt/layout_probe.py de OUT.json       # a shipped language, as its users see it

The screen is 1366×768 (Qt's offscreen platform, configured). Every string Qt asks a translator
for is answered with a stretched version and recorded, so the test can also check that each one
is in our catalogues under the context it is asked with. A window fails when a text is clipped
(wider or taller than its widget), a tab or a table cell is elided, two widgets overlap, a widget
sticks out of its parent or a window out of the screen, two of its keys (Alt+letter) clash, or (in
the stretched modes) a visible text is still English.
"""

from __future__ import annotations

import json
import math
import os
import re
import sys
import tempfile
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QRect, Qt, QTranslator
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QScrollBar,
    QTabBar,
    QTableView,
    QTextEdit,
    QToolButton,
    QWidget,
)

MODE = sys.argv[1] if len(sys.argv) > 1 and __name__ == "__main__" else "pseudo"
SCREEN = {"width": 1366, "height": 768}


def configure_screen() -> None:
    """A 1366×768 screen for Qt's offscreen platform (before the QApplication exists)."""
    config = Path(tempfile.mkdtemp(prefix="postureapp-probe-")) / "screen.json"
    screen = {"name": "laptop", "x": 0, "y": 0, **SCREEN, "logicalDpi": 96, "dpr": 1}
    config.write_text(json.dumps({"screens": [screen]}))
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    os.environ.setdefault("POSTUREAPP_HOME", str(config.parent / "home"))


# --- the stretched languages -------------------------------------------------------------------

#: What a translation must keep as it is: places to fill in, markup, entities, mnemonics' '&'.
KEEP = re.compile(r"\{[^{}]*\}|%\(\w+\)[sdr]|%[sdrn]|<[^>]*>|&\w+;|&&|&")
ACCENTED = dict(
    zip(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
        "åƀçđéƒĝĥîĵķĺɱñöþǫŕšţûṽŵẋýžÅƁÇĐÉƑĜĤÎĴĶĹṀÑÖÞǪŔŠŢÛṼŴẊÝŽ",
        strict=True,
    )
)
HEBREW = "אבגדהוזחטיכלמנסעפצקרשת"


def stretch(words: str) -> str:
    """Each word about 40 % longer, its letters replaced (accented, or Hebrew right to left)."""

    def letter(c: str) -> str:
        if MODE == "rtl" and c.isascii() and c.isalpha():
            return HEBREW[ord(c.lower()) % len(HEBREW)]
        return ACCENTED.get(c, c)

    def word(match: re.Match[str]) -> str:
        text = match.group(0)
        extra = math.ceil(len(text) * 0.4)
        return "".join(map(letter, text + (text * 2)[1 : 1 + extra].lower()))

    return re.sub(r"[A-Za-z]+", word, words)


def stretched(source: str) -> str:
    out, at = [], 0
    for match in KEEP.finditer(source):
        out.append(stretch(source[at : match.start()]))
        token = match.group(0)
        if token == "&" and match.end() < len(source):  # keep the mnemonic on the next letter
            out.append("&")
        else:
            out.append(token)
        at = match.end()
    out.append(stretch(source[at:]))
    return "".join(out)


class Stretcher(QTranslator):
    """Answers every lookup with the stretched source, and remembers what was asked."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[tuple[str, str]] = set()

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        if not source:
            return source
        self.asked.add((context, source))
        if context == "QT_LAYOUT_DIRECTION":
            return "RTL" if MODE == "rtl" else "LTR"
        return stretched(source)

    def isEmpty(self) -> bool:
        return False


# --- what a window may get wrong ---------------------------------------------------------------

#: ASCII words that may stay in a stretched window: the product, raw values a tooltip lists.
ALLOWED_WORDS = re.compile(
    r"postureapp|system|light|dark|auto|reduced|full|mon|tue|wed|thu|fri|sat|sun|upper|back|neck|"
    r"shoulders|chest|lower|seated|standing|floor|wall|foam|roller|towel|true|false|file|url|"
    r"caldav|name|kind|location|user|work|home|me|ics|https?|calendar|example|org|HH|MM|TOML|"
    r"Alt|Esc|Tab|Enter|Ctrl|Shift|Return|Space|"
    r"chin|tuck|side|bend|"  # exercise ids in an example value ("{ chin-tuck = 2, side-bend = 0 }")
    r"rotation|extension|flexion|shoulder|blades"  # the values a problem lists ("one of rotation…")
)


def plain(text: str) -> str:
    if "<" in text and ">" in text:
        document = QTextDocument()
        document.setHtml(text)
        return document.toPlainText()
    return text


def english_in(text: str) -> list[str]:
    """ASCII words left in a text every string of which was stretched (so: not translated)."""
    text = re.sub(r"(/|[A-Za-z]:\\)[^\s]*", " ", plain(text))  # paths are the user's
    words = re.findall(r"[A-Za-z]{2,}", text)
    return [w for w in words if not ALLOWED_WORDS.fullmatch(w)]


def texts_of(widget: QWidget) -> Iterator[tuple[str, str]]:
    """(what, text) for every text the widget shows or says to a screen reader."""
    if widget.isWindow():
        yield "window title", widget.windowTitle()
    yield "tooltip", widget.toolTip()
    yield "accessible name", widget.accessibleName()
    yield "accessible description", widget.accessibleDescription()
    if isinstance(widget, QLabel):
        yield "label", widget.text()
    elif isinstance(widget, QAbstractButton):
        yield "button", widget.text()
    elif isinstance(widget, QGroupBox):
        yield "group", widget.title()
    elif isinstance(widget, QComboBox):
        for i in range(widget.count()):
            yield "choice", widget.itemText(i)
    elif isinstance(widget, QTabBar):
        for i in range(widget.count()):
            yield "tab", widget.tabText(i)
    elif isinstance(widget, QLineEdit):
        yield "placeholder", widget.placeholderText()
    elif isinstance(widget, QAbstractSpinBox):
        yield "spin box", widget.text()
    elif isinstance(widget, QTextEdit):
        yield "text", widget.toPlainText()
    elif isinstance(widget, QListWidget):
        for i in range(widget.count()):
            yield "list item", widget.item(i).text()
    elif isinstance(widget, QTableView):
        model = widget.model()
        for column in range(model.columnCount()):
            yield "column", str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            for row in range(min(model.rowCount(), 5)):
                value = model.index(row, column).data()
                yield "cell", "" if value is None else str(value)
    elif isinstance(widget, QMenu):
        for action in widget.actions():
            yield "menu item", action.text()


STRETCHED = MODE in ("pseudo", "rtl")


def _english_sources() -> set[str]:
    """In a shipped language: every English source whose translation differs from it."""
    if STRETCHED:
        return set()
    import xml.etree.ElementTree as ET

    ts = Path(__file__).resolve().parents[2] / "translations" / f"postureapp_{MODE}.ts"
    out = set()
    for message in ET.parse(ts).getroot().iter("message"):
        source, translation = message.findtext("source", ""), message.findtext("translation")
        bare = source.replace("&", "")
        if translation and translation.replace("&", "") != bare and len(bare) > 3:
            out.add(bare)
    return out


ENGLISH = _english_sources()


def mnemonic(text: str) -> str | None:
    """The letter Alt presses in a text like 'S&nooze' (none in 'About && safety')."""
    match = re.search(r"&([^&\s])", text.replace("&&", ""))
    return match.group(1).lower() if match else None


def clashes(top: QWidget, widgets: list[QWidget]) -> list[str]:
    """Two buttons, tabs or labelled fields of one window answering the same Alt+letter."""
    seen: dict[str, str] = {}
    found = []
    texts = [w.text() for w in widgets if isinstance(w, QAbstractButton | QLabel)]
    texts += [w.tabText(i) for w in widgets if isinstance(w, QTabBar) for i in range(w.count())]
    for text in texts:
        letter = mnemonic(text) if text and "<" not in text else None
        if letter is None:
            continue
        if unicodedata.east_asian_width(letter) in ("W", "F"):
            found.append(f"Alt+{letter} cannot be typed ({text!r})")
        if letter in seen and seen[letter] != text:
            found.append(f"Alt+{letter} is both {seen[letter]!r} and {text!r}")
        seen.setdefault(letter, text)
    return found


def clipped(widget: QWidget) -> str | None:
    """Why the widget's text does not fit it, or None."""
    width, height = widget.width(), widget.height()
    if isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
        if widget.wordWrap():
            needed = widget.heightForWidth(width)
            if needed > height + 1:
                return f"needs {needed} px of height, has {height}"
        else:
            hint = widget.sizeHint()
            if hint.width() > width + 1 or hint.height() > height + 1:
                return f"needs {hint.width()}×{hint.height()}, has {width}×{height}"
    elif isinstance(
        widget, QCheckBox | QRadioButton | QPushButton | QToolButton | QComboBox | QAbstractSpinBox
    ):
        hint = widget.sizeHint()
        if hint.width() > width + 1:
            return f"needs {hint.width()} px of width, has {width}"
    elif isinstance(widget, QGroupBox) and widget.title():
        needed = widget.fontMetrics().horizontalAdvance(widget.title()) + 16
        if needed > width:
            return f"title needs {needed} px, has {width}"
    elif isinstance(widget, QTabBar):
        for i in range(widget.count()):
            if widget.tabSizeHint(i).width() > widget.tabRect(i).width() + 1:
                return f"tab {widget.tabText(i)!r} is elided"
    elif isinstance(widget, QTableView):
        return _table_clipped(widget)
    return None


def _table_clipped(table: QTableView) -> str | None:
    """A cell or a heading cut short, except in the column that stretches (its tooltip has all)."""
    header, model = table.horizontalHeader(), table.model()
    metrics = table.fontMetrics()
    for column in range(model.columnCount()):
        if header.sectionResizeMode(column) == header.ResizeMode.Stretch:
            continue
        size = header.sectionSize(column)
        heading = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        texts = [heading] + [
            str(model.index(row, column).data() or "") for row in range(model.rowCount())
        ]
        for text in texts:
            if metrics.horizontalAdvance(text) + 12 > size:
                return f"column {column} cuts {text!r} ({size} px)"
    return None


def _leaf(widget: QWidget) -> bool:
    """A widget a user reads or uses (not Qt's inner parts of a scroll area or a spin box)."""
    if widget.objectName().startswith("qt_") or isinstance(widget, QScrollBar):
        return False
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(
            parent, QAbstractSpinBox | QComboBox | QTabBar | QAbstractItemView | QLineEdit
        ):
            return False
        parent = parent.parentWidget()
    return True


def problems_in(top: QWidget, name: str) -> list[str]:
    """Every problem of one shown window."""
    found = []
    screen = QRect(0, 0, SCREEN["width"], SCREEN["height"])
    frame = top.frameGeometry()
    if not screen.contains(frame):
        found.append(f"{name}: the window ({frame.getRect()}) does not fit a 1366×768 screen")
    widgets = [top, *(w for w in top.findChildren(QWidget) if w.isVisibleTo(top))]
    for widget in widgets:
        if not _leaf(widget) or (widget is not top and widget.isWindow()):
            continue
        what = f"{name}: {type(widget).__name__} {widget.objectName() or ''}".rstrip()
        for kind, text in texts_of(widget):
            if STRETCHED:
                english = english_in(text) if text else []
            else:
                english = [text] if text and plain(text).replace("&", "") in ENGLISH else []
            if english:
                found.append(f"{what}: {kind} {plain(text)[:80]!r} is not translated: {english}")
        reason = clipped(widget)
        if reason:
            found.append(f"{what}: text {_main_text(widget)!r} is clipped: {reason}")
        parent = widget.parentWidget()
        scrolled = parent is not None and (
            isinstance(parent, QAbstractScrollArea)
            or parent.objectName() == "qt_scrollarea_viewport"
        )
        if widget is not top and parent is not None and not scrolled:
            inside = parent.rect().adjusted(-1, -1, 1, 1)
            if parent.isVisibleTo(top) and not inside.contains(widget.geometry()):
                found.append(f"{what}: sticks out of its parent ({widget.geometry().getRect()})")
    for area in top.findChildren(QScrollArea):
        if area.isVisibleTo(top) and area.horizontalScrollBar().isVisibleTo(top):
            found.append(f"{name}: {area.widget().__class__.__name__} is wider than its column")
    found += _overlaps(top, name, widgets)
    if MODE != "rtl":  # its Hebrew letters stand for several Latin ones each
        found += [f"{name}: {clash}" for clash in clashes(top, widgets)]
    return found


def _main_text(widget: QWidget) -> str:
    for getter in ("text", "title", "currentText"):
        if hasattr(widget, getter):
            return str(getattr(widget, getter)())[:60]
    return ""


def _overlaps(top: QWidget, name: str, widgets: list[QWidget]) -> list[str]:
    found = []
    by_parent: dict[int, list[QWidget]] = {}
    for widget in widgets:
        parent = widget.parentWidget()
        if widget is top or parent is None or not _leaf(widget) or widget.isWindow():
            continue
        if widget.width() <= 0 or widget.height() <= 0:
            continue
        by_parent.setdefault(id(parent), []).append(widget)
    for siblings in by_parent.values():
        for i, one in enumerate(siblings):
            for other in siblings[i + 1 :]:
                shared = one.geometry().intersected(other.geometry())
                if shared.width() > 1 and shared.height() > 1:
                    found.append(
                        f"{name}: {type(one).__name__} {_main_text(one)!r} and "
                        f"{type(other).__name__} {_main_text(other)!r} overlap"
                    )
    return found


# --- the app, every window in turn -------------------------------------------------------------


def main(out: Path) -> None:
    qapp = QApplication([])
    stretcher = Stretcher()
    if MODE == "rtl":
        qapp.installTranslator(stretcher)
        QLocale.setDefault(QLocale(QLocale.Language.Hebrew, QLocale.Country.Israel))
        qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    elif MODE == "pseudo":
        qapp.installTranslator(stretcher)
        QLocale.setDefault(QLocale(QLocale.Language.Greek, QLocale.Country.Greece))
    else:  # a shipped language, its catalogue and Qt's, its locale's formats
        from postureapp.ui import language

        QLocale.setDefault(QLocale(MODE))
        assert language.install(qapp, [MODE]) == MODE

    from postureapp import app as app_module
    from postureapp.core import safety
    from postureapp.core.clock import FakeClock
    from postureapp.core.history import Outcome
    from postureapp.core.session import Countdown, Notice
    from postureapp.core.terms import BreakKind, Feeling, Trigger
    from postureapp.paths import AppPaths

    paths = AppPaths.from_environment()
    paths.ensure()
    (paths.state_dir / "safety.json").write_text('{"version": 1, "welcome_shown": true}')
    clock = FakeClock(datetime.now().astimezone())
    app = app_module.PostureApp(qapp, paths, clock, idle=lambda: None, tray_wait_ms=0)
    assert app.claim()
    app.build()
    if not STRETCHED:
        assert all(ex.language == MODE for ex in app.library.exercises.values())
    library = app.library
    stretched_library = (
        library
        if not STRETCHED
        else replace(
            library,
            exercises={
                key: replace(
                    ex,
                    title=stretched(ex.title),
                    summary=stretched(ex.summary),
                    cautions=tuple(map(stretched, ex.cautions)),
                    steps=tuple(replace(step, text=stretched(step.text)) for step in ex.steps),
                )
                for key, ex in library.exercises.items()
            },
        )
    )
    app.library = stretched_library
    app.controller.set_library(stretched_library)
    app.start()
    _seed_history(app, clock, Outcome, Trigger, Feeling)

    problems: list[str] = []
    shown: list[str] = []

    def check(name: str, top: QWidget | None) -> None:
        assert top is not None, f"{name} did not open"
        qapp.processEvents()
        shown.append(name)
        problems.extend(problems_in(top, name))

    steps: list[tuple[str, Callable[[], QWidget | None]]] = [
        ("status window", lambda: _open(app, "status", lambda: app.status_window)),
        ("settings", lambda: _open(app, "settings", lambda: app.windows.get("settings"))),
        ("history", lambda: _open(app, "history", lambda: app.windows.get("history"))),
        ("about & safety", lambda: _open(app, "about", lambda: app.safety_windows.dialog("about"))),
    ]
    for name, opener in steps:
        top = opener()
        if name == "settings":
            tabs = top.tabs  # type: ignore[union-attr]
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                check(f"settings, page {index + 1}", top)
            top.close()  # type: ignore[union-attr]
            continue
        if name == "history":  # every tab, the per-area chart and the from–to dates
            from postureapp.core.period import Preset

            check(name, top)
            top.range.choose(Preset.CUSTOM)  # type: ignore[union-attr]
            top.tabs.setCurrentIndex(1)  # type: ignore[union-attr]
            check("history, exercises, from–to", top)
            top.exercises_panel.by_area.click()  # type: ignore[union-attr]
            check("history, body areas", top)
            for index, tab in ((2, "check-ins"), (3, "breaks")):
                top.tabs.setCurrentIndex(index)  # type: ignore[union-attr]
                check(f"history, {tab}", top)
            top.close()  # type: ignore[union-attr]
            continue
        if name == "about & safety":
            check(name, top)
            top.pages.setCurrentIndex(1)  # type: ignore[union-attr]
            check("about cracking", top)
            top.close()  # type: ignore[union-attr]
            continue
        check(name, top)
        if top is not app.status_window:
            top.close()  # type: ignore[union-attr]

    from postureapp.ui.calendar_editor import AddCalendarDialog

    adding = AddCalendarDialog((), None)
    adding.show()
    check("add a calendar", adding)
    adding.close()

    views = app.safety_windows
    for name, show, key in (
        ("welcome", views.show_welcome, "welcome"),
        ("check-in", views.ask_checkin, "checkin"),
        ("after it hurt", views.show_hurt, "hurt"),
        ("safety pause", lambda: views.show_pause(safety.PAUSE_REASON_WARNING), "pause"),
        ("resume exercise breaks", lambda: views.confirm_resume(), "pause"),
        (
            "see a physical therapist",
            lambda: views.show_suggestion(safety.PROFESSIONAL_REASON_STIFFNESS),
            "suggestion",
        ),
    ):
        show()
        check(name, views.dialog(key))
        views.dialog(key).close()  # type: ignore[union-attr]
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    app.show_notice(Notice(BreakKind.SHORT, Countdown(clock.monotonic() + 30)))
    check("notice", app.notice)
    app.notice.close()  # type: ignore[union-attr]
    for kind in (BreakKind.SHORT, BreakKind.LONG):
        assert app.controller.take_break(Trigger.MANUAL, kind)
        window = app.window
        check(f"{kind} break", window)
        clock.advance(6)
        window.tick()  # type: ignore[union-attr]
        check(f"{kind} break, a step later", window)
        window.show_cautions()  # type: ignore[union-attr]
        boxes = [w for w in qapp.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
        check(f"{kind} break's cautions", boxes[-1] if boxes else None)
        boxes[-1].close()
        app.controller.skip()
        qapp.processEvents()
    app.controller.set_exercises_paused(True)
    assert app.controller.take_break(Trigger.MANUAL, BreakKind.SHORT)
    check("stand up and move", app.window)
    app.controller.skip()
    app.controller.set_exercises_paused(False)

    app._tray_decided(False)  # no tray: the status window stands in
    check("status window without a tray", app.status_window)
    app.messages.tell(
        QCoreApplication.translate("ExerciseKeeper", "Exercise skipped: {0}").format("x")
    )
    qapp.processEvents()
    check("a message", app.message_boxes[-1] if app.message_boxes else None)
    from layout_probe_exercises import check_exercise_windows

    check_exercise_windows(app, check)
    if app.tray.icon is None:
        app.tray.create()  # the icon is made only once a tray is there; this checks its words
    menu = app.tray.icon.contextMenu()
    for action in menu.actions() if STRETCHED else []:
        if action.text() and english_in(action.text()):
            problems.append(f"tray menu: {action.text()!r} is not translated")
        if action.menu():
            for sub in action.menu().actions():
                if sub.text() and english_in(sub.text()):
                    problems.append(f"tray menu: {sub.text()!r} is not translated")
    tip = app.tray.icon.toolTip()
    if STRETCHED and english_in(tip):
        problems.append(f"tray tooltip {tip!r} is not translated")

    out.write_text(
        json.dumps(
            {
                "mode": MODE,
                "shown": shown,
                "problems": problems,
                "asked": sorted(stretcher.asked),
            },
            ensure_ascii=False,
            indent=1,
        )
    )
    app.controller.stop()
    app.server.close()
    app.breaks.close()


def _open(app, name: str, get: Callable[[], QWidget | None]) -> QWidget | None:  # type: ignore[no-untyped-def]
    app.open(name)
    return get()


def _seed_history(app, clock, Outcome, Trigger, Feeling) -> None:  # type: ignore[no-untyped-def]
    """A month of breaks and check-ins, so the history window has every part to show."""
    now = clock.now()
    ids = sorted(app.library.exercises)
    outcomes = list(Outcome)
    for day in range(1, 28):
        for n in range(3):
            start = now - timedelta(days=day, hours=n)
            outcome = outcomes[(day + n) % len(outcomes)]
            if outcome is Outcome.RUNNING:
                outcome = Outcome.COMPLETED
            row = app.breaks.record(
                kind=BreakKind_of(n),
                trigger=list(Trigger)[(day + n) % len(Trigger)],
                due_at=start,
                started_at=start,
                ended_at=start + timedelta(minutes=1),
                outcome=outcome,
                exercise_ids=[ids[(day * 3 + n) % len(ids)]],
                seconds_done=40 + day,
            )
            assert row
        app.breaks.add_checkin(
            at=now - timedelta(days=day), feeling=Feeling.SAME, stiffness=day % 10
        )


def BreakKind_of(n: int):  # type: ignore[no-untyped-def]
    from postureapp.core.terms import BreakKind

    return BreakKind.LONG if n == 2 else BreakKind.SHORT


if __name__ == "__main__":
    configure_screen()
    main(Path(sys.argv[2]))
