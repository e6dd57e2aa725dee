"""The one command table, in process: what `postureapp <command>` gets back, whoever carries it out."""

from __future__ import annotations

from datetime import timedelta

import pytest

from postureapp.core.clock import FakeClock
from postureapp.core.history import BreakLog, Outcome
from postureapp.core.protocol import REMOTE_COMMANDS, ProtocolError, Request, decode_request
from postureapp.runtime.commands import Commands
from postureapp.runtime.controller import Controller


class Windows:
    def __init__(self) -> None:
        self.opened: list[str] = []

    def open(self, name: str) -> None:
        self.opened.append(name)


@pytest.fixture
def windows() -> Windows:
    return Windows()


@pytest.fixture
def commands(controller: Controller, windows: Windows) -> tuple[Commands, list[str]]:
    quits: list[str] = []
    table = Commands(
        controller, windows, quit=lambda: quits.append("quit"), tray_shown=lambda: True
    )
    return table, quits


def ask(commands: Commands, line: str) -> dict[str, object]:
    """As the socket does: decode the line the CLI sends, then carry it out."""
    return commands.handle(decode_request(line.encode()))


def test_every_command_in_the_protocol_table_has_a_handler(commands, controller) -> None:  # type: ignore[no-untyped-def]
    table, _ = commands
    for command in REMOTE_COMMANDS:
        argument = {"pause": "30m", "open": "history", "break-now": None}.get(command.name)
        reply = table.handle(Request(command.name, argument))
        assert isinstance(reply, dict), command.name
        controller.interrupt()
        controller.resume()


def test_status_reports_the_tray_and_the_next_break(commands, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    table, _ = commands
    reply = ask(table, '{"command": "status"}')
    assert reply["tray"] is True and reply["in_break"] is False
    assert reply["next_break_at"] == (clock.now() + timedelta(minutes=30)).isoformat()


@pytest.mark.parametrize("window", ["status", "settings", "history", "about"])
def test_open_brings_up_each_window(commands, windows: Windows, window: str) -> None:  # type: ignore[no-untyped-def]
    table, _ = commands
    assert ask(table, f'{{"command": "open", "argument": "{window}"}}') == {"opened": window}
    assert windows.opened == [window]


def test_open_refuses_a_window_that_does_not_exist(commands, windows: Windows) -> None:  # type: ignore[no-untyped-def]
    table, _ = commands
    with pytest.raises(
        ProtocolError, match="expected one of status, settings, history, exercises, about"
    ):
        ask(table, '{"command": "open", "argument": "kitchen"}')
    assert windows.opened == []


def test_show_brings_up_the_status_window(commands, windows: Windows) -> None:  # type: ignore[no-untyped-def]
    table, _ = commands
    assert ask(table, '{"command": "show"}') == {"shown": True}
    assert windows.opened == ["status"]


def test_break_now_starts_one_break_and_refuses_a_second(commands, controller) -> None:  # type: ignore[no-untyped-def]
    table, _ = commands
    assert ask(table, '{"command": "break-now"}') == {"started": True}
    assert controller.active is not None
    reply = ask(table, '{"command": "break-now"}')
    assert reply == {"started": False, "error": "a break is already on screen"}


def test_break_now_names_an_unknown_exercise(commands, controller) -> None:  # type: ignore[no-untyped-def]
    table, _ = commands
    with pytest.raises(ProtocolError, match="no exercise with the id 'nope'"):
        ask(table, '{"command": "break-now", "argument": "nope"}')
    assert controller.active is None


def test_skip_ends_the_break_on_screen_as_skipped(  # type: ignore[no-untyped-def]
    commands, controller, breaks: BreakLog
) -> None:
    table, _ = commands
    assert ask(table, '{"command": "skip"}') == {
        "skipped": False,
        "error": "no break is on screen",
    }
    assert controller.take_break()
    assert ask(table, '{"command": "skip"}') == {"skipped": True}
    assert breaks.rows()[0].outcome is Outcome.SKIPPED


def test_skip_is_refused_in_strict_mode(make_controller, windows: Windows, breaks) -> None:  # type: ignore[no-untyped-def]
    from postureapp.core.settings import Settings

    controller = make_controller(settings=Settings.defaults().replace(strict=True))
    table = Commands(controller, windows, quit=lambda: None, tray_shown=lambda: True)
    assert controller.take_break()
    reply = ask(table, '{"command": "skip"}')
    assert reply == {"skipped": False, "error": "strict mode is on: breaks cannot be skipped"}
    assert controller.active is not None


def test_pause_and_resume_say_what_they_did(commands, controller, clock: FakeClock) -> None:  # type: ignore[no-untyped-def]
    table, _ = commands
    reply = ask(table, '{"command": "pause", "argument": "1h"}')
    assert reply == {"paused_until": (clock.now() + timedelta(hours=1)).isoformat()}
    assert controller.state.paused
    assert ask(table, '{"command": "resume"}') == {"resumed": True}
    assert ask(table, '{"command": "resume"}') == {"resumed": False}, "nothing was paused"


def test_quit_answers_first(commands) -> None:  # type: ignore[no-untyped-def]
    table, quits = commands
    assert ask(table, '{"command": "quit"}') == {"quitting": True}
    assert quits == ["quit"]


def test_a_refusal_from_the_tray_is_reported_not_raised(commands) -> None:  # type: ignore[no-untyped-def]
    table, _ = commands
    assert table.run("open", "kitchen") == {
        "error": "open: expected one of status, settings, history, exercises, about, got 'kitchen'"
    }


def test_a_named_exercise_is_refused_during_a_safety_pause(commands, controller) -> None:  # type: ignore[no-untyped-def]
    table, _ = commands
    controller.set_exercises_paused(True)
    with pytest.raises(ProtocolError, match="paused for safety"):
        ask(table, '{"command": "break-now", "argument": "tuck"}')
    assert controller.active is None
    assert ask(table, '{"command": "break-now"}') == {"started": True}, "a plain break still comes"


def test_a_switched_off_exercise_runs_when_named_and_says_so(make_controller, windows) -> None:  # type: ignore[no-untyped-def]
    from postureapp.core.settings import Settings

    neck_only = Settings.defaults().replace(areas=frozenset({"neck"}))
    controller = make_controller(settings=neck_only)
    table = Commands(controller, windows, quit=lambda: None, tray_shown=lambda: True)
    reply = ask(table, '{"command": "break-now", "argument": "twist"}')
    assert reply == {"started": True, "note": "this exercise is switched off in your settings"}


def test_a_command_the_app_does_not_know_or_a_bare_pause_is_refused_in_words(commands) -> None:  # type: ignore[no-untyped-def]
    """A newer command line talking to an older app, or a request made by hand."""
    table, quits = commands
    with pytest.raises(ProtocolError, match="unknown command 'dance'"):
        table.handle(Request("dance", None))
    with pytest.raises(ProtocolError, match="pause: an argument is required"):
        table.handle(Request("pause", None))
    assert quits == [] and ask(table, '{"command": "status"}')["paused_until"] is None
