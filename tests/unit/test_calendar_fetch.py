"""Reading calendars from where they are: files, folders, and a web address on a loopback server."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from postureapp.core.calendar.source import FILE, URL, CalendarSource
from postureapp.platform.calendars import FetchFailed, fetch

ICS = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nEND:VCALENDAR\r\n"
WINDOW = (datetime(2026, 3, 22, tzinfo=UTC), datetime(2026, 3, 31, tzinfo=UTC))


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path == "/team.ics":
            body = ICS.encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/calendar; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        else:
            self.send_error(404, "Not Found")

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_a_web_calendar_is_fetched_and_a_missing_one_says_what_the_server_said(server: str) -> None:
    assert fetch(CalendarSource("team", URL, f"{server}/team.ics"), WINDOW) == [ICS]
    with pytest.raises(FetchFailed, match="answered with the HTTP error 404"):
        fetch(CalendarSource("team", URL, f"{server}/gone.ics"), WINDOW)


def test_an_unreachable_server_is_said_plainly() -> None:
    with pytest.raises(FetchFailed, match="refused the connection"):
        fetch(CalendarSource("team", URL, "http://127.0.0.1:9/team.ics"), WINDOW, timeout=5)


def test_a_file_and_a_folder_of_files_are_read_whole(tmp_path: Path) -> None:
    (tmp_path / "a.ics").write_text(ICS)
    (tmp_path / "more").mkdir()
    (tmp_path / "more" / "b.ics").write_text(ICS.replace("-//t//EN", "-//u//EN"))
    (tmp_path / "notes.txt").write_text("not a calendar")
    assert fetch(CalendarSource("one", FILE, str(tmp_path / "a.ics")), WINDOW) == [ICS]
    both = fetch(CalendarSource("all", FILE, str(tmp_path)), WINDOW)
    assert len(both) == 2 and "-//u//EN" in both[1]
    with pytest.raises(FetchFailed, match="does not exist"):
        fetch(CalendarSource("gone", FILE, str(tmp_path / "gone.ics")), WINDOW)


def test_the_window_is_what_a_caldav_server_is_asked_for() -> None:
    """Only CalDAV takes the window; its span covers the planner's eight days ahead."""
    from postureapp.core.calendar.reader import window

    now = datetime(2026, 3, 23, 9, tzinfo=UTC)
    start, end = window(now)
    assert start == now - timedelta(days=1) and end == now + timedelta(days=8)
