#!/usr/bin/env bash
# Makes RabbitMQ, Redis and MariaDB reachable for the test suites. Idempotent, non-interactive.
#
#   scripts/servers.sh          ensure all three are up (install and start what is missing)
#   scripts/servers.sh stop     stop the servers this script started (by their pid files)
#
# Endpoints come from KF_TEST_RABBITMQ, KF_TEST_REDIS and KF_TEST_MYSQL. An endpoint given
# explicitly (a compose stack, a shared server) is only checked, never installed or started.
# Otherwise the Debian packages are installed once and started on 127.0.0.1 only: no Docker
# here, and a test server must never listen on a public address.
set -euo pipefail

cd "$(dirname "$0")/.."
source scripts/lib/endpoints.sh

logs="$PWD/.kf/servers"
mkdir -p "$logs"
wait_seconds=${KF_SERVERS_WAIT_SECONDS:-60}
# Loopback for AMQP, epmd and Erlang distribution (25672, and the CLI tools' own node alike).
loopback_dist='-kernel inet_dist_use_interface {127,0,0,1}'
rabbit_env=(RABBITMQ_NODENAME=rabbit@localhost RABBITMQ_NODE_IP_ADDRESS=127.0.0.1 ERL_EPMD_ADDRESS=127.0.0.1
  "RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS=$loopback_dist" "RABBITMQ_CTL_ERL_ARGS=$loopback_dist")
# Debian's wrapper runs the broker through `su -c`, which opens a new session: the broker's own
# pid file is the only handle on beam.smp.
rabbit_beam_pidfile=/var/lib/rabbitmq/mnesia/rabbit@localhost.pid

say() { echo "servers: $*"; }
die() { echo "servers: ERROR: $*" >&2; exit 1; }

# Every probe is bounded: a half-open port or a wedged server must not hang the suite.
probe() { timeout -k 2 5 bash -c "$1" _ "${@:2}" 2>/dev/null; }
redis_up() { [[ $(probe 'exec 3<>/dev/tcp/$1/$2; printf "PING\r\n" >&3; head -c 6 <&3' "$@") =~ ^(\+PONG|-NOAUTH) ]]; }
# AMQP 0-9-1: after the protocol header the broker answers with a method frame (type 1).
rabbit_up() { [[ $(probe 'exec 3<>/dev/tcp/$1/$2; printf "AMQP\000\000\011\001" >&3; head -c 1 <&3 | od -An -tx1' "$@") == *01 ]]; }
# MySQL/MariaDB greet first: a 4-byte packet header, then protocol version 10.
mysql_up() { [[ $(probe 'exec 3<>/dev/tcp/$1/$2; head -c 5 <&3 | od -An -tx1' "$@") == *0a ]]; }

# wait_for NAME LOG CHECK... : polls CHECK once a second, bounded, and names the server on failure.
wait_for() {
  local name=$1 log=$2 deadline=$((SECONDS + wait_seconds))
  shift 2
  until "$@"; do
    if ((SECONDS >= deadline)); then
      echo "servers: ERROR: $name did not come up within ${wait_seconds}s; last lines of $log:" >&2
      tail -n 30 "$log" >&2 2>/dev/null || true
      exit 1
    fi
    sleep 1
  done
}

# kill_pidfile FILE NAME: a previous run may have left a process behind that does not answer.
# Only a live process still named NAME is signalled, never a stranger that reused the pid.
kill_pidfile() {
  local file=$1 name=$2 pid target
  [[ -s $file ]] || return 0
  pid=$(<"$file")
  if [[ $pid =~ ^[0-9]+$ && $(ps -o comm= -p "$pid") == "$name" ]]; then
    # Servers are started with setsid (redis daemonizes with its own), so the pid leads a
    # process group holding the wrappers' children too (beam.smp under rabbitmq-server,
    # mysqld under mysqld_safe).
    [[ $(ps -o pgid= -p "$pid" | tr -d ' ') == "$pid" ]] && target=-$pid || target=$pid
    kill -TERM -- "$target" 2>/dev/null || true
    for _ in {1..10}; do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    # rabbitmq-server may ignore SIGTERM while it boots: never wait on it unbounded.
    kill -KILL -- "$target" 2>/dev/null || true
  fi
  rm -f "$file"
}

apt_updated=
install_packages() {
  local missing=()
  command -v redis-server >/dev/null || missing+=(redis-server)
  command -v mysqld_safe >/dev/null || missing+=(mariadb-server)
  command -v rabbitmq-server >/dev/null || missing+=(rabbitmq-server)
  ((${#missing[@]})) || return 0
  say "installing ${missing[*]} (log: $logs/apt.log)"
  export DEBIAN_FRONTEND=noninteractive
  if [[ -z $apt_updated ]]; then
    timeout -k 10 600 apt-get update -q >>"$logs/apt.log" 2>&1 || die "apt-get update failed, see $logs/apt.log"
    apt_updated=1
  fi
  # policy-rc.d exit 101 stops the packages' postinst from starting the services with their
  # default configuration, which listens on every interface.
  local policy=/usr/sbin/policy-rc.d saved=
  if [[ -e $policy ]]; then saved=$(mktemp) && cp -p "$policy" "$saved"; fi
  printf '#!/bin/sh\nexit 101\n' >"$policy" && chmod 755 "$policy"
  local rc=0
  timeout -k 10 1200 apt-get install -y -q -o DPkg::Lock::Timeout=120 \
    -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold \
    "${missing[@]}" >>"$logs/apt.log" 2>&1 || rc=$?
  if [[ -n $saved ]]; then mv "$saved" "$policy"; else rm -f "$policy"; fi
  ((rc == 0)) || die "apt-get install ${missing[*]} failed (exit $rc), see $logs/apt.log"
}

start_redis() {
  kill_pidfile "$logs/redis.pid" redis-server
  say "starting redis on 127.0.0.1:$redis_port"
  redis-server --bind 127.0.0.1 --port "$redis_port" --daemonize yes --save '' --appendonly no \
    --pidfile "$logs/redis.pid" --logfile "$logs/redis.log" --dir "$logs" </dev/null >>"$logs/redis.log" 2>&1 ||
    die "redis-server did not start, see $logs/redis.log"
  wait_for redis "$logs/redis.log" redis_up 127.0.0.1 "$redis_port"
}

start_mariadb() {
  kill_pidfile "$logs/mariadb.pid" mysqld_safe
  mkdir -p /run/mysqld /var/log/mysql && chown mysql:mysql /run/mysqld /var/log/mysql
  [[ -d /var/lib/mysql/mysql ]] ||
    mariadb-install-db --user=mysql --datadir=/var/lib/mysql >>"$logs/mariadb.log" 2>&1 ||
    die "mariadb-install-db failed, see $logs/mariadb.log"
  # mysqld runs as mysql and cannot write into a private checkout (a 0700 mktemp clone):
  # its error log stays under /var/log/mysql, linked from the log folder.
  ln -sfn /var/log/mysql/kf-test.err "$logs/mariadb.err"
  say "starting mariadb on 127.0.0.1:$mysql_port"
  setsid mysqld_safe --user=mysql --bind-address=127.0.0.1 --port="$mysql_port" --skip-syslog \
    --log-error=/var/log/mysql/kf-test.err </dev/null >>"$logs/mariadb.log" 2>&1 &
  echo $! >"$logs/mariadb.pid"
  wait_for mariadb "$logs/mariadb.err" mysql_up 127.0.0.1 "$mysql_port"
}

start_rabbitmq() {
  kill_pidfile "$logs/rabbitmq.pid" rabbitmq-server
  kill_pidfile "$rabbit_beam_pidfile" beam.smp
  say "starting rabbitmq on 127.0.0.1:$rabbit_port"
  # setsid and no inherited descriptors: a broker that outlives this script must not hold the
  # caller's stdout open, or CI would wait for it.
  env "${rabbit_env[@]}" RABBITMQ_NODE_PORT="$rabbit_port" setsid rabbitmq-server \
    </dev/null >>"$logs/rabbitmq.log" 2>&1 &
  echo $! >"$logs/rabbitmq.pid"
  wait_for rabbitmq "$logs/rabbitmq.log" rabbit_ready
}

rabbit_ready() {
  timeout -k 5 15 env "${rabbit_env[@]}" rabbitmq-diagnostics -q check_port_listener "$rabbit_port" >/dev/null 2>&1 &&
    rabbit_up 127.0.0.1 "$rabbit_port"
}

# The suites log in as kf and create per-test databases named kf_<something>.
ensure_mysql_account() {
  local grants="TO 'kf'@'127.0.0.1', 'kf'@'localhost'"
  timeout -k 5 30 mariadb --protocol=socket -uroot >>"$logs/mariadb.log" 2>&1 <<SQL ||
CREATE DATABASE IF NOT EXISTS \`$default_mysql_database\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'kf'@'127.0.0.1' IDENTIFIED BY 'kf';
CREATE USER IF NOT EXISTS 'kf'@'localhost' IDENTIFIED BY 'kf';
ALTER USER 'kf'@'127.0.0.1' IDENTIFIED BY 'kf';
ALTER USER 'kf'@'localhost' IDENTIFIED BY 'kf';
GRANT ALL PRIVILEGES ON \`$default_mysql_database\`.* $grants;
GRANT ALL PRIVILEGES ON \`kf\\_%\`.* $grants;
SQL
    die "could not create database $default_mysql_database and user kf over the root socket, see $logs/mariadb.log"
}

# ensure NAME EXPLICIT HOST PORT CHECK START : the whole policy for one server.
ensure() {
  local name=$1 explicit=$2 host=$3 port=$4 check=$5 start=$6
  if [[ -n $explicit ]]; then
    "$check" "$host" "$port" || die "$name at $host:$port (given explicitly) is not reachable; start it or unset the variable"
    say "$name at $host:$port (given) is reachable"
  elif "$check" "$host" "$port"; then
    say "$name at $host:$port is already up"
  else
    install_packages
    "$start"
  fi
}

# Stops only what this script started: each server's pid file says so.
stop_all() {
  [[ -s $logs/rabbitmq.pid ]] && env "${rabbit_env[@]}" timeout -k 5 30 rabbitmqctl -q stop >/dev/null 2>&1 || true
  kill_pidfile "$logs/rabbitmq.pid" rabbitmq-server
  kill_pidfile "$rabbit_beam_pidfile" beam.smp
  [[ -s $logs/redis.pid ]] && timeout -k 2 10 redis-cli -p "$redis_port" shutdown nosave >/dev/null 2>&1 || true
  kill_pidfile "$logs/redis.pid" redis-server
  # mysqld_safe restarts a killed mysqld: ask the server itself to shut down first.
  [[ -s $logs/mariadb.pid ]] && timeout -k 5 60 mariadb-admin --protocol=socket -uroot shutdown >/dev/null 2>&1 || true
  kill_pidfile "$logs/mariadb.pid" mysqld_safe
  say "stopped"
}

case ${1:-up} in
  stop) stop_all; exit 0 ;;
  up) ;;
  *) die "usage: $0 [up|stop]" ;;
esac

ensure redis "$redis_explicit" "$redis_host" "$redis_port" redis_up start_redis
ensure mariadb "$mysql_explicit" "$mysql_host" "$mysql_port" mysql_up start_mariadb
[[ -n $mysql_explicit ]] || ensure_mysql_account
ensure rabbitmq "$rabbit_explicit" "$rabbit_host" "$rabbit_port" rabbit_up start_rabbitmq
