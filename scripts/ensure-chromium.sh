#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (playwright cannot download a browser here), with CJK fonts so that
# Korean renders in screenshots. Install them when missing.
set -euo pipefail
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
[ -x "$chromium" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
	echo "Installing Debian's chromium for the browser tests (about a minute)…"
	apt-get update -qq
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-color-emoji fonts-noto-cjk >/dev/null
	exit 0
fi
echo "The browser tests need Chromium at $chromium: run 'sudo apt-get install -y chromium' (or set CHROMIUM_PATH)." >&2
exit 1
