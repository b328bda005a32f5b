package simulations.support;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.nwtn.stress.contract.QueryClass;
import io.nwtn.stress.settings.SettingsException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The queries of one class: {@code <dir>/<class>.csv} and any {@code <dir>/<class>-*.csv} a user
 * adds, each a CSV with a header {@code query} and one query per row (quoted when it holds a
 * comma).
 */
public final class QueryCorpus {

  /** The column that holds the prompt. */
  public static final String COLUMN = "query";

  private static final CsvMapper CSV = new CsvMapper();

  private QueryCorpus() {}

  /** Every query of the class, in file order, as feeder records; one line when there is none. */
  public static List<Map<String, Object>> load(Path dir, QueryClass queryClass) {
    List<Map<String, Object>> records = new ArrayList<>();
    for (Path file : files(dir, queryClass)) {
      for (String query : read(file)) {
        records.add(Map.of(COLUMN, query));
      }
    }
    if (records.isEmpty()) {
      throw new SettingsException(
          dir.resolve(queryClass.wireName() + ".csv").toString(),
          "no " + queryClass.wireName() + " queries",
          "a CSV with the header " + COLUMN + " and one query per row");
    }
    return List.copyOf(records);
  }

  private static List<String> read(Path file) {
    CsvSchema header = CsvSchema.emptySchema().withHeader();
    List<String> queries = new ArrayList<>();
    try (MappingIterator<Map<String, String>> rows =
        CSV.readerForMapOf(String.class).with(header).readValues(file.toFile())) {
      while (rows.hasNext()) {
        Map<String, String> row = rows.next();
        if (!row.containsKey(COLUMN)) {
          throw new SettingsException(
              file.toString(), "no column '" + COLUMN + "'", "a CSV whose header is " + COLUMN);
        }
        String query = row.get(COLUMN).trim();
        if (!query.isEmpty()) {
          queries.add(query);
        }
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof SettingsException s) {
        throw s;
      }
      throw new SettingsException(
          file.toString(),
          "unreadable CSV (" + e.getMessage().lines().findFirst().orElse("") + ")",
          "a CSV with the header " + COLUMN);
    }
    return queries;
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
