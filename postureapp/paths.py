"""Where every file lives: built once from platformdirs (or POSTUREAPP_HOME) and passed down."""

from __future__ import annotations

import os
import stat
import tempfile
import warnings
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from postureapp.core.i18n.phrase import QT_TRANSLATE_NOOP, Phrase, Said
from postureapp.core.library_words import os_reason


def _said(source: str, *args: object) -> Phrase:
    return Phrase("paths", source, args)


HOME_ENV = "POSTUREAPP_HOME"


#: Every folder the app keeps is its owner's alone (the log holds health data).
PRIVATE_FOLDER = 0o700
PRIVATE_FILE = 0o600


class PathsError(Said, OSError):
    """A folder the app needs cannot be used; the message names it and says what to do
    (`said`, in the user's language where it is shown)."""


@dataclass(frozen=True)
class AppPaths:
    """The folders the app may write to. Nothing here is created until `ensure()` is called."""

    config_dir: Path
    data_dir: Path
    state_dir: Path
    log_dir: Path
    runtime_dir: Path

    @classmethod
    def from_environment(cls, environ: Mapping[str, str] | None = None) -> AppPaths:
        """Use POSTUREAPP_HOME when it is set (portable use, tests), platformdirs otherwise.

        The socket's folder is in $XDG_RUNTIME_DIR when that is a folder of the user's own;
        otherwise (unset, or left over from another user's session) in the state folder, and
        never in a shared folder such as /tmp, where another user could make it first.
        """
        env = os.environ if environ is None else environ
        home = env.get(HOME_ENV)
        if home:
            root = Path(home).expanduser().resolve()
            return cls(
                config_dir=root / "config",
                data_dir=root / "data",
                state_dir=root / "state",
                log_dir=root / "log",
                runtime_dir=root / "run",
            )
        import platformdirs

        dirs = platformdirs.PlatformDirs("postureapp", appauthor=False)
        state = Path(dirs.user_state_dir)
        if os.name == "posix":
            xdg = env.get("XDG_RUNTIME_DIR", "")
            runtime = Path(xdg) / "postureapp" if _own_folder(xdg) else state / "run"
        else:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                runtime = Path(dirs.user_runtime_dir)
        return cls(
            config_dir=Path(dirs.user_config_dir),
            data_dir=Path(dirs.user_data_dir),
            state_dir=state,
            log_dir=Path(dirs.user_log_dir),
            runtime_dir=runtime,
        )

    def ensure(self) -> None:
        """Create the folders owner-only, and make what is in them owner-only, whatever the umask.

        An install from before this was so is fixed here, at every start. Raises PathsError,
        naming the folder and what to do, when one cannot be used.
        """
        for folder in (self.config_dir, self.data_dir, self.state_dir, self.log_dir):
            private_folder(folder)
            _private_contents(folder)
        private_folder(self.runtime_dir)

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.toml"

    @property
    def custom_exercises_dir(self) -> Path:
        return self.config_dir / "exercises"

    @property
    def database_file(self) -> Path:
        return self.data_dir / "breaks.sqlite3"

    @property
    def state_file(self) -> Path:
        return self.state_dir / "schedule.json"

    @property
    def log_file(self) -> Path:
        return self.log_dir / "postureapp.log"

    @property
    def socket_path(self) -> Path:
        """The per-user local socket, in a private folder (see `private_folder`).

        AF_UNIX paths are limited to about 104 bytes, which a deep POSTUREAPP_HOME can exceed;
        the socket then lives in a short private folder of its own: in $XDG_RUNTIME_DIR when
        there is one, else in the temp folder under a name that is checked, not trusted: the
        first of a few that is missing or is this user's own, 0700, and no symlink.
        """
        path = self.runtime_dir / "postureapp.sock"
        if len(os.fsencode(path)) <= 100:
            return path
        import hashlib  # only here: at the top it would load OpenSSL into every process

        digest = hashlib.sha256(os.fsencode(path)).hexdigest()[:12]
        xdg = os.environ.get("XDG_RUNTIME_DIR", "")
        if _own_folder(xdg):
            return Path(xdg) / f"postureapp-{digest}" / "s"
        base = Path(tempfile.gettempdir()) / f"postureapp-{_uid()}-{digest}"
        candidates = [base, *(base.with_name(f"{base.name}-{n}") for n in range(2, 10))]
        for folder in candidates:
            if not os.path.lexists(folder) or folder_problem(folder) is None:
                return folder / "s"
        taken = QT_TRANSLATE_NOOP(
            "paths",
            "every short folder for the socket ({0} and the next ones) belongs to someone else; "
            "set a shorter {1}, or set XDG_RUNTIME_DIR",
        )
        raise PathsError(_said(taken, base, HOME_ENV))


def _own_folder(value: str) -> bool:
    """Whether `value` names a folder (not a symlink) that this user owns."""
    if not value or not os.path.isabs(value):
        return False
    try:
        info = os.lstat(value)
    except OSError:
        return False
    return stat.S_ISDIR(info.st_mode) and info.st_uid == _uid()


def _uid() -> int:
    return os.geteuid() if hasattr(os, "geteuid") else -1


def folder_problem(folder: Path) -> Phrase | None:
    """What makes `folder` unfit to hold the user's private files; None when it is fit.

    It must be a folder this user owns, and not through a symlink someone else owns. Its mode
    is not a problem: a folder of the user's own is made 0700 by `private_folder`.
    """
    if os.name != "posix":
        return None
    try:
        link = os.lstat(folder)
    except FileNotFoundError:
        return _said(QT_TRANSLATE_NOOP("paths", "{0} does not exist"), folder)
    except OSError as error:
        return _said(
            QT_TRANSLATE_NOOP("paths", "{0} cannot be checked ({1})"), folder, os_reason(error)
        )
    if stat.S_ISLNK(link.st_mode) and link.st_uid not in (_uid(), 0):
        return _said(
            QT_TRANSLATE_NOOP("paths", "{0} is a link made by user {1}, not by you"),
            folder,
            link.st_uid,
        )
    try:
        info = os.stat(folder)
    except OSError as error:
        return _said(
            QT_TRANSLATE_NOOP("paths", "{0} cannot be followed ({1})"), folder, os_reason(error)
        )
    if not stat.S_ISDIR(info.st_mode):
        return _said(QT_TRANSLATE_NOOP("paths", "{0} is not a folder"), folder)
    if info.st_uid != _uid():
        return _said(
            QT_TRANSLATE_NOOP("paths", "{0} belongs to user {1}, not to you"), folder, info.st_uid
        )
    return None


def private_folder(folder: Path, *, create: bool = True) -> None:
    """Make sure `folder` is this user's own and 0700, creating it (and its parents) if need be.

    Raises PathsError naming the folder and the fix when something else is in the way.
    """
    if create and not os.path.lexists(folder):
        missing = [folder, *(p for p in folder.parents if not os.path.lexists(p))]
        for part in sorted(missing, key=lambda p: len(p.parts)):  # the outermost first
            try:
                part.mkdir(mode=PRIVATE_FOLDER)
                if os.name == "posix":
                    os.chmod(part, PRIVATE_FOLDER)  # whatever the umask took away or left
            except FileExistsError:
                continue
            except OSError as error:
                raise PathsError(_cannot_create(folder, error)) from error
    if os.path.lexists(folder) and not folder.is_dir():
        raise PathsError(_cannot_create(folder, NotADirectoryError()))
    problem = folder_problem(folder)
    if problem is not None:
        move = QT_TRANSLATE_NOOP("paths", "{0}; move it away (or set {1} to use another folder)")
        raise PathsError(_said(move, problem, HOME_ENV))
    if os.name == "posix" and stat.S_IMODE(os.stat(folder).st_mode) != PRIVATE_FOLDER:
        try:
            os.chmod(folder, PRIVATE_FOLDER)
        except OSError as error:
            private = QT_TRANSLATE_NOOP("paths", "cannot make {0} private: {1}")
            raise PathsError(_said(private, folder, os_reason(error))) from error


def _cannot_create(folder: Path, error: OSError) -> Phrase:
    for part in (folder, *folder.parents):
        if os.path.lexists(part) and not part.is_dir():
            file_in_the_way = QT_TRANSLATE_NOOP(
                "paths",
                "{0} cannot be created because {1} is a file, not a folder; move that file away "
                "(or set {2} to use another folder)",
            )
            return _said(file_in_the_way, folder, part, HOME_ENV)
    return _said(QT_TRANSLATE_NOOP("paths", "{0} cannot be created: {1}"), folder, os_reason(error))


def _private_contents(folder: Path) -> None:
    """Files and folders directly inside `folder` that are the user's own become owner-only."""
    if os.name != "posix":
        return
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        try:
            info = entry.stat(follow_symlinks=False)
            if info.st_uid != _uid() or stat.S_ISLNK(info.st_mode):
                continue
            wanted = PRIVATE_FOLDER if stat.S_ISDIR(info.st_mode) else PRIVATE_FILE
            kind_ok = stat.S_ISREG(info.st_mode) or stat.S_ISDIR(info.st_mode)
            if kind_ok and stat.S_IMODE(info.st_mode) & 0o077:
                os.chmod(entry.path, stat.S_IMODE(info.st_mode) & wanted)
        except OSError:
            continue


def assets_dir() -> Path:
    """The bundled assets: inside the package when installed from a wheel, beside it in a checkout."""
    here = Path(__file__).resolve().parent
    bundled = here / "assets"
    return bundled if bundled.is_dir() else here.parent / "assets"
