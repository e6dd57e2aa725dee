"""Show one of the app's small windows on its own, for screenshots: notice, checkin, status, hurt.

    python docs/screenshots/preview.py notice|checkin|status|hurt [--theme light|dark]

The real app shows these at moments that are slow to reach on purpose (30 s before a break,
after the day's first completed break); the widgets here are the app's own, built the same way.
"""

from __future__ import annotations

import argparse
import sys

from PySide6.QtWidgets import QApplication

from postureapp.core.clock import SystemClock
from postureapp.core.session import Countdown
from postureapp.ui import theme


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("window", choices=("notice", "checkin", "status", "hurt"))
    parser.add_argument("--theme", choices=("light", "dark"), default="light")
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    app.setApplicationName("postureapp")
    theme.apply_colour_scheme(args.theme)
    clock = SystemClock()
    if args.window == "notice":
        from postureapp.ui.notice import NoticePopup

        shown = NoticePopup(
            "short", Countdown(clock.monotonic() + 28), clock, can_postpone=True, snooze_minutes=5
        )
    elif args.window == "checkin":
        from postureapp.ui.safety import CheckInPopup

        shown = CheckInPopup()
    elif args.window == "hurt":
        from postureapp.ui.safety import HurtDialog

        shown = HurtDialog()
    else:
        from postureapp.ui.actions import AppActions
        from postureapp.ui.status_window import StatusWindow

        actions = AppActions()
        actions.set_exercises_paused(True)
        shown = StatusWindow(actions)
        shown.set_status("Next short break at 14:30")
        shown.set_exercises_paused(True)
    present = getattr(shown, "present", None)
    present() if callable(present) else shown.show()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
