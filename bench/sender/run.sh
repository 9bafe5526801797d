#!/usr/bin/env bash
# The focused sender benchmark: bench/sender/run.sh [--parts 3000] [--chain 5] [--concurrency 8,32] [--profile 300]
# Needs RabbitMQ, Redis and MariaDB on loopback (scripts/servers.sh). Runs in a RabbitMQ vhost of its
# own (deleted at the end) and a database of its own (dropped at the end).
set -euo pipefail
cd "$(dirname "$0")/../.."
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

vhost="kf_bench_$(head -c 6 /dev/urandom | od -An -tx1 | tr -d ' \n')"
ctl() {
  RABBITMQ_NODENAME=${RABBITMQ_NODENAME:-rabbit@localhost} ERL_EPMD_ADDRESS=127.0.0.1 \
    RABBITMQ_CTL_ERL_ARGS='-kernel inet_dist_use_interface {127,0,0,1}' timeout -k 5 60 rabbitmqctl -q "$@"
}
ctl add_vhost "$vhost" >/dev/null
trap 'ctl delete_vhost "$vhost" >/dev/null 2>&1 || echo "sender bench: could not delete vhost $vhost" >&2' EXIT
ctl set_permissions -p "$vhost" guest '.*' '.*' '.*' >/dev/null
export KF_BENCH_RABBITMQ="amqp://guest:guest@127.0.0.1:5672/$vhost"

timeout -k 10 600 dotnet build bench/sender -c Release -nologo -v quiet
timeout -k 10 1200 dotnet bench/sender/bin/Release/net10.0/Kf.Sender.Bench.dll "$@"
