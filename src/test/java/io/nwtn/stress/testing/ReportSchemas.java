package io.nwtn.stress.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.nwtn.stress.files.ReportFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The published contract of the report files: each one's JSON Schema in {@code docs/schemas/}
 * (draft 2020-12), picked by the report's file name, and snake_case field names at every level
 * ({@link ReportFieldNames}). Formats such as {@code date-time} are asserted, not just noted.
 */
public final class ReportSchemas {

  /** Where the schemas are published, relative to the project (the tests' working directory). */
  public static final Path DIR = Path.of("docs", "schemas");

  /** The merged run's extra report, named as {@code merge.MergeDocument} names it. */
  public static final String MERGE = "distributed_merge.json";

  /** Every report file that has a schema. */
  public static final List<String> REPORTS =
      List.of(
          ReportFiles.RESULTS,
          ReportFiles.TIMELINE,
          ReportFiles.ERRORS,
          ReportFiles.VALIDATION,
          MERGE,
          ReportFiles.CAPACITY);

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String BASE = DIR.toAbsolutePath().toUri().toString();
  // no remote fetch: the schemas and their references to each other come from docs/schemas only
  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12,
          registry ->
              registry.schemaLoader(
                  loader -> loader.resourceLoaders(r -> r.resources(ReportSchemas::published))));
  private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

  private ReportSchemas() {}

  /** The schema file of a report file, e.g. {@code error_breakdown.schema.json}. */
  public static Path schemaFile(String reportFileName) {
    if (!REPORTS.contains(reportFileName)) {
      throw new IllegalArgumentException(reportFileName + " is not a report with a schema");
    }
    return DIR.resolve(reportFileName.replaceFirst("\\.json$", ".schema.json"));
  }

  /** The text of a published schema by its IRI, or {@code null} for any other IRI. */
  private static String published(String iri) {
    if (!iri.startsWith(BASE)) {
      return null;
    }
    try {
      return Files.readString(DIR.resolve(iri.substring(BASE.length())));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * What the schema of {@code reportFileName} finds wrong with {@code report}; empty when valid.
   */
  public static List<Error> errors(JsonNode report, String reportFileName) {
    Schema schema =
        SCHEMAS.computeIfAbsent(
            reportFileName,
            name ->
                // by its file's IRI, so that the schemas' references to each other resolve
                REGISTRY.getSchema(
                    SchemaLocation.of(schemaFile(name).toAbsolutePath().toUri().toString())));
    return schema.validate(
        report, context -> context.executionConfig(c -> c.formatAssertionsEnabled(true)));
  }

  /** Fails, naming every violation, unless {@code reportFile} is valid against its schema. */
  public static void assertValid(Path reportFile) {
    String name = reportFile.getFileName().toString();
    List<Error> errors = errors(read(reportFile), name);
    assertTrue(
        errors.isEmpty(),
        reportFile
            + " breaks "
            + schemaFile(name)
            + ":\n"
            + errors.stream().map(Error::toString).collect(Collectors.joining("\n")));
  }

  /**
   * Checks every report file of a report folder against its schema and for snake_case field names;
   * returns the files checked, of which there must be at least {@code expected}.
   */
  public static List<Path> assertValidFolder(Path dir, int expected) {
    List<Path> checked = new ArrayList<>();
    for (String name : REPORTS) {
      Path file = dir.resolve(name);
      if (Files.isRegularFile(file)) {
        assertValid(file);
        ReportFieldNames.assertSnakeCase(read(file), file.toString());
        checked.add(file);
      }
    }
    assertFalse(checked.isEmpty(), "no report file in " + dir);
    assertEquals(expected, checked.size(), "report files in " + dir + ": " + checked);
    return checked;
  }

  /** A report file as JSON. */
  public static JsonNode read(Path file) {
    try {
      return JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
