package io.nwtn.stress.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.nwtn.stress.contract.ResponseContract;
import io.nwtn.stress.launch.ValidationRun;
import io.nwtn.stress.recording.SessionSample;
import io.nwtn.stress.settings.TargetKind;
import io.nwtn.stress.settings.ValidationSettings;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidationRequestTest {

  @Test
  void bodyCarriesPromptUserAllocationAndExpectedAgents() throws Exception {
    JsonNode body =
        ResponseContract.mapper()
            .readTree(ValidationRequest.body(Fixtures.COMPLEX, 2, "nwtn_validator"));
    assertEquals("Research quantum computing + AI", body.get("prompt").asText());
    assertEquals("nwtn_validator_2", body.get("user_id").asText());
    assertEquals(200, body.get("context_allocation").asInt());
    assertEquals("complex", body.get("preferences").get("complexity").asText());
    assertEquals(
        "[\"architect\",\"prompter\",\"router\",\"executor\",\"compiler\"]",
        body.get("preferences").get("expected_agents").toString());
  }

  @Test
  void answersBecomeSamplesOfTheirKind() throws Exception {
    byte[] valid = ResponseContract.mapper().writeValueAsBytes(Fixtures.healthy(Fixtures.SIMPLE));
    SessionSample ok = ValidationRequest.sample(Fixtures.SIMPLE, 1, 2, 200, valid);
    assertNotNull(ok.response());
    SessionSample refused =
        ValidationRequest.sample(
            Fixtures.SIMPLE,
            1,
            2,
            422,
            "{\"error\":\"safety_violation\",\"detail\":\"refused\"}"
                .getBytes(StandardCharsets.UTF_8));
    assertEquals("safety_violation", refused.errorCode());
    SessionSample broken =
        ValidationRequest.sample(
            Fixtures.SIMPLE, 1, 2, 200, "not json".getBytes(StandardCharsets.UTF_8));
    assertEquals("not_json", broken.violatedRule());
    assertNull(broken.response());
    assertEquals(0, ValidationRequest.sample(Fixtures.SIMPLE, 1, 2, 0, new byte[0]).httpStatus());
  }

  @Test
  void nothingRunIsAnErrorExitWithOneLine(@TempDir Path dir) {
    var err = new ByteArrayOutputStream();
    int exit =
        ValidationRun.finish(
            settings(dir),
            new ValidationRun.RunTarget("http://127.0.0.1:1", TargetKind.EXTERNAL),
            Instant.EPOCH,
            List.of(),
            System.out,
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(3, exit);
    String line = err.toString(StandardCharsets.UTF_8);
    assertTrue(line.startsWith("nwtn-test: no scenario ran against http://127.0.0.1:1;"), line);
    assertEquals(1, line.lines().count());
  }

  @Test
  void anUnwritableReportIsAnErrorExitNamingTheSetting(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("file"), "not a folder");
    var err = new ByteArrayOutputStream();
    int exit =
        ValidationRun.finish(
            settings(file),
            new ValidationRun.RunTarget("http://127.0.0.1:1", TargetKind.EXTERNAL),
            Instant.EPOCH,
            List.of(Fixtures.run(Fixtures.SIMPLE, Fixtures.healthy(Fixtures.SIMPLE), 100)),
            new PrintStream(new ByteArrayOutputStream()),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(3, exit);
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("nwtn.validation.output-dir"));
  }

  @Test
  void aPassingRunExitsZeroAndAFailingOneExitsOne(@TempDir Path dir) {
    var quiet = new PrintStream(new ByteArrayOutputStream());
    assertEquals(
        0,
        ValidationRun.finish(
            settings(dir),
            new ValidationRun.RunTarget("t", TargetKind.EXTERNAL),
            Instant.EPOCH,
            List.of(Fixtures.run(Fixtures.SIMPLE, Fixtures.healthy(Fixtures.SIMPLE), 100)),
            quiet,
            quiet));
    assertEquals(
        1,
        ValidationRun.finish(
            settings(dir),
            new ValidationRun.RunTarget("t", TargetKind.EXTERNAL),
            Instant.EPOCH,
            List.of(Fixtures.run(Fixtures.SIMPLE, Fixtures.healthy(Fixtures.SIMPLE), 3001)),
            quiet,
            quiet));
  }

  private static ValidationSettings settings(Path dir) {
    return new ValidationSettings(1, 0.7, dir, "nwtn_validator", List.of(Fixtures.SIMPLE));
  }
}
