#!/usr/bin/env bash
# The focused sender benchmark: bench/sender/run.sh [--parts 3000] [--chain 5] [--concurrency 8,32] [--profile 300]
# Needs RabbitMQ, Redis and MariaDB on loopback (scripts/servers.sh). Runs in a RabbitMQ vhost of its
# own (deleted at the end) and a database of its own (dropped at the end).
set -euo pipefail
cd "$(dirname "$0")/../.."
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

source bench/lib/vhost.sh
bench_vhost sender

timeout -k 10 600 dotnet build bench/sender -c Release -nologo -v quiet
timeout -k 10 1200 dotnet bench/sender/bin/Release/net10.0/Kf.Sender.Bench.dll "$@"
