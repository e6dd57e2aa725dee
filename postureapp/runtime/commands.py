"""One table of commands for the socket, the tray menu and the status window.

Whoever asks (`postureapp pause 1h`, the tray's Pause menu, a button), the same method carries
the command out and gives the same reply: a dict that goes back over the socket as JSON. A
request that cannot be carried out raises ProtocolError with a sentence for the user.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QCoreApplication

from postureapp.core.protocol import REMOTE_COMMANDS, ProtocolError, Request, checked
from postureapp.core.terms import Trigger
from postureapp.runtime.controller import Controller
from postureapp.runtime.offer import ExercisesPaused, UnknownExercise

log = logging.getLogger(__name__)

Reply = dict[str, object]


class Windows(Protocol):
    """The views' side: bring up one of `protocol.WINDOWS` (status, settings, history, exercises, about)."""

    def open(self, name: str) -> None: ...


class Commands:
    """Carries out remote commands against the controller and the views."""

    def __init__(
        self,
        controller: Controller,
        windows: Windows,
        *,
        quit: Callable[[], None],
        tray_shown: Callable[[], bool],
    ) -> None:
        self._controller = controller
        self._windows = windows
        self._quit = quit
        self._tray_shown = tray_shown
        self._table: dict[str, Callable[[str | None], Reply]] = {
            "status": self.status,
            "break-now": self.break_now,
            "pause": self.pause,
            "resume": self.resume,
            "skip": self.skip,
            "open": self.open,
            "show": self.show,
            "quit": self.quit,
        }
        missing = {command.name for command in REMOTE_COMMANDS} - set(self._table)
        assert not missing, f"commands without a handler: {missing}"

    def handle(self, request: Request) -> Reply:
        """Answer one request from the socket (already checked by `protocol.decode_request`)."""
        handler = self._table.get(request.command)
        if handler is None:
            raise ProtocolError(f"unknown command {request.command!r}")
        return handler(request.argument)

    def run(self, command: str, argument: str | None = None) -> Reply:
        """Carry out a command from the tray or a window; a refusal is logged, not raised."""
        try:
            return self.handle(checked(command, argument))
        except ProtocolError as refused:
            log.info("%s refused: %s", command, refused)
            return {"error": str(refused)}

    # --- the commands --------------------------------------------------------------------------

    def status(self, _argument: str | None = None) -> Reply:
        return {**self._controller.status(), "tray": self._tray_shown()}

    def break_now(self, exercise_id: str | None = None) -> Reply:
        controller = self._controller
        try:
            started = controller.take_break(Trigger.MANUAL, exercise_id=exercise_id)
        except UnknownExercise:
            raise ProtocolError(
                QCoreApplication.translate(
                    "Commands", "break-now: no exercise with the id {0}"
                ).format(repr(exercise_id))
            ) from None
        except ExercisesPaused:
            raise ProtocolError(
                QCoreApplication.translate(
                    "Commands",
                    "break-now: exercise breaks are paused for safety; resume them from About & "
                    "safety (postureapp open about) once a clinician has looked at it, or it has "
                    "passed",
                )
            ) from None
        if not started:
            busy = self._controller.active is not None
            return {
                "started": False,
                "error": QCoreApplication.translate("Commands", "a break is already on screen")
                if busy
                else QCoreApplication.translate("Commands", "no exercise fits your settings"),
            }
        active = controller.active
        if (
            exercise_id
            and active
            and controller.offer.switched_off(exercise_id, active.plan.kind, controller.settings)
        ):
            return {
                "started": True,
                "note": QCoreApplication.translate(
                    "Commands", "this exercise is switched off in your settings"
                ),
            }
        return {"started": True}

    def pause(self, spec: str | None) -> Reply:
        if spec is None:
            raise ProtocolError(
                QCoreApplication.translate("Commands", "pause: an argument is required")
            )
        until = self._controller.pause(spec)
        return {"paused_until": until.isoformat() if until else None}

    def resume(self, _argument: str | None = None) -> Reply:
        """End a pause. Exercise breaks paused for safety need the user's confirmation in the
        About & safety window, which opens for it."""
        was_paused = self._controller.state.paused
        self._controller.resume()
        if self._controller.exercises_paused:
            self._windows.open("about")
            return {"resumed": was_paused, "exercises_paused": True}
        return {"resumed": was_paused}

    def skip(self, _argument: str | None = None) -> Reply:
        controller = self._controller
        if controller.active is None:
            return {
                "skipped": False,
                "error": QCoreApplication.translate("Commands", "no break is on screen"),
            }
        if not controller.skip():
            return {
                "skipped": False,
                "error": QCoreApplication.translate(
                    "Commands", "strict mode is on: breaks cannot be skipped"
                ),
            }
        return {"skipped": True}

    def open(self, window: str | None) -> Reply:
        self._windows.open(window or "status")
        return {"opened": window or "status"}

    def show(self, _argument: str | None = None) -> Reply:
        self._windows.open("status")
        return {"shown": True}

    def quit(self, _argument: str | None = None) -> Reply:
        self._quit()
        return {"quitting": True}
