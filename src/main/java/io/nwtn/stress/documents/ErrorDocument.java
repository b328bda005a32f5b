package io.nwtn.stress.documents;

import io.nwtn.stress.analysis.ErrorBreakdown;
import io.nwtn.stress.verdict.RunReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code error_breakdown.json}: every kind of failure with count, first and last time, example. */
public final class ErrorDocument {

  private ErrorDocument() {}

  public static Map<String, Object> build(RunReport r) {
    ErrorBreakdown b = r.errors();
    List<Map<String, Object>> categories = new ArrayList<>();
    for (ErrorBreakdown.Entry e : b.categories()) {
      Map<String, Object> c = Json.object();
      c.put("category", e.category());
      c.put("count", e.count());
      c.put(
          "share_of_failures",
          Json.round(b.totalFailed() == 0 ? 0 : (double) e.count() / b.totalFailed(), 6));
      c.put("first_time", Json.time(e.firstEpochMs()));
      c.put("last_time", Json.time(e.lastEpochMs()));
      c.put("example", e.example());
      categories.add(c);
    }
    Map<String, Object> d = Json.object();
    d.put("total_requests", r.metrics().total());
    d.put("failed_requests", b.totalFailed());
    d.put("answered_failures_source", b.answeredSource());
    d.put("categories", categories);
    if (r.sidecar() != null) {
      d.put("sidecar_failures", r.sidecar().failures());
      d.put("pipeline", r.sidecar().pipeline());
    }
    return d;
  }
}
