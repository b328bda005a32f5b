package io.nwtn.stress.launch;

import io.nwtn.stress.contract.QueryClass;
import io.nwtn.stress.exit.ExitStatus;
import io.nwtn.stress.settings.LoadSettings;
import io.nwtn.stress.settings.SuiteSettings;
import io.nwtn.stress.settings.TargetSettings;
import io.nwtn.stress.target.TargetUnavailableException;
import java.time.Duration;
import java.util.Arrays;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** What a person sees of a run before it starts, and the one-line stop on a wrong setting. */
public final class RunConsole {

  private RunConsole() {}

  /** One line with the profile, users, phases and target (never the token). */
  public static String summary(SuiteSettings settings) {
    LoadSettings l = settings.workload();
    String mix =
        Arrays.stream(QueryClass.values())
            .map(qc -> String.valueOf(l.weights().get(qc)))
            .collect(Collectors.joining("/"));
    String model =
        switch (l.model()) {
          case CLOSED -> l.users() + " users";
          case OPEN ->
              String.format("open model, %.1f arrivals/s (%d users)", l.arrivalRate(), l.users());
        };
    return String.format(
        "NWTN stress: profile %s, %s, ramp-up %s, steady %s, ramp-down %s, think %s-%s,"
            + " mix %s simple/medium/complex, target %s%s",
        l.profile(),
        model,
        human(l.rampUp()),
        human(l.steady()),
        human(l.rampDown()),
        human(l.thinkTimeMin()),
        human(l.thinkTimeMax()),
        mix,
        settings.target().url(),
        settings.target().token().isPresent() ? " (with bearer token)" : "");
  }

  /** A remote target gets its URL and peak load in a box a person cannot miss. */
  public static String remoteWarning(SuiteSettings settings) {
    TargetSettings t = settings.target();
    if (t.loopback()) {
      return "";
    }
    String line =
        "!! Load against a REMOTE target: "
            + t.url()
            + " - peak "
            + settings.workload().users()
            + " concurrent users !!";
    String bar = "!".repeat(line.length());
    return bar + "\n" + line + "\n" + bar;
  }

  /**
   * Stops the run before any load with one line on standard error. Gatling would otherwise print
   * the exception with a page of stack trace; the exit code tells the build it failed.
   */
  public static RuntimeException stop(String line, int exitCode) {
    System.out.flush();
    System.err.println("NWTN stress: " + line);
    System.err.flush();
    System.exit(exitCode);
    return new IllegalStateException(line); // not reached
  }

  /**
   * Runs a setup step, turning a wrong setting or an unavailable target into the one-line stop
   * (exit 2 for a setting, 3 for a target, as in {@link ExitStatus}).
   */
  public static <T> T orStop(Supplier<T> step) {
    try {
      return step.get();
    } catch (TargetUnavailableException e) {
      throw stop(e.getMessage(), ExitStatus.ERROR);
    } catch (IllegalArgumentException e) {
      throw stop(e.getMessage(), ExitStatus.BAD_INPUT);
    }
  }

  public static String human(Duration d) {
    long ms = d.toMillis();
    return ms % 1000 == 0 ? ms / 1000 + "s" : ms + "ms";
  }
}
