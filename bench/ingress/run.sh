#!/usr/bin/env bash
# The ingress benchmark, one command: bench/ingress/run.sh [--seconds 10] [--concurrency 16,32,64,128] [--rate 2000] [--unbound]
# Uses the local RabbitMQ (scripts/servers.sh starts it) in a vhost of its own, kf-bench, so its
# messages never reach the queues of other suites; the vhost is deleted at the end.
# KF_BENCH_RABBITMQ=amqp://user:pass@host:port/vhost points it at a broker you prepared yourself.
set -euo pipefail
cd "$(dirname "$0")/../.."
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

if [[ -z ${KF_BENCH_RABBITMQ:-} ]]; then
  ctl() { RABBITMQ_NODENAME=${RABBITMQ_NODENAME:-rabbit@localhost} timeout -k 5 60 rabbitmqctl -q "$@"; }
  ctl add_vhost kf-bench >/dev/null 2>&1 || true
  ctl set_permissions -p kf-bench guest '.*' '.*' '.*' >/dev/null
  trap 'ctl delete_vhost kf-bench >/dev/null 2>&1 || true' EXIT
fi

timeout -k 10 300 dotnet build bench/ingress -c Release -nologo -v quiet
timeout -k 10 900 dotnet bench/ingress/bin/Release/net10.0/Kf.Ingress.Bench.dll "$@"
