"""Where every file lives: built once from platformdirs (or POSTUREAPP_HOME) and passed down."""

from __future__ import annotations

import os
import tempfile
import warnings
from dataclasses import dataclass
from pathlib import Path

HOME_ENV = "POSTUREAPP_HOME"


@dataclass(frozen=True)
class AppPaths:
    """The folders the app may write to. Nothing here is created until `ensure()` is called."""

    config_dir: Path
    data_dir: Path
    state_dir: Path
    log_dir: Path
    runtime_dir: Path

    @classmethod
    def from_environment(cls, environ: dict[str, str] | None = None) -> AppPaths:
        """Use POSTUREAPP_HOME when it is set (portable use, tests), platformdirs otherwise."""
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
        with warnings.catch_warnings():
            # Without XDG_RUNTIME_DIR platformdirs falls back to a per-user temp folder and warns.
            warnings.simplefilter("ignore")
            runtime = Path(dirs.user_runtime_dir)
        return cls(
            config_dir=Path(dirs.user_config_dir),
            data_dir=Path(dirs.user_data_dir),
            state_dir=Path(dirs.user_state_dir),
            log_dir=Path(dirs.user_log_dir),
            runtime_dir=runtime,
        )

    def ensure(self) -> None:
        """Create the folders, owner-only, where they are missing."""
        for folder in (self.config_dir, self.data_dir, self.state_dir, self.log_dir):
            folder.mkdir(parents=True, exist_ok=True)
        self.runtime_dir.mkdir(parents=True, exist_ok=True, mode=0o700)

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
        """The per-user local socket; a short name in the temp dir when the path would be too long.

        AF_UNIX paths are limited to about 104 bytes, which a deep POSTUREAPP_HOME can exceed.
        """
        path = self.runtime_dir / "postureapp.sock"
        if len(os.fsencode(path)) <= 100:
            return path
        import hashlib  # only here: at the top it would load OpenSSL into every process

        digest = hashlib.sha256(os.fsencode(path)).hexdigest()[:16]
        return Path(tempfile.gettempdir()) / f"postureapp-{digest}.sock"


def assets_dir() -> Path:
    """The bundled assets: inside the package when installed from a wheel, beside it in a checkout."""
    here = Path(__file__).resolve().parent
    bundled = here / "assets"
    return bundled if bundled.is_dir() else here.parent / "assets"


class PathsError(Exception):
    """A folder the app needs cannot be used; the message names it and says what to do."""
