package io.nwtn.stress.analysis;

import io.nwtn.stress.contract.InjectedRequest;
import io.nwtn.stress.logfile.LogHeader;
import io.nwtn.stress.logfile.LogRecord;
import io.nwtn.stress.logfile.LogVisitor;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The one reader of a run's {@code simulation.log} records: injected requests go to an {@link
 * InjectionTally} and nowhere else, so they never count in the Phase 1 figures; Phase 1 requests go
 * to the {@link LogAnalysis}, the {@link RecoveryTimeline} and an optional listener; users, groups
 * and errors go to the analysis.
 */
public final class RunLog implements LogVisitor {

  private final LogAnalysis phaseOne;
  private final boolean ownUsers;
  private final InjectionTally injection = new InjectionTally();
  private final RecoveryTimeline timeline = new RecoveryTimeline();
  private Consumer<LogRecord.Request> listener = r -> {};

  private RunLog(LogAnalysis phaseOne, boolean ownUsers) {
    this.phaseOne = phaseOne;
    this.ownUsers = ownUsers;
  }

  /** The records of one log, header and users included. */
  public static RunLog of(LogAnalysis phaseOne) {
    return new RunLog(phaseOne, true);
  }

  /**
   * The records of several logs read one after another into one analysis whose header and user
   * records the caller gives it (a merge replays the users of every log in time order first).
   */
  public static RunLog ofParts(LogAnalysis phaseOne) {
    return new RunLog(phaseOne, false);
  }

  /** Also hands every Phase 1 request to {@code listener}, e.g. the figures of one log's part. */
  public void onPhaseOneRequest(Consumer<LogRecord.Request> listener) {
    this.listener = listener;
  }

  @Override
  public void header(LogHeader header) {
    if (ownUsers) {
      phaseOne.header(header);
    }
  }

  @Override
  public void request(LogRecord.Request request) {
    Optional<InjectedRequest> injected = InjectedRequest.ofRequestName(request.name());
    if (injected.isPresent()) {
      injection.add(injected.get(), request);
      return;
    }
    phaseOne.request(request);
    timeline.add(request);
    listener.accept(request);
  }

  @Override
  public void user(LogRecord.User user) {
    if (ownUsers) {
      phaseOne.user(user);
    }
  }

  @Override
  public void group(LogRecord.Group group) {
    phaseOne.group(group);
  }

  @Override
  public void error(LogRecord.Error error) {
    phaseOne.error(error);
  }

  /** The Phase 1 figures. */
  public LogAnalysis analysis() {
    return phaseOne;
  }

  public InjectionTally injection() {
    return injection;
  }

  public RecoveryTimeline timeline() {
    return timeline;
  }
}
