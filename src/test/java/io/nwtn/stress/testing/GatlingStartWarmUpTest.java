package io.nwtn.stress.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.util.ContextInitializer;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The start warm-up of a Gatling JVM leaves the logging to {@link TestLogging}, and tests alone.
 */
class GatlingStartWarmUpTest {

  @Test
  void outsideAGatlingJvmItStartsNothingAndConfiguresNothing() {
    LoggerContext context = new LoggerContext();
    GatlingStartWarmUp warmUp = new GatlingStartWarmUp();
    warmUp.setContext(context);

    assertSame(Configurator.ExecutionStatus.INVOKE_NEXT_IF_ANY, warmUp.configure(context));
    assertEquals(List.of(context.getLogger("ROOT")), context.getLoggerList());
    assertFalse(
        Thread.getAllStackTraces().keySet().stream()
            .anyMatch(t -> t.getName().equals("nwtn-start-warm-up")),
        "a test JVM is not Gatling's main");
  }

  @Test
  void logbackStillConfiguresTheSuitesLoggingAfterIt() throws Exception {
    LoggerContext context = new LoggerContext();
    new ContextInitializer(context).autoConfig(GatlingStartWarmUpTest.class.getClassLoader());

    assertEquals(Level.WARN, context.getLogger("ROOT").getLevel());
    assertEquals(Level.WARN, context.getLogger("io.gatling").getLevel());
    assertEquals(
        TestLogging.PATTERN,
        ((ch.qos.logback.classic.encoder.PatternLayoutEncoder)
                ((ch.qos.logback.core.ConsoleAppender<?>)
                        context.getLogger("ROOT").getAppender("CONSOLE"))
                    .getEncoder())
            .getPattern());
  }
}
