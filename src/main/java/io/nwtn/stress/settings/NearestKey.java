package io.nwtn.stress.settings;

import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;

/**
 * What to say about an unknown key: the known key nearest to it (fewest edits, a transposition
 * counting as one, a sibling winning a tie), or when none is close, the keys its section knows.
 */
final class NearestKey {

  private final Map<String, SortedSet<String>> sections;
  private final Set<String> values;

  NearestKey(Map<String, SortedSet<String>> sections, Set<String> values) {
    this.sections = sections;
    this.values = values;
  }

  /**
   * The hint for {@code key}, whose first unknown segment ends {@code first}: {@code did you mean
   * nwtn.load.users?} or {@code known keys under nwtn.load: arrival-rate, model, ...}.
   */
  String hint(KnownKeys.Key first, KnownKeys.Key key) {
    String parentShape = parent(key.shape());
    Comparator<String> nearest =
        Comparator.<String>comparingInt(c -> distance(key.shown(), shown(c, key)))
            .thenComparing(c -> !parent(c).equals(parentShape))
            .thenComparing(c -> c);
    String best = values.stream().min(nearest).map(c -> shown(c, key)).orElse("");
    String segment = first.shape().substring(first.shape().lastIndexOf('.') + 1);
    int close = Math.max(1, Math.min(3, segment.length() / 3));
    if (!best.isEmpty() && distance(key.shown(), best) <= close) {
      return "did you mean " + best + "?";
    }
    String section = parent(first.shown());
    SortedSet<String> names = sections.get(parent(first.shape()));
    if (names == null) {
      return section + " holds one value, not keys";
    }
    if (names.contains(KnownKeys.ELEMENT)) {
      return section + " is a list, whose elements are numbered from 0";
    }
    return "known keys under " + section + ": " + String.join(", ", names);
  }

  /** A known key's shape written with the element numbers {@code key} uses (else 0). */
  private static String shown(String shape, KnownKeys.Key key) {
    if (!shape.contains(KnownKeys.ELEMENT)) {
      return shape;
    }
    String[] segments = shape.split("\\.");
    String[] keyShape = key.shape().split("\\.");
    String[] keyShown = key.shown().split("\\.");
    for (int i = 0; i < segments.length; i++) {
      if (segments[i].equals(KnownKeys.ELEMENT)) {
        boolean same = i < keyShape.length && keyShape[i].equals(KnownKeys.ELEMENT);
        segments[i] = same ? keyShown[i] : "0";
      }
    }
    return String.join(".", segments);
  }

  private static String parent(String path) {
    int dot = path.lastIndexOf('.');
    return dot < 0 ? "" : path.substring(0, dot);
  }

  /** Edits from {@code a} to {@code b}: insertions, deletions, substitutions, transpositions. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
