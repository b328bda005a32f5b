package io.nwtn.stress.validation;

import static io.nwtn.stress.validation.Fixtures.COMPLEX;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.nwtn.stress.verdict.Severity;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ScoresTest {

  private final RunAnalyzer analyzer = new RunAnalyzer(0.7);

  @Test
  void aHealthyPipelineIsFullyCoordinated() {
    RunResult r = analyzer.analyze(Fixtures.run(COMPLEX, Fixtures.healthy(COMPLEX), 400));
    assertEquals(1.0, r.coordinationScore(), 1e-9);
  }

  static Stream<Arguments> degraded() {
    return Stream.of(
        // 5 listed, 4 succeed; coverage 4/5; quality (4 x 1.0 + 0.3) / 5; in order
        Arguments.of(Fixtures.noRouter(), 0.3 * 4 / 5 + 0.4 * 4 / 5 + 0.2 * 4.3 / 5 + 0.1),
        // router failed: same success and coverage, its quality poor
        Arguments.of(
            Fixtures.response(Fixtures.withStep(COMPLEX, 2, Fixtures::failed), 0.9, true),
            0.3 * 4 / 5 + 0.4 * 4 / 5 + 0.2 * 4.3 / 5 + 0.1));
  }

  @ParameterizedTest
  @MethodSource("degraded")
  void coordinationWeighsSuccessCoverageQualityAndOrder(
      io.nwtn.stress.contract.PrsmResponse response, double expected) {
    RunResult r = analyzer.analyze(Fixtures.run(COMPLEX, response, 400));
    assertEquals(expected, r.coordinationScore(), 1e-9);
  }

  @ParameterizedTest(name = "{0}s of 10s at confidence {1} -> {2}")
  @CsvSource({
    "5.0, 0.90, EXCELLENT",
    "5.1, 0.95, GOOD",
    "5.0, 0.89, GOOD",
    "7.5, 0.80, GOOD",
    "7.6, 0.95, NEEDS_IMPROVEMENT",
    "10.0, 0.60, NEEDS_IMPROVEMENT",
    "10.1, 0.95, POOR",
    "1.0, 0.59, POOR"
  })
  void performanceIsRatedAgainstTheLimit(double seconds, double confidence, PerformanceRating r) {
    assertEquals(r, PerformanceRating.of(seconds, 10, confidence));
  }

  @Test
  void dataFlowFlagsAShortAnswerAndUnbalancedContextWithoutFailingTheRun() {
    var healthy = Fixtures.healthy(COMPLEX);
    var shortAnswer =
        new io.nwtn.stress.contract.PrsmResponse(
            healthy.sessionId(),
            healthy.userId(),
            "Short answer",
            healthy.reasoningTrace(),
            0.9,
            healthy.contextUsed() + 1,
            1.0,
            List.of(),
            true,
            java.util.Map.of());
    RunResult r = analyzer.analyze(Fixtures.run(COMPLEX, shortAnswer, 400));
    assertEquals(new DataFlow(true, true, false, false), r.dataFlow());
    assertEquals(true, r.passed());
    assertEquals(Severity.WARNING, r.recommendations().get(0).severity());
    assertEquals(
        "Data flow incomplete: final answer under 20 characters, context_used differs "
            + "from the steps' sum",
        r.recommendations().get(0).message());
  }
}
