#!/usr/bin/env bash
# The browser tests (and `npm start`) serve the built site through Debian's nginx with the generated server block
# (scripts/nginx-serve.ts), as it is deployed. Install it when missing and root; it runs only when a test starts it.
set -euo pipefail
nginx="${NGINX_PATH:-/usr/sbin/nginx}"
[ -x "$nginx" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
	echo "Installing Debian's nginx for the browser tests…"
	apt-get update -qq
	# A policy-rc.d that exits 101 keeps the package from starting a system nginx on port 80 (the tests start their
	# own); a machine that has one already (Docker images do) keeps it.
	ours=""
	if [ ! -e /usr/sbin/policy-rc.d ]; then
		printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d
		chmod +x /usr/sbin/policy-rc.d
		ours=1
	fi
	status=0
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nginx >/dev/null || status=$?
	[ -n "$ours" ] && rm -f /usr/sbin/policy-rc.d
	exit "$status"
fi
echo "The browser tests need nginx at $nginx: run 'sudo apt-get install -y nginx' (or set NGINX_PATH)." >&2
exit 1
