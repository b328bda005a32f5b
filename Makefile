# Thin layer over Maven. Every target accepts URL= (the orchestrator to test) and OPTS= (extra -D flags).
MVN ?= mvn
URL ?=
OPTS ?=

.PHONY: run test

## run: start the reference orchestrator on 127.0.0.1:8000 in the foreground (Ctrl-C stops it)
run:
	$(MVN) -q compile exec:java -Dexec.mainClass=io.nwtn.stress.reference.ReferenceMain $(OPTS)

## test: the unit and integration tests
test:
	$(MVN) -B test $(OPTS)

# --- simulation.log decoder: golden fixture (see docs/simulation-log.md) ---
# Gatling reads and writes strings through java.lang.String internals
GATLING_JAVA = --add-opens=java.base/java.lang=ALL-UNNAMED
DECODER_JAVA = $(MVN) -q test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test
FIXTURE_DIR ?= src/test/resources/fixtures/gatling-3.15.1

.PHONY: decoder-fixture

## decoder-fixture: rerun the fixture simulation with this project's Gatling and rewrite the golden simulation.log and expected.json
decoder-fixture:
	$(DECODER_JAVA) "-Dexec.args=$(GATLING_JAVA) -cp %classpath io.nwtn.stress.logfile.fixture.FixtureRecorder $(FIXTURE_DIR)"

# --- simulation.log decoder: generated logs and benchmark (see docs/benchmarks.md) ---
LOG_REQUESTS ?= 1000000
LOG_OUT ?= target/bench/simulation.log
BENCH_BIG_REQUESTS ?= 10000000

.PHONY: decoder-log bench-decoder

## decoder-log: write a valid Gatling 3.15.1 simulation.log of LOG_REQUESTS requests to LOG_OUT
decoder-log:
	$(DECODER_JAVA) "-Dexec.args=-cp %classpath io.nwtn.stress.logfile.bench.LargeLogGenerator $(LOG_OUT) $(LOG_REQUESTS)"

## bench-decoder: Gatling's report generation vs the decoder on LOG_REQUESTS requests, then BENCH_BIG_REQUESTS decoded in a 256 MB heap
bench-decoder:
	$(DECODER_JAVA) "-Dexec.args=-Xmx2g $(GATLING_JAVA) -cp %classpath io.nwtn.stress.logfile.bench.DecoderBenchmark compare $(LOG_REQUESTS)"
	$(DECODER_JAVA) "-Dexec.args=-Xmx256m -cp %classpath io.nwtn.stress.logfile.bench.DecoderBenchmark memory $(BENCH_BIG_REQUESTS)"

.PHONY: bench-reference
## bench-reference: added latency of the reference orchestrator at 1,000 and 5,000 requests in flight
bench-reference:
	$(MVN) -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=io.nwtn.stress.reference.ReferenceBenchmark $(OPTS)

# Stress runs (the seed's targets); URL= points them at another orchestrator.
.PHONY: nwtn-stress nwtn-stress-quick nwtn-stress-extended nwtn-stress-smoke
STRESS = $(MVN) gatling:test $(if $(URL),-Durl=$(URL)) $(OPTS)

## nwtn-stress: Phase 1 stress run, standard profile (1000 users, 60 s / 300 s / 60 s)
nwtn-stress:
	$(STRESS) -Dprofile=standard

## nwtn-stress-quick: 100 users, 30 s / 60 s / 30 s
nwtn-stress-quick:
	$(STRESS) -Dprofile=quick

## nwtn-stress-extended: 2000 users, 60 s / 600 s / 60 s
nwtn-stress-extended:
	$(STRESS) -Dprofile=extended

## nwtn-stress-smoke: 10 users, 5 s / 10 s / 5 s
nwtn-stress-smoke:
	$(STRESS) -Dprofile=smoke

# --- benchmark suite (see docs/benchmarks.md) ---
BENCH_QUICK ?= 0
BENCH_PORT ?= 8009
.PHONY: bench

## bench: every benchmark (fidelity, load-generator capacity vs wrk, reference orchestrator, post-processor vs Gatling, main-job overhead) into target/bench/bench-results.json; BENCH_QUICK=1 for a shorter run
bench:
	MVN="$(MVN)" BENCH_QUICK=$(BENCH_QUICK) BENCH_PORT=$(BENCH_PORT) scripts/bench.sh

# --- NWTN reports and verdict (see docs/reports.md) ---
RUN ?= latest
.PHONY: report

## report: rewrite the NWTN reports of a Gatling run folder (RUN=target/gatling/<run>, default: the newest) and exit with its verdict
report:
	$(MVN) -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=io.nwtn.stress.report.ReportMain \
	  -Dexec.args="$(RUN)" $(OPTS)
