package io.nwtn.stress.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nwtn.stress.contract.QueryClass;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SuiteSettingsTest {

  @TempDir Path userProfiles;

  private SuiteSettings load(String... keyValues) {
    return load(Map.of(), keyValues);
  }

  private SuiteSettings load(Map<String, String> env, String... keyValues) {
    Properties props = new Properties();
    for (int i = 0; i < keyValues.length; i += 2) {
      props.setProperty(keyValues[i], keyValues[i + 1]);
    }
    return SuiteSettings.load(props, env, userProfiles);
  }

  @Test
  void defaultsAreTheStandardProfileAndPhase1Requirements() {
    SuiteSettings s = load();
    assertEquals("standard", s.workload().profile());
    assertEquals(1000, s.workload().users());
    assertEquals(URI.create("http://127.0.0.1:8000"), s.target().url());
    assertEquals(EmbeddedMode.AUTO, s.target().embedded());
    assertEquals(InjectionModel.CLOSED, s.workload().model());
    assertEquals(Duration.ofSeconds(2), s.workload().thinkTimeMin());
    assertEquals(Duration.ofSeconds(10), s.workload().thinkTimeMax());
    assertEquals(
        Map.of(QueryClass.SIMPLE, 40, QueryClass.MEDIUM, 40, QueryClass.COMPLEX, 20),
        s.workload().weights());
    assertEquals(Duration.ofMillis(2000), s.requirements().p95Latency());
    assertEquals(Duration.ofMillis(1000), s.requirements().meanLatency());
    assertEquals(0.95, s.requirements().successRate());
    assertEquals(1000, s.requirements().concurrency());
  }

  @Test
  void classTargetTimesDefaultToTheContract() {
    SuiteSettings s = load();
    for (QueryClass qc : QueryClass.values()) {
      assertEquals(qc.targetTime(), s.requirements().targetTimes().get(qc), qc.wireName());
    }
  }

  @ParameterizedTest
  @CsvSource({
    "quick,    100,  30,  60, 30",
    "standard, 1000, 60, 300, 60",
    "extended, 2000, 60, 600, 60",
    "smoke,    10,    5,  10,  5"
  })
  void eachProfileSetsUsersAndPhases(String profile, int users, int up, int steady, int down) {
    SuiteSettings s = load("profile", profile);
    LoadSettings l = s.workload();
    assertEquals(profile, l.profile());
    assertEquals(users, l.users());
    assertEquals(Duration.ofSeconds(up), l.rampUp());
    assertEquals(Duration.ofSeconds(steady), l.steady());
    assertEquals(Duration.ofSeconds(down), l.rampDown());
    assertEquals(users, s.requirements().concurrency(), "concurrency follows the profile");
  }

  @ParameterizedTest
  @CsvSource({
    "url,          http://127.0.0.1:8002/, target.url,             http://127.0.0.1:8002",
    "users,        500,                    load.users,             500",
    "duration,     180,                    load.steady,            PT3M",
    "latency,      1500,                   requirements.p95-latency, PT1.5S",
    "success-rate, 0.97,                   requirements.success-rate, 0.97",
    "profile,      quick,                  load.profile,           quick",
    "nwtn.load.ramp-up,   10s,  load.ramp-up,   PT10S",
    "nwtn.load.ramp-down, 10s,  load.ramp-down, PT10S",
    "nwtn.load.think-time.min, 500ms, load.think-time.min, PT0.5S",
    "nwtn.load.think-time.max, 2s,    load.think-time.max, PT2S",
    "nwtn.target.embedded, never,   target.embedded, NEVER",
    "nwtn.target.embedded, always,  target.embedded, ALWAYS",
    "nwtn.requirements.p95-latency, 1500ms, requirements.p95-latency, PT1.5S",
    "nwtn.load.model, open, load.model, OPEN",
    "nwtn.requirements.concurrency, 800, requirements.concurrency, 800"
  })
  void eachFlagAndKeyTakesEffect(String flag, String value, String field, String expected) {
    assertEquals(expected, field(load(flag, value), field));
  }

  @Test
  void usersFlagAlsoSetsTheRequiredConcurrency() {
    SuiteSettings s = load("users", "500", "profile", "quick");
    assertEquals(500, s.workload().users());
    assertEquals(500, s.requirements().concurrency());
  }

  @Test
  void fullKeyWinsOverFlagAndFlagOverProfile() {
    assertEquals(7, load("profile", "smoke", "users", "7").workload().users());
    assertEquals(9, load("users", "7", "nwtn.load.users", "9").workload().users());
  }

  @Test
  void openModelDerivesItsArrivalRateFromUsersAndThinkTime() {
    SuiteSettings s = load("nwtn.load.model", "open", "users", "600");
    assertEquals(100.0, s.workload().arrivalRate(), 1e-9, "600 users / 6 s mean think time");
    assertEquals(25.0, load("nwtn.load.arrival-rate", "25").workload().arrivalRate());
  }

  @Test
  void userProfileFileIsFound() throws IOException {
    Files.writeString(
        userProfiles.resolve("tiny.conf"),
        "nwtn.load { users = 3, ramp-up = 1s, steady = 2s, ramp-down = 1s }");
    SuiteSettings s = load("profile", "tiny");
    assertEquals("tiny", s.workload().profile());
    assertEquals(3, s.workload().users());
    assertEquals(Duration.ofSeconds(2), s.workload().steady());
  }

  @Test
  void tokenComesFromTheEnvironmentAndIsNeverPrinted() {
    SuiteSettings s = load(Map.of("NWTN_API_TOKEN", "s3cr3t-token"));
    assertEquals(Optional.of("s3cr3t-token"), s.target().token());
    assertFalse(s.toString().contains("s3cr3t"), s.toString());
    assertFalse(s.target().toString().contains("s3cr3t"));
    assertTrue(load().target().token().isEmpty());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "users|-5|-Dusers|at least 1",
        "users|many|-Dusers|whole number",
        "nwtn.load.users|0|nwtn.load.users|at least 1",
        "success-rate|1.2|-Dsuccess-rate|from 0.0 to 1.0",
        "nwtn.requirements.success-rate|-0.1|nwtn.requirements.success-rate|from 0.0 to 1.0",
        "nwtn.load.think-time.min|11s|nwtn.load.think-time.min|think-time.min <= think-time.max",
        "url|not a url|-Durl|http or https URL",
        "url|ftp://host/x|-Durl|http or https URL",
        "url|http://|-Durl|http or https URL",
        "profile|huge|profile|quick",
        "profile|../etc|profile|smoke",
        "duration|soon|-Dduration|duration",
        "duration|0|-Dduration|duration",
        "latency|-1|-Dlatency|duration",
        "nwtn.load.ramp-up|10 parsecs|nwtn.load.ramp-up|duration",
        "nwtn.load.ramp-down|-3s|nwtn.load.ramp-down|duration",
        "nwtn.target.embedded|sometimes|nwtn.target.embedded|auto|always|never",
        "nwtn.load.model|bursty|nwtn.load.model|closed|open",
        "nwtn.load.weights.simple|50|nwtn.load.weights|adding up to 100",
        "nwtn.target.request-timeout|0s|nwtn.target.request-timeout|duration"
      })
  void badValueFailsWithOneLineNamingKeyAndAllowedValues(
      String key, String value, String named, String allowed) {
    SettingsException e = assertThrows(SettingsException.class, () -> load(key, value));
    String line = e.getMessage();
    assertTrue(line.startsWith(named + ": "), line);
    assertTrue(line.contains("allowed: ") && line.contains(allowed), line);
    assertFalse(line.contains("\n"), line);
  }

  @Test
  void aMisspeltKeyFailsWithOneLineNamingTheNearestKey() {
    SettingsException e = assertThrows(SettingsException.class, () -> load("nwtn.load.user", "5"));
    assertEquals(
        "-Dnwtn.load.user: unknown setting; did you mean nwtn.load.users?", e.getMessage());
  }

  @Test
  void embeddedAlwaysNeedsALoopbackUrl() {
    SettingsException e =
        assertThrows(
            SettingsException.class,
            () -> load("url", "https://prsm.example.com", "nwtn.target.embedded", "always"));
    assertEquals("nwtn.target.embedded", e.key());
  }

  @ParameterizedTest
  @CsvSource({
    "http://127.0.0.1:8002, true, 8002",
    "http://localhost, true, 80",
    "http://[::1]:9000, true, 9000",
    "https://prsm-api.example.com, false, 443",
    "http://10.0.0.5:8000, false, 8000"
  })
  void loopbackAndPortFollowTheUrl(String url, boolean loopback, int port) {
    TargetSettings t = load("url", url).target();
    assertEquals(loopback, t.loopback());
    assertEquals(port, t.port());
  }

  private static String field(SuiteSettings s, String field) {
    return switch (field) {
      case "target.url" -> s.target().url().toString();
      case "target.embedded" -> s.target().embedded().name();
      case "load.users" -> String.valueOf(s.workload().users());
      case "load.steady" -> s.workload().steady().toString();
      case "load.profile" -> s.workload().profile();
      case "load.ramp-up" -> s.workload().rampUp().toString();
      case "load.ramp-down" -> s.workload().rampDown().toString();
      case "load.think-time.min" -> s.workload().thinkTimeMin().toString();
      case "load.think-time.max" -> s.workload().thinkTimeMax().toString();
      case "load.model" -> s.workload().model().name();
      case "requirements.p95-latency" -> s.requirements().p95Latency().toString();
      case "requirements.success-rate" -> String.valueOf(s.requirements().successRate());
      case "requirements.concurrency" -> String.valueOf(s.requirements().concurrency());
      default -> throw new IllegalArgumentException(field);
    };
  }
}
