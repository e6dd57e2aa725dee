"""`python -m postureapp` is the same as the `postureapp` command."""

from postureapp.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
