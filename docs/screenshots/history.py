"""Show the history window over the synthetic year (docs/screenshots/synthetic.py), imported
into a fresh log as a user would import an export, or write the example report from it.

    python docs/screenshots/history.py window [--tab over|exercises|checkins] [--range quarter]
                                              [--theme light|dark]
    python docs/screenshots/history.py report OUT.pdf [--range quarter]

The widgets and the report are the app's own; "today" is the synthetic year's last day.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import UTC, date, datetime, time
from pathlib import Path

from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import build

from postureapp import __version__
from postureapp.core.clock import FakeClock
from postureapp.core.exercises import load_library
from postureapp.core.history import BreakLog, ExportFile, format_json
from postureapp.core.period import Preset
from postureapp.paths import assets_dir
from postureapp.ui import theme

TODAY = date(2026, 11, 27)
TABS = {"over": 0, "exercises": 1, "checkins": 2, "breaks": 3}


def filled_log(home: Path) -> BreakLog:
    export = home / "a-year.json"
    export.write_text(format_json(*build(TODAY)), encoding="utf-8")
    now = datetime.combine(TODAY, time(17, 30), UTC)
    log, _ = BreakLog.open(home / "breaks.sqlite3", now=now)

    log.import_records(ExportFile(export, "json").rows())
    return log


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("what", choices=("window", "report"))
    parser.add_argument("output", nargs="?", type=Path)
    parser.add_argument("--tab", choices=tuple(TABS), default="over")
    parser.add_argument("--range", choices=[p.value for p in Preset if p is not Preset.CUSTOM])
    parser.add_argument("--theme", choices=("light", "dark"), default="light")
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp(prefix="postureapp-history-"))
    os.environ["POSTUREAPP_HOME"] = str(home)
    app = QApplication(sys.argv[:1])
    app.setApplicationName("postureapp")
    theme.apply_colour_scheme(args.theme)
    library = load_library(
        assets_dir() / "exercises", assets_dir() / "illustrations", home / "exercises"
    )
    from postureapp.core.settings import Settings
    from postureapp.runtime.offer import Offer
    from postureapp.ui.history_window import HistoryWindow

    log = filled_log(home)
    window = HistoryWindow(
        log,
        FakeClock(datetime.combine(TODAY, time(17, 30)).astimezone()),
        4,
        exercise_titles={key: ex.title for key, ex in library.exercises.items()},
        exercise_areas={key: ex.areas for key, ex in library.exercises.items()},
        enabled=Offer(library, log).enabled_ids(Settings.defaults()),  # as the app passes
        version=__version__,
    )
    window.range.choose(Preset(args.range or "quarter"))
    window.tabs.setCurrentIndex(TABS[args.tab])
    if args.what == "report":
        window.report_to(args.output)
        print(args.output)
        return 0
    window.show()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
