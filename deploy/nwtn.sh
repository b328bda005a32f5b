#!/bin/sh
# Entry point of the suite's container image, also used by `make nwtn-stress-distributed`.
#   nwtn.sh injector   one injector of a run: index from NWTN_INJECTOR_INDEX or, on Kubernetes,
#                      JOB_COMPLETION_INDEX; NWTN_INJECTORS, NWTN_RUN_ID, NWTN_URL, NWTN_START_AT
#   nwtn.sh merge      the merged report and verdict of run NWTN_RUN_ID
#   nwtn.sh report RUN [--verbose]
#                      rewrite the NWTN reports of a Gatling run folder (or latest), exit with its verdict
#   nwtn.sh reference  the reference orchestrator on 0.0.0.0:NWTN_REFERENCE_PORT (default 8000)
# NWTN_OUTPUT_DIR (default target/nwtn) holds every run's folders; NWTN_OPTS adds -D flags
# (e.g. -Dprofile=quick). The token, if any, comes from NWTN_API_TOKEN and is never printed.
# Exit codes are the suite's: 0 PASSED, 1 FAILED, 2 bad input, 3 run or I/O error.
set -eu

OUT="${NWTN_OUTPUT_DIR:-target/nwtn}"
CP="target/test-classes:target/classes:${NWTN_CLASSPATH:-$(cat target/nwtn-classpath.txt 2>/dev/null || true)}"
JAVA="${JAVA:-java}"
# the batch commands' JVM options (an argument file beside this script)
BATCH_JVM="@$(dirname "$0")/report.jvm"
# the reference orchestrator's (a concurrent collector, the heap sized at start)
REFERENCE_JVM="@$(dirname "$0")/reference.jvm"

fail() {
  echo "nwtn: $1" >&2
  exit 2
}

USAGE="usage: nwtn.sh injector|merge|reference, or nwtn.sh report <run-folder>|latest [--verbose]"
[ $# -ge 1 ] || fail "$USAGE"
if [ "$1" = report ]; then
  [ $# -ge 2 ] && [ $# -le 3 ] || fail "$USAGE"
else
  [ $# -eq 1 ] || fail "$USAGE"
fi

case "$1" in
  injector)
    INDEX="${NWTN_INJECTOR_INDEX:-${JOB_COMPLETION_INDEX:-}}"
    [ -n "$INDEX" ] || fail "set NWTN_INJECTOR_INDEX (or run as an Indexed Job)"
    [ -n "${NWTN_RUN_ID:-}" ] || fail "set NWTN_RUN_ID, the same on every injector"
    # shellcheck disable=SC2086 # NWTN_OPTS and JAVA_OPTS are word lists on purpose
    exec "$JAVA" ${JAVA_OPTS:-} --add-opens=java.base/java.lang=ALL-UNNAMED -cp "$CP" \
      "-Dnwtn.injector.count=${NWTN_INJECTORS:-1}" "-Dnwtn.injector.index=$INDEX" \
      "-Dnwtn.run-id=$NWTN_RUN_ID" "-Dnwtn.injector.start-at=${NWTN_START_AT:-}" \
      "-Dnwtn.report.output-dir=$OUT" ${NWTN_URL:+"-Durl=$NWTN_URL"} ${NWTN_OPTS:-} \
      io.nwtn.stress.launch.InjectorLauncher
    ;;
  merge)
    [ -n "${NWTN_RUN_ID:-}" ] || fail "set NWTN_RUN_ID, the run to merge"
    # shellcheck disable=SC2086
    exec "$JAVA" "$BATCH_JVM" ${JAVA_OPTS:-} -cp "$CP" "-Dnwtn.report.output-dir=$OUT" \
      ${NWTN_OPTS:-} io.nwtn.stress.merge.MergeMain --run "$NWTN_RUN_ID"
    ;;
  report)
    shift
    # shellcheck disable=SC2086
    exec "$JAVA" "$BATCH_JVM" ${JAVA_OPTS:-} -cp "$CP" ${NWTN_OUTPUT_DIR:+"-Dnwtn.report.output-dir=$OUT"} \
      ${NWTN_OPTS:-} io.nwtn.stress.report.ReportMain "$@"
    ;;
  reference)
    # shellcheck disable=SC2086
    exec "$JAVA" "$REFERENCE_JVM" ${JAVA_OPTS:-} -cp "$CP" -Dnwtn.reference.host="${NWTN_REFERENCE_HOST:-0.0.0.0}" \
      -Dnwtn.reference.port="${NWTN_REFERENCE_PORT:-8000}" ${NWTN_OPTS:-} \
      io.nwtn.stress.reference.ReferenceMain
    ;;
  *)
    fail "unknown command '$1'; use injector, merge, reference or report"
    ;;
esac
