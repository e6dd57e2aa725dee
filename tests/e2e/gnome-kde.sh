#!/usr/bin/env bash
# The GNOME and KDE checks of tests/e2e/test_gnome_kde.py, test_gnome_keyboard.py,
# test_kde_menu.py and test_kde_notification_actions.py, against real headless desktops.
#
#   bash tests/e2e/gnome-kde.sh            install what is missing, then run the checks
#   bash tests/e2e/gnome-kde.sh -k gnome   only GNOME (extra arguments go to pytest)
#
# GNOME Shell 43 (gnome-shell --headless --virtual-monitor, with the AppIndicator extension)
# is about 140 Debian packages; KWin with plasmashell (kwin_wayland --virtual) about 360. CI
# does not install them, so this is run by hand before a change to the tray, idle time,
# do-not-disturb or notifications is called done. Run `bash .ci/quickstart test` once first.
set -euo pipefail
cd "$(dirname "$0")/../.."
wanted="gnome-shell gnome-shell-extension-appindicator gjs dconf-service libglib2.0-bin
  kwin-wayland plasma-workspace plasma-desktop qtwayland5"
missing=""
for pkg in $wanted; do
  dpkg -s "$pkg" 2>/dev/null | grep -x 'Status: install ok installed' >/dev/null || missing="$missing $pkg"
done
if [ -n "${missing// /}" ]; then
  sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi
POSTUREAPP_E2E_SHELLS=1 exec .venv/bin/python -m pytest -v \
  tests/e2e/test_gnome_kde.py tests/e2e/test_gnome_keyboard.py tests/e2e/test_kde_menu.py \
  tests/e2e/test_kde_notification_actions.py "$@"
