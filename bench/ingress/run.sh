#!/usr/bin/env bash
# The ingress benchmark, one command: bench/ingress/run.sh [--seconds 10] [--concurrency 16,32,64,128] [--rate 2000] [--unbound]
# Uses the local RabbitMQ (scripts/servers.sh starts it) in a vhost of its own (kf_bench_<random>), so its
# messages never reach the queues of other suites; the vhost is deleted at the end.
# KF_BENCH_RABBITMQ=amqp://user:pass@host:port/vhost points it at a broker you prepared yourself.
set -euo pipefail
cd "$(dirname "$0")/../.."
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

source bench/lib/vhost.sh
bench_vhost ingress

timeout -k 10 300 dotnet build bench/ingress -c Release -nologo -v quiet
timeout -k 10 900 dotnet bench/ingress/bin/Release/net10.0/Kf.Ingress.Bench.dll "$@"
