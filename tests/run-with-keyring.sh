#!/bin/sh
# Runs one test program with a private D-Bus session and a real, unlocked gnome-keyring in a throwaway
# HOME, with no display (so no keyring prompt can block). Recipe: shared/research/qt-keychain.md §2.3.
# Waits until the keyring owns org.freedesktop.secrets before the test starts (otherwise a first keychain
# call can D-Bus-activate a second, locked daemon), and stops the daemon afterwards.
# Exit 77 (ctest: skipped) when the keyring tools are missing.
set -u
for tool in dbus-run-session dbus-send gnome-keyring-daemon; do
  command -v "$tool" >/dev/null 2>&1 || { echo "SKIP: $tool is not installed (packaging/install-deps.sh)"; exit 77; }
done
home=$(mktemp -d "${TMPDIR:-/tmp}/envsmith-test-home.XXXXXX")
export HOME="$home"
export TMPDIR="$home/tmp"
mkdir -p "$TMPDIR"
unset DISPLAY WAYLAND_DISPLAY XDG_CURRENT_DESKTOP KDE_SESSION_VERSION XDG_CONFIG_HOME XDG_DATA_HOME \
      XDG_CACHE_HOME XDG_STATE_HOME DBUS_SESSION_BUS_ADDRESS
export ENVSMITH_TEST_KEYRING_PASSWORD="envsmith-test-keyring"
dbus-run-session -- sh -c '
  printf %s "$ENVSMITH_TEST_KEYRING_PASSWORD" |
    gnome-keyring-daemon --unlock --components=secrets --foreground >/dev/null 2>&1 &
  keyring=$!
  tries=0
  until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
          org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q "boolean true"; do
    tries=$((tries + 1))
    if [ "$tries" -ge 100 ]; then echo "run-with-keyring: gnome-keyring did not start in 10 s" >&2; break; fi
    sleep 0.1
  done
  "$@"
  rc=$?
  kill "$keyring" 2>/dev/null
  wait "$keyring" 2>/dev/null
  exit $rc' sh "$@"
rc=$?
rm -rf "$home"
exit $rc
