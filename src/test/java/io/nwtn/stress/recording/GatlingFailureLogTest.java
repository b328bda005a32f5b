package io.nwtn.stress.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The calls Gatling 3.15.1's response processor makes on its logger for a request that got no
 * answer, replayed: the failure's category is kept for the user, and nothing is logged or dumped.
 */
class GatlingFailureLogTest {

  final Logger gatling = LoggerFactory.getLogger(GatlingFailureLog.LOGGER);
  final ListAppender<ILoggingEvent> logged = new ListAppender<>();
  GatlingFailureLog log;

  @BeforeEach
  void install() {
    logged.start();
    // as configured for a run; a Gatling run in this JVM stops Logback, which resets every level
    logback().setLevel(Level.WARN);
    silentLogback().setLevel(Level.WARN);
    logback().addAppender(logged);
    log = GatlingFailureLog.install().orElseThrow();
  }

  @AfterEach
  void uninstall() {
    log.uninstall();
    logback().detachAppender(logged);
    logback().setLevel(null);
    silentLogback().setLevel(null);
  }

  ch.qos.logback.classic.Logger silentLogback() {
    return (ch.qos.logback.classic.Logger) LoggerFactory.getLogger(GatlingFailureLog.SILENT_LOGGER);
  }

  ch.qos.logback.classic.Logger logback() {
    return (ch.qos.logback.classic.Logger) gatling;
  }

  /** What StatsProcessor.logTx does for a KO: the line, then the guarded dump. */
  boolean failedRequest(long userId, String message) {
    boolean dumped = false;
    if (gatling.isDebugEnabled()) {
      gatling.debug(GatlingFailureLog.FAILED, "simple query", userId, message);
    }
    if (gatling.isDebugEnabled()) {
      dumped = true;
      gatling.debug("a dump of the request and session");
    }
    if (gatling.isTraceEnabled()) {
      dumped = true;
    }
    return dumped;
  }

  @Test
  void keepsTheCategoryOfEachTransportFailureForItsUser() {
    assertFalse(
        failedRequest(7, "i.g.h.c.i.RequestTimeoutException: Request timeout after 1000 ms"));
    assertEquals(TransportFailure.TIMEOUT, log.take(7));
    assertNull(log.take(7), "taken once");
    failedRequest(8, "i.n.c.AbstractChannel$AnnotatedConnectException: Connection refused");
    assertNull(log.take(9), "another user's failure is not this one's");
    failedRequest(8, "j.i.IOException: Premature close; connection reset by peer");
    assertEquals(TransportFailure.CONNECTION_RESET, log.take(8));
    failedRequest(8, "i.g.h.c.i.PrematureCloseException: Premature close");
    assertEquals(TransportFailure.CONNECTION_RESET, log.take(8));
    failedRequest(8, "j.n.UnknownHostException: nowhere.invalid");
    assertEquals(TransportFailure.OTHER, log.take(8), "what the report calls it too");
    assertTrue(logged.list.isEmpty(), "nothing logged: " + logged.list);
  }

  /** A request kept out of Gatling's statistics: the same line, on Gatling's other logger. */
  @Test
  void aSilentRequestsFailureIsReadWithGatlingsWholeMessage() {
    Logger silent = LoggerFactory.getLogger(GatlingFailureLog.SILENT_LOGGER);
    assertEquals(
        io.gatling.http.engine.response.NoopStatsProcessor$.MODULE$.logger().underlying().getName(),
        silent.getName(),
        "the logger Gatling 3.15.1 writes a silent request's failure to");
    ((ch.qos.logback.classic.Logger) silent).addAppender(logged);
    try {
      String message = "status.find.is(400), but actually found 500";
      boolean dumped = false;
      if (silent.isDebugEnabled()) {
        silent.debug(GatlingFailureLog.FAILED, "injected malformed json", 9L, message);
      }
      if (silent.isDebugEnabled()) {
        dumped = true;
      }
      assertFalse(dumped);
      assertEquals(null, log.takeMessage(8), "another user's");
      silent.debug(GatlingFailureLog.FAILED, "injected malformed json", 9L, message);
      assertEquals(message, log.takeMessage(9));
      assertEquals(null, log.takeMessage(9), "taken once");
      assertTrue(logged.list.isEmpty(), logged.list.toString());
    } finally {
      ((ch.qos.logback.classic.Logger) silent).detachAppender(logged);
    }
  }

  @Test
  void otherLoggersAndLevelsAreLeftAlone() {
    Logger other = LoggerFactory.getLogger("io.gatling.core.action");
    boolean withFilter = other.isDebugEnabled();
    assertFalse(gatling.isTraceEnabled());
    log.uninstall();
    assertEquals(withFilter, other.isDebugEnabled());
    assertFalse(gatling.isDebugEnabled(), "uninstalled: WARN as configured");
    log = GatlingFailureLog.install().orElseThrow();
  }

  @Test
  void whenTheLoggersDebugOutputIsOnItGoesOnAndIsStillRead() {
    log.uninstall();
    logback().setLevel(Level.DEBUG);
    log = GatlingFailureLog.install().orElseThrow();
    assertTrue(failedRequest(3, "Request timeout to 127.0.0.1 after 60000 ms"), "dumped");
    assertEquals(TransportFailure.TIMEOUT, log.take(3));
    assertEquals(2, logged.list.size(), "the line and the dump, as asked: " + logged.list);
  }

  @Test
  void transportCategoriesAreTheReportsOwn() {
    assertEquals(
        TransportFailure.CONNECTION_REFUSED,
        TransportFailure.category("Connection refused: /127.0.0.1:8000"));
    assertEquals(TransportFailure.TIMEOUT, TransportFailure.category("Read timed out"));
    assertNull(TransportFailure.category("status.find.is(200), but actually found 503"));
  }
}
