#!/usr/bin/env bash
# Takes the wizard screenshots for packaging/screenshots/ (start, variables, review, apply, report .png, about
# 900x650) by running the built envsmith on the bundled demo project under Xvfb, with a private D-Bus
# session and an unlocked gnome-keyring in a throwaway HOME (as tests/run-with-keyring.sh does).
# Builds nothing.
#
# Usage: packaging/screenshots.sh [BUILD_DIR_OR_ENVSMITH_BINARY] [OUTPUT_DIR]
#   default binary: build/src/envsmith; default output: packaging/screenshots (in the source tree)
# Needs: xvfb (Xvfb), dbus (dbus-run-session), gnome-keyring; imagemagick for the fallback capture.
# Environment: LANG decides the language of the screenshots (e.g. LANG=de_DE.UTF-8).
set -euo pipefail

here="$(cd "$(dirname "$0")/.." && pwd)"
target="${1:-$here/build}"
out="${2:-$here/packaging/screenshots}"
if [ -d "$target" ]; then binary="$target/src/envsmith"; else binary="$target"; fi
if [ ! -x "$binary" ]; then
  echo "screenshots.sh: no envsmith binary at $binary; build it first (cmake --build BUILD_DIR --target envsmith)" >&2
  exit 2
fi
binary="$(cd "$(dirname "$binary")" && pwd)/$(basename "$binary")"
for tool in Xvfb dbus-run-session gnome-keyring-daemon; do
  command -v "$tool" >/dev/null 2>&1 || { echo "screenshots.sh: $tool is not installed (packaging/install-deps.sh)" >&2; exit 2; }
done
mkdir -p "$out"
out="$(cd "$out" && pwd)"

home=$(mktemp -d "${TMPDIR:-/tmp}/envsmith-screens.XXXXXX")
display="${ENVSMITH_SCREENSHOT_DISPLAY:-:99}"
Xvfb "$display" -screen 0 1280x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
cleanup() { kill "$xvfb_pid" 2>/dev/null || true; wait "$xvfb_pid" 2>/dev/null || true; rm -rf "$home"; }
trap cleanup EXIT
for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X${display#:}" ] && break; sleep 0.1; done

export HOME="$home" TMPDIR="$home/tmp" DISPLAY="$display" QT_QPA_PLATFORM=xcb
mkdir -p "$TMPDIR"
unset WAYLAND_DISPLAY XDG_CURRENT_DESKTOP KDE_SESSION_VERSION XDG_CONFIG_HOME XDG_DATA_HOME XDG_CACHE_HOME \
      XDG_STATE_HOME DBUS_SESSION_BUS_ADDRESS
export ENVSMITH_SCREENSHOT_DIR="$out" ENVSMITH_SCREENSHOT_AUTOPLAY=1
export ENVSMITH_KEYRING_PASSWORD="envsmith-screenshots"

# The wizard saves each page itself (SetupWizard, ENVSMITH_SCREENSHOT_DIR) and clicks through to the end.
rm -f "$out"/{start,variables,review,apply,report}.png
if ! timeout 120 dbus-run-session -- sh -c '
    printf %s "$ENVSMITH_KEYRING_PASSWORD" | gnome-keyring-daemon --unlock --components=secrets --daemonize >/dev/null 2>&1
    exec "$@"' sh "$binary" --demo; then
  echo "screenshots.sh: envsmith --demo did not finish cleanly" >&2
fi

missing=0
for page in start variables review apply report; do
  [ -s "$out/$page.png" ] || { echo "screenshots.sh: $page.png was not written" >&2; missing=1; }
done
if [ "$missing" -ne 0 ] && command -v import >/dev/null 2>&1; then
  # Fallback: a capture of the whole X screen with the wizard where it stopped.
  unset ENVSMITH_SCREENSHOT_AUTOPLAY ENVSMITH_SCREENSHOT_DIR
  dbus-run-session -- "$binary" --demo >/dev/null 2>&1 &
  app_pid=$!
  sleep 3
  import -window root "$out/fallback.png" || true
  kill "$app_pid" 2>/dev/null || true
  echo "screenshots.sh: wrote $out/fallback.png instead" >&2
  exit 1
fi
ls -l "$out"/*.png
