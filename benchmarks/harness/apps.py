"""The apps under test, how to start one until its tray icon is up, and how to talk to postureapp."""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

from harness import procfs
from harness.desk import Desktop, stop, wait_for
from harness.private import PrivateCopy

HERE = Path(__file__).resolve().parent.parent  # benchmarks/
PAINTED = re.compile(r"break window painted ([0-9.]+) ms after the break fell due")


@dataclass
class App:
    """One app under test. `kind` is postureapp, bare or peer; `private` is its own Python."""

    name: str
    kind: str
    argv: list[str]
    env: dict[str, str]
    home: Path
    private: PrivateCopy | None = None
    #: Filled in for postureapp: its log and socket, read by the harness.
    log_file: Path | None = None
    socket_path: Path | None = None
    version: str = ""
    started: list[subprocess.Popen[bytes]] = field(default_factory=list)
    #: CPU seconds the app (all its threads and processes) had used when its icon was embedded
    icon_cpu_s: float = 0.0

    def forget_schedule(self) -> None:
        """A new round starts a new interval: postureapp's first break falls due 30 minutes
        after its start, and an idle round is shorter, so no break comes into the figures. The
        log, settings and safety state stay: a returning user's."""
        if self.kind == "postureapp":
            (Path(self.env["POSTUREAPP_HOME"]) / "state" / "schedule.json").unlink(missing_ok=True)

    def spawn(self, desk: Desktop) -> subprocess.Popen[bytes]:
        out = self.home / f"{self.name}-output.log"
        env = {**desk.env, **self.env, "HOME": str(self.home)}
        if self.private is not None:
            env.update(self.private.env)
        with out.open("ab") as sink:
            proc = subprocess.Popen(
                self.argv, env=env, stdout=sink, stderr=subprocess.STDOUT, cwd=self.home
            )
        self.started.append(proc)
        return proc


def private_home(root: Path) -> Path:
    home = root / "home"
    for sub in (".config", ".cache", ".local/share", ".local/state"):
        (home / sub).mkdir(parents=True, exist_ok=True)
    return home


def postureapp(name: str, root: Path, private: PrivateCopy) -> App:
    home = private_home(root)
    app_home = root / "ph"  # short: the socket path must stay under ~100 bytes
    # A returning user: the first-start welcome dialog is not part of everyday cost.
    (app_home / "state").mkdir(parents=True)
    (app_home / "state" / "safety.json").write_text('{"version": 1, "welcome_shown": true}\n')
    script = private.bin_dir / "postureapp"
    script.write_text(
        f"#!{private.python}\nimport sys\nfrom postureapp.cli import main\n"
        "if __name__ == '__main__':\n    sys.exit(main())\n"
    )
    script.chmod(0o755)
    return App(
        name=name,
        kind="postureapp",
        argv=[str(script)],
        env={"POSTUREAPP_HOME": str(app_home)},
        home=home,
        private=private,
        log_file=app_home / "log" / "postureapp.log",
        socket_path=app_home / "run" / "postureapp.sock",
    )


def bare(root: Path, private: PrivateCopy) -> App:
    home = private_home(root)
    script = root / "bare_tray.py"
    shutil.copy2(HERE / "bare_tray.py", script)
    return App("bare", "bare", [str(private.python), str(script)], {}, home, private)


#: Debian package -> (command, what the README calls it)
PEERS = {"safeeyes": ("safeeyes", "Safe Eyes"), "workrave": ("workrave", "Workrave")}


def peer(package: str, root: Path) -> App:
    command, _label = PEERS[package]
    found = shutil.which(command)
    if found is None:
        raise RuntimeError(f"{command} is not installed")
    version = subprocess.run(
        ["dpkg-query", "-W", "-f", "${Version}", package], capture_output=True, text=True
    ).stdout
    return App(package, "peer", [found], {}, private_home(root), version=version)


def start_until_icon(
    app: App, desk: Desktop, timeout: float = 60
) -> tuple[subprocess.Popen[bytes], float]:
    """Spawn, then read trayer's window tree every 10 ms until the app's icon is embedded."""
    before = desk.icons()
    began = time.monotonic()
    proc = app.spawn(desk)

    def embedded() -> bool:
        if proc.poll() is not None:
            raise RuntimeError(
                f"{app.name} exited with {proc.returncode} before its icon showed; "
                f"see {app.home / (app.name + '-output.log')}"
            )
        return desk.icons() > before

    wait_for(embedded, timeout, f"{app.name}'s tray icon")
    seconds = time.monotonic() - began
    # The work the app did until then: unlike the wall time, a busy machine hardly moves it.
    app.icon_cpu_s = sum(procfs.cpu_ns(procfs.process_tree(proc.pid)).values()) / 1e9
    return proc, seconds


def quit_app(proc: subprocess.Popen[bytes], desk: Desktop, before: int) -> None:
    """Stop the app, and wait for trayer to drop its icon, so the next start counts afresh."""
    stop(proc)
    try:
        wait_for(lambda: desk.icons() <= before, 10, "the icon to leave the panel")
    except RuntimeError:
        print(f"warning: trayer's panel on {desk.name} still has extra windows")


# --- talking to postureapp ------------------------------------------------------------------------


def request(path: Path, command: str, argument: str | None = None) -> dict[str, object]:
    """One JSON line to the app's socket, one back; what `postureapp COMMAND` does, minus a
    Python start-up per request."""
    payload: dict[str, str] = {"command": command}
    if argument is not None:
        payload["argument"] = argument
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        sock.settimeout(10)
        sock.connect(str(path))
        sock.sendall(json.dumps(payload).encode() + b"\n")
        data = b""
        while b"\n" not in data:
            chunk = sock.recv(65536)
            if not chunk:
                break
            data += chunk
    if not data:
        raise ConnectionError(f"{command}: the app closed the connection without a reply")
    reply: dict[str, object] = json.loads(data.split(b"\n", 1)[0])
    return reply


def until_ok(path: Path, command: str, tries: int = 400) -> dict[str, object]:
    """A command can race the app's start-up or the last break's teardown: it is refused, not lost."""
    reply: dict[str, object] = {}
    for _ in range(tries):
        try:
            reply = request(path, command)
        except OSError as exc:
            reply = {"ok": False, "error": str(exc)}
        if reply.get("ok") and reply.get("started", True) and reply.get("skipped", True):
            return reply
        time.sleep(0.025)
    raise RuntimeError(f"{command} kept failing: {reply}")


class LogTail:
    """Reads what the app appends to its log, across rotations (RotatingFileHandler)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.inode, self.offset = self._stat()
        self.buffer = ""

    def _stat(self) -> tuple[int, int]:
        try:
            st = self.path.stat()
        except FileNotFoundError:
            return 0, 0
        return st.st_ino, st.st_size

    def _read(self, path: Path, offset: int) -> int:
        try:
            with path.open("rb") as handle:
                handle.seek(offset)
                chunk = handle.read()
        except FileNotFoundError:
            return offset
        self.buffer += chunk.decode(errors="replace")
        return offset + len(chunk)

    def _poll(self) -> None:
        inode, _size = self._stat()
        if inode != self.inode:
            # Rotated: the rest of the old file is now postureapp.log.1.
            old = self.path.with_name(self.path.name + ".1")
            if self.inode and old.exists() and old.stat().st_ino == self.inode:
                self._read(old, self.offset)
            self.inode, self.offset = inode, 0
        self.offset = self._read(self.path, self.offset)

    def next_match(self, pattern: re.Pattern[str], timeout: float) -> re.Match[str]:
        def found() -> re.Match[str] | None:
            self._poll()
            match = pattern.search(self.buffer)
            if match:
                self.buffer = self.buffer[match.end() :]
            return match

        match: re.Match[str] = wait_for(found, timeout, f"{pattern.pattern!r} in the log", 0.005)
        return match


def one_break(app: App, tail: LogTail) -> float:
    """break-now, wait for the window's "painted" line, skip: the app's own latency in ms."""
    assert app.socket_path is not None
    until_ok(app.socket_path, "break-now")
    latency = float(tail.next_match(PAINTED, 20).group(1))
    until_ok(app.socket_path, "skip")
    return latency


def environment_note() -> str:
    return f"{os.uname().sysname} {os.uname().release}"
