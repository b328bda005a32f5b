package io.nwtn.stress.capacity;

import io.nwtn.stress.exit.ExitStatus;
import io.nwtn.stress.settings.CapacitySettings;
import io.nwtn.stress.settings.Limits;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The answer of a capacity search: every level it ran, the highest load at which Phase 1 still
 * passed, and how that compares with the required concurrency.
 *
 * @param runName the Gatling run folder's name, also the report folder's
 * @param targetUrl the orchestrator, without credentials
 * @param requiredUsers the concurrency Phase 1 requires ({@code nwtn.requirements.concurrency})
 * @param levels the levels in the order they ran
 * @param completed whether the search reached its answer rather than being stopped
 */
public record CapacityReport(
    String runName,
    String targetUrl,
    int requiredUsers,
    CapacitySettings settings,
    Limits limits,
    List<LevelResult> levels,
    boolean completed) {

  public CapacityReport {
    levels = List.copyOf(levels);
  }

  /** The most users of a level that passed, 0 when none did. */
  public int maxPassingUsers() {
    return levels.stream().filter(LevelResult::passed).mapToInt(LevelResult::users).max().orElse(0);
  }

  /** The failing level with the fewest users: the knee's upper side. */
  public Optional<LevelResult> firstFailing() {
    return levels.stream()
        .filter(l -> !l.passed())
        .min(Comparator.comparingInt(LevelResult::users));
  }

  /** Whether the target passed Phase 1 at the required concurrency or more. */
  public boolean meetsRequirement() {
    return maxPassingUsers() >= requiredUsers;
  }

  /** The highest passing load against the required one: above 1 is headroom, below a shortfall. */
  public double headroomRatio() {
    return requiredUsers == 0 ? 0 : (double) maxPassingUsers() / requiredUsers;
  }

  /** Whether every level passed up to the maximum, so the capacity may lie higher still. */
  public boolean cappedAtMaximum() {
    return firstFailing().isEmpty() && maxPassingUsers() >= settings.maxUsers();
  }

  /** 0 when the capacity meets the requirement, 1 when not, 3 when the search did not end. */
  public int exitCode() {
    if (!completed || levels.isEmpty()) {
      return ExitStatus.ERROR;
    }
    return meetsRequirement() ? ExitStatus.OK : ExitStatus.FAILED;
  }
}
