# Sourced by the bench run.sh scripts: unless KF_BENCH_RABBITMQ already points at a vhost you prepared,
# create a RabbitMQ vhost of the bench's own (kf_bench_<random>), delete it at exit, and export
# KF_BENCH_RABBITMQ for it, so no other suite's queues are touched. $1 names the bench in messages.
bench_vhost() {
  local bench=$1
  [[ -n ${KF_BENCH_RABBITMQ:-} ]] && return 0
  bench_vhost_name="kf_bench_$(head -c 6 /dev/urandom | od -An -tx1 | tr -d ' \n')"
  bench_vhost_label=$bench
  bench_ctl add_vhost "$bench_vhost_name" >/dev/null
  trap 'bench_ctl delete_vhost "$bench_vhost_name" >/dev/null 2>&1 || echo "$bench_vhost_label bench: could not delete vhost $bench_vhost_name" >&2' EXIT
  bench_ctl set_permissions -p "$bench_vhost_name" guest '.*' '.*' '.*' >/dev/null
  export KF_BENCH_RABBITMQ="amqp://guest:guest@127.0.0.1:5672/$bench_vhost_name"
}

# rabbitmqctl on loopback only: its Erlang distribution must not listen on 0.0.0.0.
bench_ctl() {
  RABBITMQ_NODENAME=${RABBITMQ_NODENAME:-rabbit@localhost} ERL_EPMD_ADDRESS=127.0.0.1 \
    RABBITMQ_CTL_ERL_ARGS='-kernel inet_dist_use_interface {127,0,0,1}' timeout -k 5 60 rabbitmqctl -q "$@"
}
