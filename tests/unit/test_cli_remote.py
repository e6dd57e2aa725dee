"""The remote commands as a user reads them: local times, what was done, and a closed pipe."""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from postureapp.cli import main
from postureapp.cli.remote import when
from postureapp.paths import AppPaths

NOW = datetime.now().astimezone().replace(microsecond=0)


class FakeInstance:
    """A running app's socket that answers every request with the next prepared reply."""

    def __init__(self, path: Path, replies: dict[str, dict[str, object]]) -> None:
        self.replies = replies
        self.asked: list[dict[str, object]] = []
        path.parent.mkdir(parents=True, exist_ok=True)
        self.server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.server.bind(str(path))
        self.server.listen(8)
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.server.accept()
            except OSError:
                return
            with conn:
                data = b""
                while not data.endswith(b"\n"):
                    chunk = conn.recv(4096)
                    if not chunk:
                        break
                    data += chunk
                request = json.loads(data)
                self.asked.append(request)
                reply = {"ok": True, **self.replies[request["command"]]}
                conn.sendall(json.dumps(reply).encode() + b"\n")

    def close(self) -> None:
        self.server.close()


@pytest.fixture
def paths(app_home: Path) -> AppPaths:
    return AppPaths.from_environment()


@pytest.fixture
def instance(paths: AppPaths) -> Iterator[FakeInstance]:
    soon = (datetime.now().astimezone() + timedelta(minutes=12, seconds=30)).isoformat()
    fake = FakeInstance(
        paths.socket_path,
        {
            "status": {
                "running": True, "in_break": False, "paused": False, "paused_until": None,
                "paused_indefinitely": False, "next_break_at": soon, "next_break_kind": "short",
                "reason": "interval", "snoozes_in_row": 1, "idle_backend": "x11",
                "idle_seconds": 3.0, "waiting_for": None, "breaks_resume_at": None,
                "exercises_paused": True,
            },
            "open": {"opened": "history"},
            "show": {"shown": True},
            "skip": {"skipped": True},
            "resume": {"resumed": False, "exercises_paused": True},
        },
    )  # fmt: skip
    yield fake
    fake.close()


def test_times_read_as_local_clock_times_with_how_soon() -> None:
    assert (
        when((NOW + timedelta(minutes=12)).isoformat(), NOW)
        == f"{NOW + timedelta(minutes=12):%H:%M} (in 12 min)"
    )
    tomorrow = NOW + timedelta(days=1)
    assert when(tomorrow.isoformat(), NOW) == f"{tomorrow:%a %d %b %H:%M}"
    utc = (NOW + timedelta(minutes=30)).astimezone(datetime.now().astimezone().tzinfo)
    assert when(utc.isoformat(), NOW).endswith("(in 30 min)")


def test_status_prints_local_times_and_what_stands_out(
    instance: FakeInstance, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["status"]) == 0
    out = capsys.readouterr().out
    next_line = next(line for line in out.splitlines() if line.startswith("Next"))
    assert re.fullmatch(r"Next short break at \d\d:\d\d \(in 1[12] min\) \(interval\)\.", next_line)
    assert "Exercise breaks are paused for safety" in out
    assert "Snoozes in a row: 1" in out and "Idle time: x11 (3.0 s idle now)." in out


def test_status_json_keeps_iso_times_with_their_offset(
    instance: FakeInstance, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["status", "--json"]) == 0
    reply = json.loads(capsys.readouterr().out)
    assert datetime.fromisoformat(reply["next_break_at"]).utcoffset() is not None


@pytest.mark.parametrize(
    ("argv", "request_", "printed"),
    [
        (["open", "history"], {"command": "open", "argument": "history"}, ""),
        (["show"], {"command": "show"}, ""),
        (["skip"], {"command": "skip"}, "Break skipped.\n"),
    ],
)
def test_open_show_and_skip_send_their_request(
    instance: FakeInstance,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    request_: dict[str, object],
    printed: str,
) -> None:
    assert main(argv) == 0
    assert instance.asked == [request_]
    assert capsys.readouterr().out == printed


def test_open_refuses_a_window_that_does_not_exist_before_asking(
    instance: FakeInstance, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["open", "kitchen"])
    assert stopped.value.code == 2 and instance.asked == []
    assert "invalid choice: 'kitchen'" in capsys.readouterr().err


def test_resume_says_exactly_what_it_did_during_a_safety_pause(
    instance: FakeInstance, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["resume"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Breaks were not paused.\n")
    assert "Exercise breaks stay paused for your safety" in out and "About & safety" in out


def test_a_reader_that_leaves_early_gets_no_traceback(instance: FakeInstance) -> None:
    """`postureapp status | head -1`: the pipe closes; the command ends quietly."""
    reader, writer = os.pipe()
    os.close(reader)
    done = subprocess.run(
        [sys.executable, "-m", "postureapp", "status"],
        stdout=writer,
        stderr=subprocess.PIPE,
        text=True,
        timeout=30,
        env=os.environ,
    )
    os.close(writer)
    assert "Traceback" not in done.stderr and "BrokenPipeError" not in done.stderr
    assert done.returncode == 1
