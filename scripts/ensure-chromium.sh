#!/bin/sh
# Makes sure Debian's Chromium is at /usr/bin/chromium for the browser suite (test/web*.e2e-spec.ts).
# Issue 9: the browser comes from the distribution, never from a browser download. Idempotent and
# quiet when Chromium is there; when it cannot be installed (no apt-get, not root, offline) it warns
# and exits 0, and the browser suite then says it is skipped and why.
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
[ -x "$CHROMIUM" ] && exit 0

warn() {
  echo "ensure-chromium: $1; the browser tests will be skipped" >&2
  exit 0
}

command -v apt-get >/dev/null 2>&1 || warn "no apt-get on this machine"
SUDO=
if [ "$(id -u)" != 0 ]; then
  command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null || warn "not root and no password-less sudo"
  SUDO="sudo -n"
fi

echo "ensure-chromium: installing Debian's chromium (apt-get install -y chromium)" >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get install -y -qq --no-install-recommends chromium >/dev/null 2>&1 ||
  { $SUDO apt-get update -qq >/dev/null 2>&1 && $SUDO apt-get install -y -qq --no-install-recommends chromium >/dev/null 2>&1; } ||
  warn "apt-get could not install chromium"
[ -x "$CHROMIUM" ] || warn "apt-get ran but $CHROMIUM is still missing"
exit 0
