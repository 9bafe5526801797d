#!/usr/bin/env bash
# A self-signed certificate for development and tests: certs/fullchain.pem and certs/privkey.pem,
# where docker-compose.yml mounts them. Never for production: WeChat will not call a host whose
# certificate it cannot verify. Real certificates: docs/deployment.md (ACME).
# 仅用于开发与测试的自签名证书；生产环境请按 docs/deployment.md 申请正式证书（ACME）。
#   infra/nginx/make-dev-cert.sh [host] [out-dir]     (defaults: localhost, infra/nginx/certs)
set -euo pipefail
host=${1:-localhost}
out=${2:-"$(dirname "$0")/certs"}
mkdir -p "$out"
umask 077
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 30 \
  -subj "/CN=$host" -addext "subjectAltName=DNS:$host,DNS:localhost,IP:127.0.0.1" \
  -addext "basicConstraints=critical,CA:FALSE" -addext "extendedKeyUsage=serverAuth" \
  -keyout "$out/privkey.pem" -out "$out/fullchain.pem" 2>/dev/null
chmod 644 "$out/fullchain.pem"
echo "wrote $out/fullchain.pem and $out/privkey.pem for $host (self-signed, 30 days)"
