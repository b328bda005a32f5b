package io.nwtn.stress.reference;

import io.netty.channel.ChannelHandlerContext;
import io.nwtn.stress.contract.ErrorCode;
import io.nwtn.stress.contract.PrsmResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * {@code POST /api/v1/sessions}: checks the request, then plays the pipeline without holding a
 * thread: the answer is scheduled on the connection's event loop after the simulated time.
 */
final class SessionsEndpoint {

  /** What becomes of an admitted request; one uniform draw per request picks it. */
  private enum Outcome {
    ANSWER,
    HANG,
    ERROR,
    NON_JSON,
    BROKEN_CONTRACT,
    OVERSIZED
  }

  private final ServerState state;

  SessionsEndpoint(ServerState state) {
    this.state = state;
  }

  void handle(ChannelHandlerContext ctx, boolean keepAlive, byte[] body) {
    if (rateLimited(ctx, keepAlive)) {
      return;
    }
    SessionRequest.Parsed parsed = SessionRequest.parse(body);
    if (parsed instanceof SessionRequest.Invalid invalid) {
      HttpReplies.error(ctx, keepAlive, ErrorCode.BAD_REQUEST, invalid.detail());
      return;
    }
    SessionRequest request = ((SessionRequest.Ok) parsed).request();
    if (state.faults.outageNow()) {
      HttpReplies.error(ctx, keepAlive, ErrorCode.OVERLOADED, "scheduled outage (injected)");
      return;
    }
    if (refused(request.prompt())) {
      HttpReplies.error(
          ctx, keepAlive, ErrorCode.SAFETY_VIOLATION, "the safety layer refused the prompt");
      return;
    }
    FaultSettings faults = state.faults.current();
    ThreadLocalRandom random = ThreadLocalRandom.current();
    PipelineSimulator.Plan plan = state.simulator.plan(request, faults, random);
    if (plan instanceof PipelineSimulator.Insufficient need) {
      HttpReplies.error(
          ctx,
          keepAlive,
          ErrorCode.INSUFFICIENT_CONTEXT,
          "the pipeline needs " + need.needed() + " FTNS, " + need.allocated() + " allocated");
    } else {
      admit(ctx, keepAlive, (PipelineSimulator.Run) plan, outcome(faults, random), faults);
    }
  }

  private boolean rateLimited(ChannelHandlerContext ctx, boolean keepAlive) {
    long retryAfter = state.rateLimiter.tryAcquire();
    if (retryAfter > 0) {
      HttpReplies.error(
          ctx,
          keepAlive,
          ErrorCode.RATE_LIMITED,
          "too many requests; retry in " + retryAfter + " s",
          Map.of("Retry-After", Long.toString(retryAfter)));
    }
    return retryAfter > 0;
  }

  private boolean refused(String prompt) {
    for (Pattern refused : state.settings.refusedPatterns()) {
      if (refused.matcher(prompt).find()) {
        return true;
      }
    }
    return false;
  }

  private void admit(
      ChannelHandlerContext ctx,
      boolean keepAlive,
      PipelineSimulator.Run run,
      Outcome outcome,
      FaultSettings faults) {
    if (!state.breaker.tryAcquire()) {
      HttpReplies.error(
          ctx, keepAlive, ErrorCode.CIRCUIT_BREAKER_OPEN, "the circuit breaker is open");
      return;
    }
    state.inFlight.incrementAndGet();
    if (outcome == Outcome.HANG) {
      state.breaker.record(false); // a call that never answers is a failure to the breaker
      ctx.channel().closeFuture().addListener(f -> state.inFlight.decrementAndGet());
      return;
    }
    Runnable start =
        () ->
            ctx.executor()
                .schedule(
                    () -> finish(ctx, keepAlive, run, outcome, faults),
                    run.simulatedMicros(),
                    TimeUnit.MICROSECONDS);
    if (!state.admission.offer(start)) {
      state.inFlight.decrementAndGet();
      state.breaker.release();
      HttpReplies.error(
          ctx, keepAlive, ErrorCode.OVERLOADED, "the orchestrator's queue is full; retry later");
    }
  }

  private void finish(
      ChannelHandlerContext ctx,
      boolean keepAlive,
      PipelineSimulator.Run run,
      Outcome outcome,
      FaultSettings faults) {
    state.admission.release();
    state.breaker.record(outcome != Outcome.ERROR);
    state.inFlight.decrementAndGet();
    Map<String, String> headers = Map.of(HttpReplies.SIMULATED_MS, millis(run.simulatedMicros()));
    answer(ctx, keepAlive, run, outcome, faults, headers);
  }

  private void answer(
      ChannelHandlerContext ctx,
      boolean keepAlive,
      PipelineSimulator.Run run,
      Outcome outcome,
      FaultSettings faults,
      Map<String, String> headers) {
    switch (outcome) {
      case ERROR ->
          HttpReplies.error(
              ctx, keepAlive, ErrorCode.INTERNAL_ERROR, "the pipeline failed (injected)", headers);
      case NON_JSON ->
          HttpReplies.send(
              ctx,
              keepAlive,
              200,
              "text/html",
              "<html><body>upstream hiccup (injected)</body></html>"
                  .getBytes(StandardCharsets.UTF_8),
              headers);
      case BROKEN_CONTRACT ->
          HttpReplies.json(
              ctx,
              keepAlive,
              200,
              Map.of("session_id", run.response().sessionId(), "final_answer", "short"),
              headers);
      case OVERSIZED ->
          HttpReplies.json(
              ctx, keepAlive, 200, padded(run.response(), faults.oversizedBytes()), headers);
      default -> HttpReplies.json(ctx, keepAlive, 200, run.response(), headers);
    }
  }

  /** Microseconds as milliseconds with three decimals, e.g. {@code 90.000}. */
  static String millis(long micros) {
    long fraction = micros % 1000;
    return micros / 1000 + (fraction < 10 ? ".00" : fraction < 100 ? ".0" : ".") + fraction;
  }

  /** The answer padded to the size set by the faults in force when the request arrived. */
  private static PrsmResponse padded(PrsmResponse r, long oversizedBytes) {
    int size = (int) oversizedBytes;
    String answer =
        r.finalAnswer() + " " + "x".repeat(Math.max(0, size - r.finalAnswer().length()));
    return new PrsmResponse(
        r.sessionId(),
        r.userId(),
        answer,
        r.reasoningTrace(),
        r.confidenceScore(),
        r.contextUsed(),
        r.ftnsCharged(),
        r.sources(),
        r.safetyValidated(),
        r.metadata());
  }

  /** Cumulative ratios over one draw, so the faults never sum past every request. */
  private static Outcome outcome(FaultSettings f, ThreadLocalRandom random) {
    double u = random.nextDouble();
    double[] edges = {
      f.hangRatio(), f.errorRatio(), f.nonJsonRatio(), f.brokenContractRatio(), f.oversizedRatio()
    };
    Outcome[] outcomes = {
      Outcome.HANG, Outcome.ERROR, Outcome.NON_JSON, Outcome.BROKEN_CONTRACT, Outcome.OVERSIZED
    };
    double edge = 0;
    for (int i = 0; i < edges.length; i++) {
      edge += edges[i];
      if (u < edge) {
        return outcomes[i];
      }
    }
    return Outcome.ANSWER;
  }
}
