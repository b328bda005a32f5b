package io.nwtn.stress.analysis;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.nwtn.stress.files.HistogramCodec;
import java.util.LinkedHashMap;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * Execution times of one agent from the reasoning traces, in seconds as on the wire.
 *
 * @param executionCount how many steps of this agent the valid answers carried
 * @param executionTimeHistogram the execution times in microseconds, as a compressed HdrHistogram
 *     in base64 (see {@link HistogramCodec}), or {@code null}
 */
public record AgentStats(
    @JsonProperty("avg_time") double avgTime,
    @JsonProperty("median_time") double medianTime,
    @JsonProperty("p95_time") double p95Time,
    @JsonProperty("max_time") double maxTime,
    @JsonProperty("execution_count") long executionCount,
    @JsonProperty("execution_time_histogram") String executionTimeHistogram) {

  /** Per agent in pipeline order, from a sidecar's microsecond histograms. */
  public static Map<String, AgentStats> of(Map<String, String> histogramsUs) {
    Map<String, AgentStats> out = new LinkedHashMap<>();
    if (histogramsUs != null) {
      histogramsUs.forEach(
          (agent, text) -> out.put(agent, of(HistogramCodec.decode(text)).withHistogram(text)));
    }
    return out;
  }

  static AgentStats of(Histogram us) {
    if (us.getTotalCount() == 0) {
      return new AgentStats(0, 0, 0, 0, 0, null);
    }
    return new AgentStats(
        seconds(us.getMean()),
        seconds(us.getValueAtPercentile(50)),
        seconds(us.getValueAtPercentile(95)),
        seconds(us.getMaxValue()),
        us.getTotalCount(),
        null);
  }

  /** These figures with the distribution they come from, so that runs can be compared on it. */
  AgentStats withHistogram(String microsecondHistogram) {
    return new AgentStats(
        avgTime, medianTime, p95Time, maxTime, executionCount, microsecondHistogram);
  }

  private static double seconds(double micros) {
    return Math.round(micros / 1000.0) / 1000.0;
  }
}
