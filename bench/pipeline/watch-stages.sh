#!/usr/bin/env bash
# Where the backlog sits during a pipeline run: every ~2 s, the depth (ready/unacked) of each non-empty
# queue in the bench's vhost and the syncer's published-message counter (its /metrics). Read-only.
#   bench/pipeline/run.sh ... | tee /tmp/pipeline.txt &   bench/pipeline/watch-stages.sh /tmp/pipeline.txt [seconds]
# A growing customer-message-received means the responder is behind; sender, the sender; a syncer
# counter that trails the offered rate (and no queue growing), the syncer.
set -uo pipefail
out=${1:?usage: watch-stages.sh <run.sh output file> [seconds]}
end=$((SECONDS + ${2:-600}))
ctl() {
  RABBITMQ_NODENAME=${RABBITMQ_NODENAME:-rabbit@localhost} ERL_EPMD_ADDRESS=127.0.0.1 \
    RABBITMQ_CTL_ERL_ARGS='-kernel inet_dist_use_interface {127,0,0,1}' timeout -k 2 10 rabbitmqctl -q "$@"
}
while (( SECONDS < end )); do
  vhost=$(grep -o 'broker /kf_bench_[0-9a-f]*' "$out" 2>/dev/null | head -1 | cut -c9-)
  pid=$(grep -o 'syncer [0-9]*' "$out" 2>/dev/null | head -1 | awk '{print $2}')
  if [[ -n $vhost && -n $pid ]]; then
    queues=$(ctl list_queues -p "$vhost" name messages messages_unacknowledged 2>/dev/null \
      | awk '$1 !~ /^name$|_error$|_skipped$/ && ($2 > 0 || $3 > 0) {printf "%s=%s/%s ", $1, $2, $3}')
    url=$(tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null | grep -o 'http://127.0.0.1:[0-9]*' | head -1)
    published=$([[ -n $url ]] && curl -s --max-time 2 "$url/metrics" | awk '/^kf_syncer_messages_total/ {s += $NF} END {print s + 0}')
    echo "$(date +%T) load $(cut -d' ' -f1 /proc/loadavg) | syncer handled ${published:-?} | queues ${queues:-empty}"
  fi
  sleep 2
done
