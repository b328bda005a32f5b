package simulations.support;

import static io.gatling.javaapi.core.CoreDsl.csv;

import io.nwtn.stress.config.SettingsException;
import io.nwtn.stress.contract.QueryClass;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The queries of one class: {@code <dir>/<class>.csv} and any {@code <dir>/<class>-*.csv} a user
 * adds, each a CSV with a header {@code query} and one query per row.
 */
public final class QueryCorpus {

  /** The column that holds the prompt. */
  public static final String COLUMN = "query";

  private QueryCorpus() {}

  /** Every query of the class, in file order; fails with one line when there is none. */
  public static List<Map<String, Object>> load(Path dir, QueryClass queryClass) {
    List<Map<String, Object>> records = new ArrayList<>();
    for (Path file : files(dir, queryClass)) {
      List<Map<String, Object>> rows = csv(file.toAbsolutePath().toString()).readRecords();
      if (!rows.isEmpty() && !rows.get(0).containsKey(COLUMN)) {
        throw new SettingsException(
            file.toString(), "no column '" + COLUMN + "'", "a CSV whose header is " + COLUMN);
      }
      rows.stream().filter(r -> !String.valueOf(r.get(COLUMN)).isBlank()).forEach(records::add);
    }
    if (records.isEmpty()) {
      throw new SettingsException(
          dir.resolve(queryClass.wireName() + ".csv").toString(),
          "no " + queryClass.wireName() + " queries",
          "a CSV with the header " + COLUMN + " and one query per row");
    }
    return List.copyOf(records);
  }

  private static List<Path> files(Path dir, QueryClass queryClass) {
    String name = queryClass.wireName();
    try (Stream<Path> all = Files.list(dir)) {
      return all.filter(
              p -> {
                String f = p.getFileName().toString();
                return f.equals(name + ".csv") || (f.startsWith(name + "-") && f.endsWith(".csv"));
              })
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new SettingsException(
          "nwtn.load.queries-dir", "cannot read " + dir.toAbsolutePath(), "a folder of corpora");
    }
  }
}
