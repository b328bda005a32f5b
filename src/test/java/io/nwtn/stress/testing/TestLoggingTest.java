package io.nwtn.stress.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The test classpath's logging is what its former {@code logback-test.xml} configured. */
class TestLoggingTest {

  /** The former src/test/resources/logback-test.xml, word for word. */
  static final String FORMER_XML =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <configuration>
        <appender name="CONSOLE" class="ch.qos.logback.core.ConsoleAppender">
          <encoder>
            <pattern>%d{HH:mm:ss.SSS} %-5level %logger{20} - %msg%n</pattern>
          </encoder>
          <immediateFlush>false</immediateFlush>
        </appender>
        <logger name="io.gatling" level="WARN"/>
        <logger name="io.netty" level="WARN"/>
        <root level="WARN">
          <appender-ref ref="CONSOLE"/>
        </root>
      </configuration>
      """;

  @Test
  void theSameAppendersPatternAndLevelsAsTheFormerXml() throws Exception {
    LoggerContext xml = new LoggerContext();
    JoranConfigurator joran = new JoranConfigurator();
    joran.setContext(xml);
    joran.doConfigure(new ByteArrayInputStream(FORMER_XML.getBytes(StandardCharsets.UTF_8)));
    LoggerContext programmatic = new LoggerContext();
    TestLogging logging = new TestLogging();
    logging.setContext(programmatic);

    assertSame(
        Configurator.ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY, logging.configure(programmatic));
    assertEquals(describe(xml), describe(programmatic));
  }

  @Test
  void aConfigurationFileNamedOnTheCommandLineStillWins() {
    LoggerContext context = new LoggerContext();
    TestLogging logging = new TestLogging();
    logging.setContext(context);
    System.setProperty("logback.configurationFile", "elsewhere.xml");
    try {
      assertSame(Configurator.ExecutionStatus.INVOKE_NEXT_IF_ANY, logging.configure(context));
    } finally {
      System.clearProperty("logback.configurationFile");
    }
    assertEquals(Map.of("level ROOT", "DEBUG"), describe(context), "left to logback");
  }

  @Test
  void logbackFindsItAsAService() {
    assertTrue(
        ServiceLoader.load(Configurator.class).stream()
            .anyMatch(p -> p.type() == TestLogging.class));
  }

  /** Each logger with a level of its own, and each appender with its settings. */
  private static Map<String, String> describe(LoggerContext context) {
    Map<String, String> d = new TreeMap<>();
    for (Logger logger : context.getLoggerList()) {
      if (logger.getLevel() != null) {
        d.put("level " + logger.getName(), logger.getLevel().toString());
      }
      List<String> appenders = new ArrayList<>();
      Iterator<Appender<ILoggingEvent>> it = logger.iteratorForAppenders();
      while (it.hasNext()) {
        Appender<ILoggingEvent> a = it.next();
        appenders.add(a.getName());
        ConsoleAppender<ILoggingEvent> console = assertInstanceOf(ConsoleAppender.class, a);
        PatternLayoutEncoder encoder =
            assertInstanceOf(PatternLayoutEncoder.class, console.getEncoder());
        d.put(
            "appender " + a.getName(),
            String.join(
                " | ",
                a.getClass().getName(),
                console.getTarget(),
                String.valueOf(console.isImmediateFlush()),
                String.valueOf(console.isStarted()),
                encoder.getPattern(),
                String.valueOf(encoder.getCharset()),
                String.valueOf(encoder.isStarted())));
      }
      if (!appenders.isEmpty()) {
        d.put("appenders of " + logger.getName(), appenders + " additive=" + logger.isAdditive());
      }
    }
    return d;
  }
}
