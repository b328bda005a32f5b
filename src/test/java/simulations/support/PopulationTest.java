package simulations.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nwtn.stress.settings.LoadSettings;
import io.nwtn.stress.settings.SuiteSettings;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PopulationTest {

  private static LoadSettings load(String profile) {
    Properties p = new Properties();
    p.setProperty("profile", profile);
    return SuiteSettings.load(p, Map.of(), Path.of("user-files", "profiles")).workload();
  }

  @ParameterizedTest
  @CsvSource({"smoke", "quick", "standard", "extended"})
  void usersLeaveEvenlyOverTheRampDownInArrivalOrder(String profile) {
    LoadSettings l = load(profile);
    long n = l.users();
    long up = l.rampUp().toMillis(), steady = l.steady().toMillis(), down = l.rampDown().toMillis();
    long previousLeave = 0;
    for (long userId = 1; userId <= n; userId++) {
      long arrival = up * (userId - 1) / n;
      long leave = arrival + Population.stay(l, userId).toMillis();
      assertTrue(leave > up + steady && leave <= up + steady + down, "user " + userId);
      assertTrue(leave >= previousLeave, "first come, first gone");
      previousLeave = leave;
    }
    assertEquals(up + steady + down, previousLeave, "the last user leaves at the very end");
    long stillThereAtHalfRampDown =
        java.util.stream.LongStream.rangeClosed(1, n)
            .filter(
                u -> up * (u - 1) / n + Population.stay(l, u).toMillis() > up + steady + down / 2)
            .count();
    assertEquals(n / 2.0, stillThereAtHalfRampDown, 1.0, "half the users are left mid ramp-down");
  }

  @ParameterizedTest
  @CsvSource({"closed, 1", "open, 3"})
  void injectionHasOneStepForClosedAndThreePhasesForOpen(String model, int steps) {
    Properties p = new Properties();
    p.setProperty("profile", "smoke");
    p.setProperty("nwtn.load.model", model);
    LoadSettings l = SuiteSettings.load(p, Map.of(), Path.of("user-files")).workload();
    assertEquals(steps, Population.injection(l).size());
  }
}
