package io.nwtn.stress.capacity;

import io.nwtn.stress.files.HistogramCodec;
import java.util.Map;

/**
 * One follower's hold window of a level as it travels to the leader: its figures with the response
 * times as an encoded HdrHistogram, so the leader adds them exactly.
 *
 * @param seq the level's number in the search
 * @param injector the follower's injector index
 */
public record WindowMessage(
    int seq,
    int injector,
    long requests,
    long ok,
    String latencyMs,
    Map<String, Long> failures,
    long breakerAnswers,
    long traces,
    long intact) {

  static WindowMessage of(int seq, int injector, LevelTally.Figures f) {
    return new WindowMessage(
        seq,
        injector,
        f.requests(),
        f.ok(),
        HistogramCodec.encode(f.latencyMs()),
        f.failures(),
        f.breakerAnswers(),
        f.traces(),
        f.intact());
  }

  LevelTally.Figures figures() {
    return new LevelTally.Figures(
        requests,
        ok,
        HistogramCodec.decode(latencyMs),
        failures == null ? Map.of() : failures,
        breakerAnswers,
        traces,
        intact);
  }
}
