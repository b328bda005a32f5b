package io.nwtn.stress.validation;

import io.nwtn.stress.contract.Agent;
import io.nwtn.stress.contract.ReasoningStep;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Grades an agent's output from its step's {@code output_data}, per agent, by the field names the
 * output carries (searched at any depth, case-insensitive). The rules are documented in {@code
 * docs/validation.md}; a failed step is always {@link OutputQuality#POOR}.
 */
public final class QualityRules {

  static final double HIGH_CONFIDENCE = 0.8;
  static final double FAIR_CONFIDENCE = 0.6;
  static final double FAST_EXECUTOR_SECONDS = 5.0;
  static final double SLOW_EXECUTOR_SECONDS = 10.0;
  static final int RICH_SYNTHESIS_CHARS = 100;
  static final int SOME_SYNTHESIS_CHARS = 50;

  private static final List<String> DECOMPOSITION = List.of("subtask", "task", "decomposition");
  private static final List<String> COMPLEXITY = List.of("complexity");
  private static final List<String> OPTIMIZATION = List.of("optimiz", "enhanced_prompt");
  private static final List<String> MODEL_SELECTION = List.of("model", "selection", "route");
  private static final List<String> RESULTS = List.of("result", "models_used");
  private static final List<String> SYNTHESIS = List.of("synthes", "compil", "summary", "section");

  private QualityRules() {}

  /** Grades one step of the given agent. */
  public static OutputQuality grade(Agent agent, ReasoningStep step) {
    if (!Boolean.TRUE.equals(step.success())) {
      return OutputQuality.POOR;
    }
    Map<String, Object> out = step.outputData() == null ? Map.of() : step.outputData();
    double confidence = step.confidenceScore() == null ? 0 : step.confidenceScore();
    return switch (agent) {
      case ARCHITECT -> twoSignals(hasKey(out, DECOMPOSITION), hasKey(out, COMPLEXITY));
      case PROMPTER -> withConfidence(hasKey(out, OPTIMIZATION), confidence);
      case ROUTER -> withConfidence(hasKey(out, MODEL_SELECTION), confidence);
      case EXECUTOR -> executor(hasKey(out, RESULTS), seconds(step));
      case COMPILER -> compiler(hasKey(out, SYNTHESIS), String.valueOf(out).length());
      case CANDIDATE_GENERATOR, CANDIDATE_EVALUATOR -> OutputQuality.GOOD;
    };
  }

  private static OutputQuality twoSignals(boolean a, boolean b) {
    return a && b ? OutputQuality.EXCELLENT : a || b ? OutputQuality.GOOD : OutputQuality.POOR;
  }

  private static OutputQuality withConfidence(boolean signal, double confidence) {
    if (signal && confidence > HIGH_CONFIDENCE) {
      return OutputQuality.EXCELLENT;
    }
    return signal || confidence > FAIR_CONFIDENCE ? OutputQuality.GOOD : OutputQuality.POOR;
  }

  private static OutputQuality executor(boolean results, double seconds) {
    if (results && seconds < FAST_EXECUTOR_SECONDS) {
      return OutputQuality.EXCELLENT;
    }
    return results || seconds < SLOW_EXECUTOR_SECONDS ? OutputQuality.GOOD : OutputQuality.POOR;
  }

  private static OutputQuality compiler(boolean synthesis, int outputChars) {
    if (synthesis && outputChars > RICH_SYNTHESIS_CHARS) {
      return OutputQuality.EXCELLENT;
    }
    return synthesis || outputChars > SOME_SYNTHESIS_CHARS
        ? OutputQuality.GOOD
        : OutputQuality.POOR;
  }

  private static double seconds(ReasoningStep step) {
    return step.executionTime() == null ? 0 : step.executionTime();
  }

  /** Whether any field name, at any depth, contains one of the fragments. */
  static boolean hasKey(Object value, List<String> fragments) {
    if (value instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> e : map.entrySet()) {
        String key = String.valueOf(e.getKey()).toLowerCase(Locale.ROOT);
        if (fragments.stream().anyMatch(key::contains) || hasKey(e.getValue(), fragments)) {
          return true;
        }
      }
    } else if (value instanceof List<?> list) {
      return list.stream().anyMatch(v -> hasKey(v, fragments));
    }
    return false;
  }
}
