#!/usr/bin/env bash
# The pipeline benchmark, one command: bench/pipeline/run.sh [--rate 100] [--seconds 60] [--steps 200,400,700,1000,1400] [--step-seconds 10] ...
# Needs RabbitMQ, Redis and MariaDB on loopback (scripts/servers.sh). Runs in a RabbitMQ vhost of its
# own (kf_bench_<random>, deleted at the end) and a database of its own (kf_bench_<random>, dropped at
# the end), so no other suite's queues or rows are touched.
# KF_BENCH_RABBITMQ=amqp://user:pass@host:port/vhost points it at a vhost you prepared yourself.
set -euo pipefail
cd "$(dirname "$0")/../.."
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

if [[ -z ${KF_BENCH_RABBITMQ:-} ]]; then
  vhost="kf_bench_$(head -c 6 /dev/urandom | od -An -tx1 | tr -d ' \n')"
  loopback_dist='-kernel inet_dist_use_interface {127,0,0,1}'
  ctl() {
    RABBITMQ_NODENAME=${RABBITMQ_NODENAME:-rabbit@localhost} ERL_EPMD_ADDRESS=127.0.0.1 \
      RABBITMQ_CTL_ERL_ARGS="$loopback_dist" timeout -k 5 60 rabbitmqctl -q "$@"
  }
  ctl add_vhost "$vhost" >/dev/null
  trap 'ctl delete_vhost "$vhost" >/dev/null 2>&1 || echo "pipeline bench: could not delete vhost $vhost" >&2' EXIT
  ctl set_permissions -p "$vhost" guest '.*' '.*' '.*' >/dev/null
  export KF_BENCH_RABBITMQ="amqp://guest:guest@127.0.0.1:5672/$vhost"
fi

timeout -k 10 600 dotnet build bench/pipeline -c Release -nologo -v quiet
timeout -k 10 1200 dotnet bench/pipeline/bin/Release/net10.0/Kf.Pipeline.Bench.dll "$@"
