#!/usr/bin/env bash
# Installs Debian's Chromium (and a CJK font, so the chat page screenshot shows Chinese, not boxes)
# when missing. The chat page test drives it headless; nothing else needs it.
set -euo pipefail
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
fc-list 2>/dev/null | grep -qi 'noto sans cjk' || need+=(fonts-noto-cjk)
if [ ${#need[@]} -gt 0 ]; then
  echo "ensure-chromium: installing ${need[*]}" >&2
  timeout -k 10 900 apt-get -o DPkg::Lock::Timeout=300 install -y --no-install-recommends "${need[@]}" >&2 \
    || { apt-get update >&2 && timeout -k 10 900 apt-get -o DPkg::Lock::Timeout=300 install -y --no-install-recommends "${need[@]}" >&2; }
fi
/usr/bin/chromium --version
