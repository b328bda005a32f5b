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

.PHONY: bench-reference
## bench-reference: added latency of the reference orchestrator at 1,000 and 5,000 requests in flight
bench-reference:
	$(MVN) -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=io.nwtn.stress.reference.ReferenceBenchmark $(OPTS)
