#!/usr/bin/env bash
# Installs what Kf.Deploy.Tests needs when missing: Debian's nginx (nginx -t and the TLS end-to-end
# test run it on loopback), docker-compose 1.29 (`docker-compose config` on the shipped compose file)
# and openssl (infra/nginx/make-dev-cert.sh). Nothing here starts a service.
set -euo pipefail
need=()
command -v nginx >/dev/null || need+=(nginx)
command -v docker-compose >/dev/null || need+=(docker-compose)
command -v openssl >/dev/null || need+=(openssl)
if [ ${#need[@]} -gt 0 ]; then
  echo "ensure-deploy-tools: installing ${need[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  # policy-rc.d exit 101: nginx's postinst would otherwise start it on 0.0.0.0:80 with its
  # default site. The machine's own policy is put back however this script ends.
  policy=/usr/sbin/policy-rc.d
  saved=$(mktemp)
  had_policy=0
  if [ -e "$policy" ]; then cp -p "$policy" "$saved" && had_policy=1; fi
  restore() { if [ "$had_policy" = 1 ]; then mv "$saved" "$policy"; else rm -f "$policy" "$saved"; fi; }
  trap restore EXIT
  trap 'exit 143' TERM INT
  printf '#!/bin/sh\nexit 101\n' >"$policy" && chmod 755 "$policy"
  install() {
    timeout -k 10 900 apt-get -o DPkg::Lock::Timeout=300 -o Dpkg::Options::=--force-confold \
      install -y -q --no-install-recommends "${need[@]}" >&2
  }
  install || { timeout -k 10 600 apt-get -o DPkg::Lock::Timeout=300 update -q >&2 && install; }
fi
nginx -v 2>&1
docker-compose version --short
openssl version
