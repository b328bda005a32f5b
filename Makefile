# NWTN stress suite: a thin layer over Maven. Every target accepts URL= (the orchestrator to test;
# without it, runs start the reference orchestrator in-process and stop it afterwards) and OPTS=
# (extra -D flags, e.g. OPTS="-Dusers=500 -Dlatency=1500"). `make help` lists the targets.
MVN ?= mvn
URL ?=
OPTS ?=
TARGET_URL = $(if $(URL),-Durl=$(URL))
GATLING = $(MVN) -B gatling:test $(TARGET_URL)
# A main class run in Maven's JVM: MAIN_CP with the main classpath, MAIN_TEST_CP with the test
# classpath, where the profiles and the benchmarks live.
MAIN_CP = $(MVN) -q compile exec:java
MAIN_TEST_CP = $(MVN) -q test-compile exec:java -Dexec.classpathScope=test
# Maven's JVM runs with the C1 compiler only (.mvn/jvm.config): a build of a few seconds starts
# sooner. A program that serves or measures load in Maven's JVM gets the full JIT back.
FULL_JIT = MAVEN_OPTS="$$MAVEN_OPTS -XX:TieredStopAtLevel=4"
# Gatling reads and writes strings through java.lang.String internals.
GATLING_JAVA = --add-opens=java.base/java.lang=ALL-UNNAMED
# A program run with the test classpath as %classpath in its arguments: java, or echo to save it.
TEST_CP_EXEC = $(MVN) -q test-compile exec:exec -Dexec.classpathScope=test
JAVA_TEST_CP = $(TEST_CP_EXEC) -Dexec.executable=java

.DEFAULT_GOAL := help
.PHONY: help run test test-fast install-dev install-browser install-k8s-tools install-monitoring \
	format format-check

## help: list the targets
help:
	@grep -E '^## ' $(MAKEFILE_LIST) | sed 's/^## /  /'

## run: serve the reference orchestrator on 127.0.0.1:8000 in the foreground (Ctrl-C stops it)
run:
	$(FULL_JIT) $(MAIN_CP) -Dexec.mainClass=io.nwtn.stress.reference.ReferenceMain $(OPTS)

## test: the unit and integration tests (mvn -B test)
test:
	$(MVN) -B test $(OPTS)

## test-fast: the tests without the slow ones (@SlowTest: Gatling runs, forked JVMs, the browser), with the time taken
test-fast:
	@start=$$(date +%s); rc=0; $(MVN) -B test -DexcludedGroups=slow $(OPTS) || rc=$$?; \
	echo "test-fast: $$(( $$(date +%s) - start )) s"; exit $$rc

## format: format the Java sources with Google Java Format (spotless:apply)
format:
	$(MVN) -B -q spotless:apply $(OPTS)

## format-check: fail when a Java source is not formatted (spotless:check), as CI does
format-check:
	@$(MVN) -B -q spotless:check $(OPTS) || { echo "Java sources are not formatted: run make format" >&2; exit 1; }

## install-dev: resolve every dependency and plugin and compile, so later runs work offline
install-dev:
	$(MVN) -B -q test-compile dependency:go-offline $(OPTS)
	$(MVN) -B -q gatling:help exec:help > /dev/null
	# Spotless fetches Google Java Format when it runs; a check of no file fetches it and nothing else.
	$(MVN) -B -q spotless:check -DspotlessFiles=no-file-matches > /dev/null

## install-browser: install Debian's chromium, which the dashboard's browser test uses (needs root)
install-browser:
	command -v chromium >/dev/null || (apt-get update && apt-get install -y chromium)

## install-monitoring: install Debian's prometheus (not its node exporter, and not started as a service), for make monitoring and its integration test (needs root)
install-monitoring:
	command -v prometheus >/dev/null || (apt-get update && apt-get install -y --no-install-recommends prometheus)

## install-k8s-tools: install kubectl (Debian's kubernetes-client) unless one is there, for the manifests' render test (needs root)
install-k8s-tools:
	command -v kubectl >/dev/null || (apt-get update && apt-get install -y kubernetes-client)

# --- the seed's runs ---------------------------------------------------------------------------
.PHONY: nwtn-test nwtn-stress nwtn-stress-quick nwtn-stress-extended nwtn-stress-smoke \
	nwtn-stress-recovery nwtn-capacity nwtn-capacity-demo test-phase1 test-performance

## nwtn-test: validate the 5-agent pipeline with the 4 contract scenarios; exit 1 when one fails
nwtn-test:
	$(GATLING) -Dgatling.simulationClass=simulations.NwtnAgentValidationSimulation $(OPTS)

## nwtn-stress: Phase 1 stress run, standard profile (1000 users, 60 s / 300 s / 60 s)
nwtn-stress:
	$(GATLING) -Dprofile=standard $(OPTS)

## nwtn-stress-quick: 100 users, 30 s / 60 s / 30 s
nwtn-stress-quick:
	$(GATLING) -Dprofile=quick $(OPTS)

## nwtn-stress-extended: 2000 users, 60 s / 600 s / 60 s
nwtn-stress-extended:
	$(GATLING) -Dprofile=extended $(OPTS)

## nwtn-stress-smoke: 10 users, 5 s / 10 s / 5 s
nwtn-stress-smoke:
	$(GATLING) -Dprofile=smoke $(OPTS)

## nwtn-stress-recovery: smoke load on the embedded reference orchestrator with a 5 s outage 8 s in
nwtn-stress-recovery:
	$(MVN) -B gatling:test -Dprofile=smoke -Dnwtn.target.embedded=always \
	  -Dnwtn.reference.faults.outage-start=8s -Dnwtn.reference.faults.outage-duration=5s $(OPTS)

## nwtn-capacity: the highest load at which Phase 1 still passes (staircase of levels); exit 1 below the requirement
nwtn-capacity:
	$(GATLING) -Dgatling.simulationClass=simulations.NwtnCapacitySimulation $(OPTS)

## nwtn-capacity-demo: the capacity search against an embedded reference orchestrator of 50 pipelines, a few minutes
nwtn-capacity-demo:
	$(GATLING) -Dgatling.simulationClass=simulations.NwtnCapacitySimulation \
	  -Dnwtn.target.embedded=always -Dnwtn.reference.max-concurrent-pipelines=50 \
	  -Dnwtn.reference.queue-size=0 -Dnwtn.load.think-time.min=1s -Dnwtn.load.think-time.max=3s \
	  -Dnwtn.requirements.concurrency=150 -Dnwtn.capacity.arrival=5s -Dnwtn.capacity.hold=20s $(OPTS)

## test-phase1: validation, then the standard stress run, then one combined PASSED/FAILED
test-phase1:
	@v=0; s=0; \
	$(MAKE) --no-print-directory nwtn-test || v=$$?; \
	$(MAKE) --no-print-directory nwtn-stress || s=$$?; \
	echo "Phase 1: agent validation $$([ $$v = 0 ] && echo PASSED || echo FAILED), stress $$([ $$s = 0 ] && echo PASSED || echo FAILED)"; \
	if [ $$v = 0 ] && [ $$s = 0 ]; then echo "PHASE 1 PASSED"; else echo "PHASE 1 FAILED"; exit 1; fi

## test-performance: the full suite: validation, quick, standard, extended, then the comparison with BASELINE
test-performance:
	@rc=0; \
	for t in nwtn-test nwtn-stress-quick nwtn-stress nwtn-stress-extended; do \
	  $(MAKE) --no-print-directory $$t || { echo "$$t: FAILED"; rc=1; }; \
	done; \
	if [ -e "$(BASELINE)" ] || [ -e "user-files/baselines/$(BASELINE).json" ]; then \
	  $(MAKE) --no-print-directory compare-performance || rc=1; \
	else echo "No baseline at BASELINE=$(BASELINE): comparison skipped (save one with make save-baseline)"; fi; \
	exit $$rc

# --- the monitoring stack: Prometheus (and Grafana with Docker) watching a run (docs/monitoring.md)
PROMETHEUS_PORT ?= 9090
.PHONY: monitoring

## monitoring: a local Prometheus with deploy/monitoring's configuration and rules on 127.0.0.1:PROMETHEUS_PORT (9090), foreground; Ctrl-C stops it
monitoring:
	@command -v prometheus >/dev/null || { echo "prometheus is not installed: run make install-monitoring (needs root), or with Docker: docker compose -f deploy/monitoring/compose.yaml up" >&2; exit 2; }
	@mkdir -p target/prometheus
	prometheus --config.file=deploy/monitoring/prometheus/prometheus.yml \
	  --storage.tsdb.path=target/prometheus --web.listen-address=127.0.0.1:$(PROMETHEUS_PORT) $(OPTS)

# --- reports, comparison, dashboard ------------------------------------------------------------
RUN ?= latest
BASELINE ?= user-files/baselines/baseline.json
CURRENT ?= target/nwtn/latest
REPORT_DIR ?= target/nwtn/latest
NAME ?= baseline
.PHONY: report compare-performance save-baseline dashboard

## report: rewrite the NWTN reports of a Gatling run folder (RUN=target/gatling/<run>, default the newest); exit with its verdict
report: nwtn-classpath
	NWTN_OPTS="$(OPTS)" deploy/nwtn.sh report $(RUN)

## compare-performance: compare CURRENT with BASELINE (results file, run folder or saved name); exit 1 on a regression
compare-performance:
	$(MAIN_CP) -Dexec.mainClass=io.nwtn.stress.compare.CompareMain \
	  "-Dexec.args=--baseline $(BASELINE) --current $(CURRENT) $(ARGS)" $(OPTS)

## save-baseline: save CURRENT as user-files/baselines/NAME.json (default NAME=baseline)
save-baseline:
	$(MAIN_CP) -Dexec.mainClass=io.nwtn.stress.compare.CompareMain \
	  "-Dexec.args=--current $(CURRENT) --save-baseline $(NAME) $(ARGS)" $(OPTS)

## dashboard: rewrite index.html and nwtn-compliance-junit.xml of a report folder (REPORT_DIR=target/nwtn/<run>)
dashboard:
	$(MAIN_CP) -Dexec.mainClass=io.nwtn.stress.publish.DashboardMain "-Dexec.args=$(REPORT_DIR)" $(OPTS)

# --- simulation.log decoder and benchmarks (docs/simulation-log.md, docs/benchmarks.md) ---------
FIXTURE_DIR ?= src/test/resources/fixtures/gatling-3.15.1
LOG_REQUESTS ?= 1000000
LOG_OUT ?= target/bench/simulation.log
BENCH_BIG_REQUESTS ?= 10000000
.PHONY: bench decoder-fixture decoder-log bench-decoder bench-reference
BENCH_QUICK ?= 0
BENCH_PORT ?= 8009

## bench: every benchmark (fidelity, load generator vs wrk, live monitoring's cost, the suite's cost per request against bare Gatling, reference orchestrator, post-processor vs Gatling, main-job overhead) into target/bench/bench-results.json; BENCH_QUICK=1 for a shorter run
bench:
	MVN="$(MVN)" BENCH_QUICK=$(BENCH_QUICK) BENCH_PORT=$(BENCH_PORT) scripts/bench.sh

## decoder-fixture: re-record the golden simulation.log and expected.json (after a Gatling upgrade)
decoder-fixture:
	$(JAVA_TEST_CP) "-Dexec.args=$(GATLING_JAVA) -cp %classpath io.nwtn.stress.logfile.fixture.FixtureRecorder $(FIXTURE_DIR)"

## decoder-log: write a valid Gatling 3.15.1 simulation.log of LOG_REQUESTS requests to LOG_OUT
decoder-log:
	$(JAVA_TEST_CP) "-Dexec.args=-cp %classpath io.nwtn.stress.logfile.bench.LargeLogGenerator $(LOG_OUT) $(LOG_REQUESTS)"

## bench-decoder: Gatling's report generation vs the decoder on LOG_REQUESTS requests, then BENCH_BIG_REQUESTS in a 256 MB heap
bench-decoder:
	$(JAVA_TEST_CP) "-Dexec.args=-Xmx2g $(GATLING_JAVA) -cp %classpath io.nwtn.stress.logfile.bench.DecoderBenchmark compare $(LOG_REQUESTS)"
	$(JAVA_TEST_CP) "-Dexec.args=-Xmx256m -cp %classpath io.nwtn.stress.logfile.bench.DecoderBenchmark memory $(BENCH_BIG_REQUESTS)"

## bench-reference: added latency of the reference orchestrator at 1,000 and 5,000 requests in flight
bench-reference:
	$(FULL_JIT) $(MAIN_TEST_CP) -Dexec.mainClass=io.nwtn.stress.reference.ReferenceBenchmark $(OPTS)

# --- distributed run: N injectors, one merged report and verdict (docs/distributed.md) ----------
INJECTORS ?= 2
REF_PORT ?= 8000
NWTN_CLASSPATH_FILE = target/nwtn-classpath.txt
.PHONY: nwtn-stress-distributed nwtn-capacity-distributed nwtn-merge nwtn-classpath

## nwtn-classpath: compile and write the test classpath the injectors and the merge run with
nwtn-classpath:
	$(TEST_CP_EXEC) -Dexec.executable=echo -Dexec.args=%classpath -Dexec.outputFile=$(NWTN_CLASSPATH_FILE)

## nwtn-stress-distributed: INJECTORS processes share one target (URL=, else a reference orchestrator on REF_PORT), then merge
nwtn-stress-distributed: nwtn-classpath
	INJECTORS=$(INJECTORS) REF_PORT=$(REF_PORT) NWTN_URL=$(URL) NWTN_OPTS="$(OPTS)" NWTN_RUN_ID=$(RUN_ID) deploy/local-distributed.sh

## nwtn-capacity-distributed: a capacity search over INJECTORS processes, injector 0 leading (URL=, else a reference orchestrator on REF_PORT)
nwtn-capacity-distributed: nwtn-classpath
	NWTN_SIMULATION=capacity INJECTORS=$(INJECTORS) REF_PORT=$(REF_PORT) NWTN_URL=$(URL) NWTN_OPTS="$(OPTS)" NWTN_RUN_ID=$(RUN_ID) deploy/local-distributed.sh

## nwtn-merge: merge the injector folders of RUN_ID into one report (target/nwtn/RUN_ID/)
nwtn-merge: nwtn-classpath
	NWTN_RUN_ID=$(RUN_ID) NWTN_OPTS="$(OPTS)" deploy/nwtn.sh merge
