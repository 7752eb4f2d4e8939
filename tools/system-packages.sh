#!/bin/sh
# System packages the tests need: Debian's chromium (the annotation app's browser tests) and PostgreSQL
# (its database tests start a throwaway cluster). Installed with apt-get when missing; run as root.
set -eu
missing=""
[ -x /usr/bin/chromium ] || missing="$missing chromium"
ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1 || missing="$missing postgresql"
[ -z "$missing" ] && exit 0
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
    echo "the tests need:$missing (Debian packages); install them as root: apt-get install$missing" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -q >/dev/null
# --no-install-recommends: headless tests need none of the desktop extras (115 packages otherwise)
apt-get install -y -q --no-install-recommends $missing >/dev/null
