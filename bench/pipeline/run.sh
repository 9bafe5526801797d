#!/usr/bin/env bash
# The pipeline benchmark, one command: bench/pipeline/run.sh [--rate 100] [--seconds 60] [--steps 200,400,700,1000,1400] [--step-seconds 10] ...
# Needs RabbitMQ, Redis and MariaDB on loopback (scripts/servers.sh). Runs in a RabbitMQ vhost of its
# own (kf_bench_<random>, deleted at the end) and a database of its own (kf_bench_<random>, dropped at
# the end), so no other suite's queues or rows are touched.
# KF_BENCH_RABBITMQ=amqp://user:pass@host:port/vhost points it at a vhost you prepared yourself.
set -euo pipefail
cd "$(dirname "$0")/../.."
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

source bench/lib/vhost.sh
bench_vhost pipeline

timeout -k 10 600 dotnet build bench/pipeline -c Release -nologo -v quiet
timeout -k 10 1200 dotnet bench/pipeline/bin/Release/net10.0/Kf.Pipeline.Bench.dll "$@"
