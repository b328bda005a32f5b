#!/usr/bin/env bash
# The benchmark suite (docs/benchmarks.md): fidelity, load-generator capacity against wrk, the
# live monitoring's cost, the suite's own cost per request against bare Gatling, the reference
# orchestrator, the post-processor against Gatling's report generation, and the main job's overhead. Writes target/bench/bench-results.json. Every load targets 127.0.0.1 only and
# every step is bounded in time. BENCH_QUICK=1: smaller loads, about 6 minutes. BENCH_PORT (8009):
# the port of the main job's embedded reference orchestrator. BENCH_LAYOUT (pinned): fidelity,
# capacity and reference with the target and the load generator on a core each; shared: unpinned.
# Exit codes: 0 all figures written, 1 a step failed (its log is named), 2 bad usage.
set -euo pipefail
cd "$(dirname "$0")/.."

MVN=${MVN:-mvn}
QUICK=${BENCH_QUICK:-0}
PORT=${BENCH_PORT:-8009}
OUT=target/bench
PARTS=$OUT/parts
LOGS=$OUT/logs
GATLING_JAVA=--add-opens=java.base/java.lang=ALL-UNNAMED
case "$QUICK" in 0|1) ;; *) echo "bench: BENCH_QUICK must be 0 or 1, got '$QUICK'" >&2; exit 2 ;; esac

step() { echo; echo "== bench: $1 ($(date -u +%H:%M:%S), load $(cut -d' ' -f1-3 /proc/loadavg))"; }
fail() { echo "bench: $1 failed; see $2" >&2; exit 1; }

# Runs "$@" with its output in $LOGS/$name.log, at most $limit seconds.
bounded() {
  local name=$1 limit=$2; shift 2
  timeout --kill-after=10 "$limit" "$@" >"$LOGS/$name.log" 2>&1 || fail "$name" "$LOGS/$name.log"
}

# Seconds of ramp-up + steady + ramp-down in a profile file (values like 5s).
scheduled_seconds() {
  awk -F'=' '/^ *(ramp-up|steady|ramp-down) *=/ { gsub(/[ s]/, "", $2); sum += $2 } END { print sum }' "$1"
}

# One timed main-job run: mvn gatling:test -Dprofile=smoke; prints "<start-ms> <end-ms> <run-folder>".
main_job() {
  local name=$1 start end
  start=$(date +%s%3N)
  bounded "$name" 600 $MVN -B gatling:test -Dprofile=smoke "-Durl=http://127.0.0.1:$PORT"
  end=$(date +%s%3N)
  echo "$start $end $(ls -td target/gatling/*/ | head -1)"
}

ensure_wrk() {
  command -v wrk >/dev/null && return
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "bench: installing wrk (Debian package)"
    { apt-get update -qq && apt-get install -y -qq wrk; } >"$LOGS/wrk-install.log" 2>&1 \
      || echo "bench: could not install wrk (see $LOGS/wrk-install.log): the wrk comparison is skipped"
  else
    echo "bench: wrk missing and cannot be installed here (needs root and apt-get): the wrk comparison is skipped"
  fi
}

LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)
# The warm main job's goal: at most this many seconds beyond its schedule (MainJobFigures).
WARM_GOAL=6
SMOKE=$(scheduled_seconds src/test/resources/profiles/smoke.conf)

# Cold first: `clean` leaves nothing compiled, so the run pays for compilation and a fresh JVM.
step "main job, cold (clean, then mvn gatling:test -Dprofile=smoke)"
$MVN -q clean
mkdir -p "$PARTS" "$LOGS"
COLD=$(main_job main-job-cold)
step "main job, warm"
WARM=$(main_job main-job-warm)
step "classpath"
bounded classpath 600 $MVN -q test-compile dependency:build-classpath \
  -Dmdep.outputFile="$OUT/classpath.txt" -Dmdep.includeScope=test
CP="target/test-classes:target/classes:$(cat "$OUT/classpath.txt")"
JAVA=(java -cp "$CP" "-Dnwtn.report.output-dir=$OUT/reports")

# The main job's runs, split at the simulation's start and end (from their simulation.log).
COLD_FIGURES=$("${JAVA[@]}" io.nwtn.stress.bench.MainJobFigures $COLD "$SMOKE") \
  || fail "main-job figures (cold)" "$LOGS/main-job-cold.log"
WARM_FIGURES=$("${JAVA[@]}" io.nwtn.stress.bench.MainJobFigures $WARM "$SMOKE" "$WARM_GOAL") \
  || fail "main-job figures (warm)" "$LOGS/main-job-warm.log"
cat >"$PARTS/main-job.json" <<JSON
{ "command": "mvn gatling:test -Dprofile=smoke", "scheduled_seconds": $SMOKE, "warm_goal_seconds": $WARM_GOAL,
  "cold": $COLD_FIGURES,
  "warm": $WARM_FIGURES }
JSON

if [ "$QUICK" = 1 ]; then
  FIDELITY=(2000 10 30); LEVELS=5000; ROUNDS=3; SMALL=200000; BIG=1000000
else
  FIDELITY=(2000 20 90); LEVELS=1000,5000; ROUNDS=3; SMALL=1000000; BIG=10000000
fi

# Fidelity, capacity and reference measure the generator, not the machine: the target (the reference
# orchestrator, a JVM of its own) on CPU 1 (taskset -c 1, done by the Java side), the load generator
# (the benchmark's JVM, and the Gatling JVMs and wrk it starts) on CPU 0. BENCH_LAYOUT=shared runs
# both unpinned; without taskset or with fewer than 2 cores the run is unpinned and says so.
LAYOUT=${BENCH_LAYOUT:-pinned}
case "$LAYOUT" in pinned|shared) ;; *) echo "bench: BENCH_LAYOUT must be pinned or shared, got '$LAYOUT'" >&2; exit 2 ;; esac
GEN=()
if [ "$LAYOUT" = pinned ]; then
  if ! command -v taskset >/dev/null; then
    LAYOUT=shared; echo "bench: taskset not found: fidelity, capacity and reference run unpinned (layout shared)"
  elif [ "$(nproc --all)" -lt 2 ]; then
    LAYOUT=shared; echo "bench: $(nproc --all) core: fidelity, capacity and reference run unpinned (layout shared)"
  else
    GEN=(taskset -c 0)
    echo "bench: layout pinned: target on CPU 1, load generator on CPU 0"
  fi
fi
PINNED_JAVA=("${GEN[@]}" "${JAVA[@]}" "-Dbench.layout=$LAYOUT")

step "fidelity (${FIDELITY[0]} users thinking 2-10 s, ${FIDELITY[1]} s ramp, ${FIDELITY[2]} s steady; layout $LAYOUT)"
bounded fidelity 600 "${PINNED_JAVA[@]}" -Xmx2g "$GATLING_JAVA" \
  io.nwtn.stress.bench.FidelityBenchmark "$PARTS/fidelity.json" "${FIDELITY[@]}"
grep -E '^(layout|fidelity)' "$LOGS/fidelity.log" || true

step "load-generator capacity against wrk (layout $LAYOUT)"
ensure_wrk
bounded capacity 900 "${PINNED_JAVA[@]}" -Xmx1g io.nwtn.stress.bench.CapacityBenchmark \
  "$PARTS/capacity.json" "$QUICK"
grep -E '^(layout|capacity)' "$LOGS/capacity.log" || true

step "live monitoring's cost: the endpoint off and on (scraped every second), same load"
bounded monitoring 900 "${JAVA[@]}" -Xmx1g io.nwtn.stress.bench.MonitoringCostBenchmark \
  "$PARTS/monitoring.json" "$QUICK"
tail -2 "$LOGS/monitoring.log"

step "the suite's own cost per request against bare Gatling (target in its own JVM, pinned)"
bounded suite-cost 900 "${JAVA[@]}" -Xmx512m io.nwtn.stress.bench.SuiteCostBenchmark \
  "$PARTS/suite-cost.json" "$QUICK"
tail -1 "$LOGS/suite-cost.log"

step "reference orchestrator: added latency at $LEVELS in flight (3 rounds each), then throughput (layout $LAYOUT)"
bounded reference-delayed 600 "${PINNED_JAVA[@]}" -Xmx2g "-Dbench.levels=$LEVELS" "-Dbench.rounds=$ROUNDS" \
  -Dbench.repeats=3 "-Dbench.target-log=$LOGS/reference-delayed-target.log" \
  io.nwtn.stress.reference.ReferenceBenchmark
grep -E '^(layout| *[0-9]+ in flight)' "$LOGS/reference-delayed.log" || true
bounded reference-throughput 300 "${PINNED_JAVA[@]}" -Xmx2g -Dbench.delay-ms=0 -Dbench.levels=200 \
  -Dbench.rounds=50 "-Dbench.target-log=$LOGS/reference-throughput-target.log" \
  io.nwtn.stress.reference.ReferenceBenchmark
bounded reference-figures 60 "${JAVA[@]}" io.nwtn.stress.bench.ReferenceFigures \
  "$LOGS/reference-delayed.log" "$LOGS/reference-throughput.log" "$PARTS/reference.json"

step "post-processor on $SMALL and $BIG requests, Gatling's report generation on $SMALL"
# Each tool runs with the JVM options its users get: Gatling with those the gatling-maven-plugin
# starts it with (its heap raised from 1 GB to 2 GB), the post-processor with deploy/report.jvm, the
# options of `make report`. The big log runs in a 256 MB heap, the memory goal. Gatling's report
# generation on the big log takes minutes; BENCH_GATLING_BIG=1 runs it too.
GATLING_OPTS=(-Xmx2g -XX:+HeapDumpOnOutOfMemoryError -XX:MaxInlineLevel=20 -XX:MaxTrivialSize=12
  "$GATLING_JAVA" --add-opens=java.base/jdk.internal.misc=ALL-UNNAMED)
GATLING_SIZES=$SMALL
[ "${BENCH_GATLING_BIG:-0}" = 1 ] && GATLING_SIZES="$SMALL $BIG"
for n in $GATLING_SIZES; do
  bounded gatling-reports-$n 1200 "${JAVA[@]}" "${GATLING_OPTS[@]}" \
    io.nwtn.stress.bench.PostProcessorBenchmark gatling "$n" "$PARTS/report-gatling-$n.json"
done
bounded postprocessor-$SMALL 600 "${JAVA[@]}" @deploy/report.jvm -Xmx2g \
  io.nwtn.stress.bench.PostProcessorBenchmark postprocessor "$SMALL" "$PARTS/report-postprocessor-$SMALL.json"
bounded postprocessor-$BIG 600 "${JAVA[@]}" @deploy/report.jvm -Xmx256m \
  io.nwtn.stress.bench.PostProcessorBenchmark postprocessor "$BIG" "$PARTS/report-postprocessor-$BIG.json"

step "results"
bounded results 60 "${JAVA[@]}" io.nwtn.stress.bench.BenchResults "$PARTS" "$OUT/bench-results.json" \
  "$LOAD_START" "$QUICK"
cat "$LOGS/results.log"
