#!/usr/bin/env bash
# Starts, stops and reports the real infrastructure Marsad runs on:
# Apache Kafka (KRaft, single node) and Redis, both on 127.0.0.1.
#
#   scripts/infra/infra.sh up       install what is missing, start what is not running
#   scripts/infra/infra.sh down     stop what `up` started (nothing else)
#   scripts/infra/infra.sh status   say what answers where
#   scripts/infra/infra.sh purge    down, then delete the data directories
#
# Idempotent by design: a broker or Redis already answering on the configured
# port is reused and never stopped by `down`, because only processes whose PID
# file this script wrote are ours.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
CACHE_DIR="${MARSAD_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/marsad}"
KAFKA_VERSION="${MARSAD_KAFKA_VERSION:-4.4.0}"
KAFKA_PORT="${MARSAD_KAFKA_PORT:-9092}"
KAFKA_CONTROLLER_PORT="${MARSAD_KAFKA_CONTROLLER_PORT:-$((KAFKA_PORT + 1))}"
KAFKA_HEAP="${MARSAD_KAFKA_HEAP:-512m}"
REDIS_PORT="${MARSAD_REDIS_PORT:-6379}"

KAFKA_LIBS="$CACHE_DIR/kafka-$KAFKA_VERSION/libs"
KAFKA_STATE="$CACHE_DIR/state/kafka-$KAFKA_PORT"
REDIS_STATE="$CACHE_DIR/state/redis-$REDIS_PORT"

log() { printf '[infra] %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

# --- installation ----------------------------------------------------------

# shellcheck source=../lib/apt-install.sh
source "$HERE/../lib/apt-install.sh"

java_major() {
  java -version 2>&1 | awk -F'"' '/version/ { split($2, v, "."); print (v[1] == "1" ? v[2] : v[1]); exit }'
}

ensure_java() {
  if ! command -v java >/dev/null || [ "$(java_major)" -lt 17 ]; then
    apt_install openjdk-17-jre-headless
  fi
  command -v mvn >/dev/null || apt_install maven
}

ensure_kafka_jars() {
  [ -f "$KAFKA_LIBS/kafka_2.13-$KAFKA_VERSION.jar" ] && return 0
  ensure_java
  log "fetching Apache Kafka $KAFKA_VERSION from Maven Central into $KAFKA_LIBS"
  mkdir -p "$KAFKA_LIBS.tmp" "$CACHE_DIR"
  if ! mvn -q -B -f "$HERE/kafka/pom.xml" dependency:copy-dependencies \
    -Dkafka.version="$KAFKA_VERSION" -DincludeScope=runtime \
    -DoutputDirectory="$KAFKA_LIBS.tmp" >"$CACHE_DIR/mvn.log" 2>&1; then
    cat "$CACHE_DIR/mvn.log" >&2
    die "could not fetch Apache Kafka $KAFKA_VERSION with mvn (log above)"
  fi
  # Publish the directory only once it is complete, so an interrupted download
  # is retried instead of leaving a half-filled classpath behind.
  rm -rf "$KAFKA_LIBS" && mv "$KAFKA_LIBS.tmp" "$KAFKA_LIBS"
}

ensure_redis() {
  command -v redis-server >/dev/null && command -v redis-cli >/dev/null || apt_install redis-server redis-tools
}

# --- probes ----------------------------------------------------------------

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
redis_answers() { [ "$(redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping 2>/dev/null)" = "PONG" ]; }
our_pid() { local f="$1/pid"; [ -f "$f" ] && kill -0 "$(cat "$f")" 2>/dev/null && cat "$f"; }

wait_until() { # seconds, description, command...
  local deadline=$(( $(date +%s) + $1 )) what="$2"; shift 2
  until "$@"; do
    [ "$(date +%s)" -lt "$deadline" ] || return 1
    sleep 0.2
  done
  log "$what ready"
}

# --- Kafka -----------------------------------------------------------------

kafka_java() { java -Xms128m -Xmx"$KAFKA_HEAP" -XX:+UseG1GC -Djava.awt.headless=true -cp "$KAFKA_LIBS/*" "$@"; }

write_kafka_config() {
  mkdir -p "$KAFKA_STATE/data"
  cat >"$KAFKA_STATE/server.properties" <<EOF
# Written by scripts/infra/infra.sh: a single-node KRaft broker+controller for
# development and tests, bound to loopback only.
process.roles=broker,controller
node.id=1
controller.quorum.bootstrap.servers=127.0.0.1:$KAFKA_CONTROLLER_PORT
listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT,CONTROLLER://127.0.0.1:$KAFKA_CONTROLLER_PORT
advertised.listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
log.dirs=$KAFKA_STATE/data
num.partitions=3
offsets.topic.replication.factor=1
offsets.topic.num.partitions=3
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
# Consumers in tests join and leave constantly; do not make each join wait.
group.initial.rebalance.delay.ms=0
# Topics are created by the services at boot, with the partition count they need.
auto.create.topics.enable=false
# Articles may be up to 2 MB; leave headroom so an oversize one reaches ingest
# and is dead-lettered with a reason instead of being refused by the broker.
message.max.bytes=8388608
replica.fetch.max.bytes=8388608
log.retention.hours=168
EOF
  cat >"$KAFKA_STATE/log4j2.properties" <<EOF
status = warn
appender.out.type = Console
appender.out.name = OUT
appender.out.layout.type = PatternLayout
appender.out.layout.pattern = [%d] %p %m (%c)%n
rootLogger.level = WARN
rootLogger.appenderRef.out.ref = OUT
logger.kafka.name = kafka.server.KafkaRaftServer
logger.kafka.level = INFO
EOF
}

kafka_up() {
  if [ -n "$(our_pid "$KAFKA_STATE")" ] || port_open "$KAFKA_PORT"; then
    log "Kafka already answering on 127.0.0.1:$KAFKA_PORT; reusing it"
    return 0
  fi
  ensure_java
  ensure_kafka_jars
  write_kafka_config
  if [ ! -f "$KAFKA_STATE/data/meta.properties" ]; then
    local cluster_id
    cluster_id="$(kafka_java kafka.tools.StorageTool random-uuid)"
    log "formatting KRaft storage (cluster $cluster_id)"
    kafka_java kafka.tools.StorageTool format --standalone \
      --cluster-id "$cluster_id" --config "$KAFKA_STATE/server.properties" >/dev/null
  fi
  log "starting Apache Kafka $KAFKA_VERSION on 127.0.0.1:$KAFKA_PORT"
  nohup java -Xms128m -Xmx"$KAFKA_HEAP" -XX:+UseG1GC -Djava.awt.headless=true \
    -Dlog4j2.configurationFile="$KAFKA_STATE/log4j2.properties" \
    -cp "$KAFKA_LIBS/*" kafka.Kafka "$KAFKA_STATE/server.properties" \
    >"$KAFKA_STATE/server.log" 2>&1 </dev/null &
  echo $! >"$KAFKA_STATE/pid"
  if ! wait_until 90 "Kafka" port_open "$KAFKA_PORT"; then
    tail -n 40 "$KAFKA_STATE/server.log" >&2
    die "Kafka did not open 127.0.0.1:$KAFKA_PORT within 90 s (log: $KAFKA_STATE/server.log)"
  fi
}

# --- Redis -----------------------------------------------------------------

redis_up() {
  ensure_redis
  if redis_answers; then
    local policy
    policy="$(redis-cli -h 127.0.0.1 -p "$REDIS_PORT" config get maxmemory-policy | tail -n 1)"
    [ "$policy" = "noeviction" ] || log "warning: reused Redis has maxmemory-policy=$policy; BullMQ needs noeviction"
    log "Redis already answering on 127.0.0.1:$REDIS_PORT; reusing it"
    return 0
  fi
  mkdir -p "$REDIS_STATE"
  log "starting Redis on 127.0.0.1:$REDIS_PORT"
  # noeviction: BullMQ keeps job state in Redis and must never have keys evicted.
  # appendonly: dedup keys and subscriptions must survive a Redis restart.
  redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --dir "$REDIS_STATE" \
    --daemonize yes --pidfile "$REDIS_STATE/pid" --logfile "$REDIS_STATE/redis.log" \
    --appendonly yes --appendfsync everysec --maxmemory-policy noeviction \
    --save "" --protected-mode yes >/dev/null
  wait_until 20 "Redis" redis_answers || die "Redis did not answer on 127.0.0.1:$REDIS_PORT (log: $REDIS_STATE/redis.log)"
}

# --- stop ------------------------------------------------------------------

stop_ours() { # state dir, name
  local pid
  pid="$(our_pid "$1" || true)"
  if [ -z "$pid" ]; then
    rm -f "$1/pid"
    log "$2: nothing of ours running"
    return 0
  fi
  log "stopping $2 (pid $pid)"
  kill -TERM "$pid"
  for _ in $(seq 1 150); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
  if kill -0 "$pid" 2>/dev/null; then
    log "$2 did not stop in 30 s; killing pid $pid"
    kill -KILL "$pid"
  fi
  rm -f "$1/pid"
}

status() {
  local k r
  if port_open "$KAFKA_PORT"; then k="up"; else k="down"; fi
  [ -n "$(our_pid "$KAFKA_STATE")" ] && k="$k (started by us, pid $(cat "$KAFKA_STATE/pid"))"
  if command -v redis-cli >/dev/null && redis_answers; then r="up"; else r="down"; fi
  [ -n "$(our_pid "$REDIS_STATE")" ] && r="$r (started by us, pid $(cat "$REDIS_STATE/pid"))"
  echo "kafka  127.0.0.1:$KAFKA_PORT  $k  (Apache Kafka $KAFKA_VERSION, data $KAFKA_STATE)"
  echo "redis  127.0.0.1:$REDIS_PORT  $r  (data $REDIS_STATE)"
}

case "${1:-}" in
  up) redis_up; kafka_up ;;
  down) stop_ours "$KAFKA_STATE" Kafka; stop_ours "$REDIS_STATE" Redis ;;
  status) status ;;
  purge)
    stop_ours "$KAFKA_STATE" Kafka; stop_ours "$REDIS_STATE" Redis
    rm -rf "$KAFKA_STATE" "$REDIS_STATE"; log "data removed" ;;
  *) echo "usage: $0 up|down|status|purge" >&2; exit 2 ;;
esac
