"""The bundles' entry point (PyInstaller): the same `main` the `postureapp` command runs."""

import sys

from postureapp.cli import main

if __name__ == "__main__":
    sys.exit(main())
