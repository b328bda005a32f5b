package io.nwtn.stress.analysis;

import io.nwtn.stress.contract.InjectedRequest;
import io.nwtn.stress.logfile.LogHeader;
import io.nwtn.stress.logfile.LogRecord;
import io.nwtn.stress.logfile.LogVisitor;
import java.util.Optional;

/**
 * Reads {@code simulation.log} in front of the report's own visitor: injected requests go to an
 * {@link InjectionTally} and nowhere else, so they never count in the Phase 1 figures; every other
 * record goes on to the report and the Phase 1 requests also to a {@link RecoveryTimeline}.
 */
public final class FaultVisitor implements LogVisitor {

  private final LogVisitor phaseOne;
  private final InjectionTally injection = new InjectionTally();
  private final RecoveryTimeline timeline = new RecoveryTimeline();

  public FaultVisitor(LogVisitor phaseOne) {
    this.phaseOne = phaseOne;
  }

  @Override
  public void header(LogHeader header) {
    phaseOne.header(header);
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
  }

  @Override
  public void user(LogRecord.User user) {
    phaseOne.user(user);
  }

  @Override
  public void group(LogRecord.Group group) {
    phaseOne.group(group);
  }

  @Override
  public void error(LogRecord.Error error) {
    phaseOne.error(error);
  }

  public InjectionTally injection() {
    return injection;
  }

  public RecoveryTimeline timeline() {
    return timeline;
  }
}
