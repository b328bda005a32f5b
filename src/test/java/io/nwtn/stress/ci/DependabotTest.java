package io.nwtn.stress.ci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Dependabot watches the Maven build and the workflow's actions, and keeps Gatling in one PR. */
class DependabotTest {

  static final Path CONFIG = Path.of(".github/dependabot.yml");

  static JsonNode updates;

  @BeforeAll
  static void parse() throws IOException {
    JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(CONFIG.toFile());
    assertEquals(2, root.path("version").asInt());
    updates = root.path("updates");
  }

  @ParameterizedTest
  @ValueSource(strings = {"maven", "github-actions"})
  void eachEcosystemIsCheckedWeeklyWithFewOpenPullRequests(String ecosystem) {
    JsonNode update = update(ecosystem);
    assertEquals("/", update.path("directory").asText());
    assertEquals("weekly", update.path("schedule").path("interval").asText());
    int limit = update.path("open-pull-requests-limit").asInt();
    assertTrue(limit >= 1 && limit <= 5, "open-pull-requests-limit " + limit);
  }

  @ParameterizedTest
  @ValueSource(strings = {"io.gatling", "io.netty"})
  void everyArtifactOfTheLoadGeneratorIsInTheGatlingGroup(String groupPrefix) throws IOException {
    List<String> patterns = new ArrayList<>();
    update("maven")
        .path("groups")
        .path("gatling")
        .path("patterns")
        .forEach(p -> patterns.add(p.asText()));
    List<String> artifacts = pomArtifacts(groupPrefix);
    assertFalse(artifacts.isEmpty(), "the pom uses " + groupPrefix);
    for (String artifact : artifacts) {
      assertTrue(
          patterns.stream().anyMatch(p -> glob(p).matcher(artifact).matches()),
          artifact + " is in no pattern of " + patterns);
    }
  }

  /** {@code groupId:artifactId} of every dependency and plugin of the pom in that group. */
  static List<String> pomArtifacts(String groupPrefix) throws IOException {
    Matcher m =
        Pattern.compile(
                "<groupId>("
                    + Pattern.quote(groupPrefix)
                    + "[^<]*)</groupId>\\s*"
                    + "<artifactId>([^<]+)</artifactId>")
            .matcher(Files.readString(Path.of("pom.xml")));
    List<String> out = new ArrayList<>();
    while (m.find()) {
      out.add(m.group(1) + ":" + m.group(2));
    }
    return out;
  }

  /** Dependabot's patterns: {@code *} matches any run of characters. */
  static Pattern glob(String pattern) {
    return Pattern.compile(Pattern.quote(pattern).replace("*", "\\E.*\\Q"));
  }

  static JsonNode update(String ecosystem) {
    for (JsonNode u : updates) {
      if (ecosystem.equals(u.path("package-ecosystem").asText())) {
        return u;
      }
    }
    throw new AssertionError("no update entry for " + ecosystem);
  }
}
