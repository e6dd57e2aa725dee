"""postureapp: a quiet system-tray reminder for short upper-back mobility breaks."""

__version__ = "0.1.0"
APP_NAME = "postureapp"
