package simulations.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nwtn.stress.contract.QueryClass;
import io.nwtn.stress.settings.SettingsException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class QueryCorpusTest {

  static final Path SHIPPED = Path.of("user-files", "queries");

  @TempDir Path dir;

  private static Set<Object> queries(List<Map<String, Object>> records) {
    return records.stream().map(r -> r.get(QueryCorpus.COLUMN)).collect(Collectors.toSet());
  }

  @ParameterizedTest
  @EnumSource(QueryClass.class)
  void shippedCorpusHasAtLeast25DistinctQueries(QueryClass queryClass) {
    List<Map<String, Object>> records = QueryCorpus.load(SHIPPED, queryClass);
    assertTrue(queries(records).size() >= 25, queryClass + ": " + queries(records).size());
    assertEquals(records.size(), queries(records).size(), "no duplicates");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "SIMPLE|What is machine learning?",
        "SIMPLE|Explain the difference between AI and ML",
        "MEDIUM|Create a comprehensive analysis of renewable energy trends",
        "MEDIUM|Design a microservices architecture for e-commerce",
        "COMPLEX|Research quantum computing + AI intersection with enterprise roadmap",
        "COMPLEX|Optimize distributed system for 1M concurrent requests"
      })
  void shippedCorpusHoldsTheOriginalExamples(QueryClass queryClass, String query) {
    assertTrue(queries(QueryCorpus.load(SHIPPED, queryClass)).contains(query));
  }

  @Test
  void extraFilesOfAClassAreAddedAndOtherClassesIgnored() throws IOException {
    Files.writeString(dir.resolve("medium.csv"), "query\nA\n");
    Files.writeString(dir.resolve("medium-finance.csv"), "query\n\"B, with a comma\"\n");
    Files.writeString(dir.resolve("simple.csv"), "query\nC\n");
    assertEquals(Set.of("A", "B, with a comma"), queries(QueryCorpus.load(dir, QueryClass.MEDIUM)));
  }

  @Test
  void missingColumnOrEmptyCorpusFailsWithOneLine() throws IOException {
    Files.writeString(dir.resolve("simple.csv"), "prompt\nA\n");
    SettingsException noColumn =
        assertThrows(SettingsException.class, () -> QueryCorpus.load(dir, QueryClass.SIMPLE));
    assertTrue(noColumn.getMessage().contains("simple.csv"), noColumn.getMessage());
    SettingsException none =
        assertThrows(SettingsException.class, () -> QueryCorpus.load(dir, QueryClass.COMPLEX));
    assertTrue(none.getMessage().contains("no complex queries"), none.getMessage());
  }
}
