#!/bin/sh
# `make nwtn-stress-distributed`: N injector processes on this machine against one target, then
# the merged report. Without NWTN_URL it starts one reference orchestrator on 127.0.0.1:REF_PORT
# for all of them and stops it at the end. Needs `mvn test-compile` and target/nwtn-classpath.txt
# (the Make target builds both). The exit code is the merge's: 0 PASSED, 1 FAILED, 2, 3 errors.
# NWTN_SIMULATION=capacity runs a capacity search instead (docs/capacity.md): injector 0 leads and
# writes the answer, there is nothing to merge, and the exit code is injector 0's.
set -eu

N="${INJECTORS:-2}"
export NWTN_RUN_ID="${NWTN_RUN_ID:-local-$(date -u +%Y%m%d-%H%M%S)}"
export NWTN_INJECTORS="$N"
OUT="${NWTN_OUTPUT_DIR:-target/nwtn}"
HERE="$(dirname "$0")"
REF_PORT="${REF_PORT:-8000}"
# injector i serves its live metrics on MONITORING_PORT + i: they share this machine
MONITORING_PORT="${MONITORING_PORT:-9464}"
SIMULATION="${NWTN_SIMULATION:-stress}"
case "$SIMULATION" in
  stress | capacity) ;;
  *) echo "nwtn: NWTN_SIMULATION=$SIMULATION is not stress or capacity" >&2; exit 2 ;;
esac
REF_PID=""

stop_reference() {
  if [ -n "$REF_PID" ]; then
    kill "$REF_PID" 2>/dev/null || true
    wait "$REF_PID" 2>/dev/null || true
  fi
}
trap stop_reference EXIT INT TERM

case "$N" in
  '' | *[!0-9]* | 0) echo "nwtn: INJECTORS=$N is not a whole number of at least 1" >&2; exit 2 ;;
esac
if [ -e "$OUT/$NWTN_RUN_ID" ]; then
  echo "nwtn: $OUT/$NWTN_RUN_ID already exists; choose another NWTN_RUN_ID" >&2
  exit 2
fi
mkdir -p "$OUT/$NWTN_RUN_ID"

if [ -z "${NWTN_URL:-}" ]; then
  export NWTN_URL="http://127.0.0.1:$REF_PORT"
  NWTN_REFERENCE_HOST=127.0.0.1 NWTN_REFERENCE_PORT="$REF_PORT" \
    "$HERE/nwtn.sh" reference > "$OUT/$NWTN_RUN_ID/reference.out" 2>&1 &
  REF_PID=$!
  tries=0
  until curl -fsS "$NWTN_URL/health" > /dev/null 2>&1; do
    tries=$((tries + 1))
    if [ "$tries" -gt 60 ] || ! kill -0 "$REF_PID" 2>/dev/null; then
      echo "nwtn: the reference orchestrator did not come up at $NWTN_URL; see $OUT/$NWTN_RUN_ID/reference.out" >&2
      exit 3
    fi
    sleep 0.5
  done
  echo "Reference orchestrator at $NWTN_URL shared by $N injectors"
fi

# A coordinated start ahead, so that every injector is ready (JVM, Gatling, preflight) by then.
export NWTN_START_AT=$(( $(date +%s) * 1000 + ${START_DELAY_MS:-30000} ))
PIDS=""
i=0
while [ "$i" -lt "$N" ]; do
  NWTN_INJECTOR_INDEX=$i \
    NWTN_OPTS="${NWTN_OPTS:-} -Dnwtn.monitoring.port=$((MONITORING_PORT + i)) -Dnwtn.injector.simulation=$SIMULATION" \
    "$HERE/nwtn.sh" injector > "$OUT/$NWTN_RUN_ID/injector-$i.out" 2>&1 &
  PIDS="$PIDS $!"
  echo "injector $i: live metrics at http://127.0.0.1:$((MONITORING_PORT + i))/metrics"
  i=$((i + 1))
done
echo "Run $NWTN_RUN_ID: $N injectors started; logs in $OUT/$NWTN_RUN_ID/injector-<i>.out"
i=0
LEADER=0
for pid in $PIDS; do
  code=0
  wait "$pid" || code=$?
  # an injector's own verdict covers its share only; the merge judges the run
  echo "injector $i finished (exit $code)"
  [ "$i" -eq 0 ] && LEADER=$code
  i=$((i + 1))
done
stop_reference
REF_PID=""
if [ "$SIMULATION" = capacity ]; then
  # the leader judged every level on all injectors' windows and wrote the answer
  echo "Capacity search $NWTN_RUN_ID: answer in $OUT/$NWTN_RUN_ID/nwtn_capacity_results.json"
  exit "$LEADER"
fi
"$HERE/nwtn.sh" merge
