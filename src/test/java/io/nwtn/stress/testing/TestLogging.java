package io.nwtn.stress.testing;

import ch.qos.logback.classic.ClassicConstants;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * The logging of every JVM with the test classpath: the Gatling JVM of {@code mvn gatling:test},
 * the tests, the benchmarks. Warnings and errors only, on the console, one line each; Gatling's and
 * Netty's own loggers at WARN too. Logback finds it as a service ({@code
 * META-INF/services/ch.qos.logback.classic.spi.Configurator}) before it looks for an XML file, and
 * it replaces what was {@code logback-test.xml}: parsing that XML took about 0.3 s of each Gatling
 * JVM's start.
 *
 * <p>Logback's own ways of choosing a configuration still win: with {@code
 * -Dlogback.configurationFile=...}, or with a {@code logback-test.xml} on the classpath, this
 * configures nothing and logback reads that file as usual.
 */
public final class TestLogging extends ContextAwareBase implements Configurator {

  /** The console line: time, level, logger (abbreviated to 20 characters), message. */
  public static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level %logger{20} - %msg%n";

  @Override
  public ExecutionStatus configure(LoggerContext context) {
    if (System.getProperty(ClassicConstants.CONFIG_FILE_PROPERTY) != null
        || TestLogging.class.getClassLoader().getResource("logback-test.xml") != null) {
      return ExecutionStatus.INVOKE_NEXT_IF_ANY;
    }
    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setContext(context);
    encoder.setPattern(PATTERN);
    encoder.start();
    ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
    console.setContext(context);
    console.setName("CONSOLE");
    console.setEncoder(encoder);
    console.setImmediateFlush(false);
    console.start();
    context.getLogger("io.gatling").setLevel(Level.WARN);
    context.getLogger("io.netty").setLevel(Level.WARN);
    Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    root.setLevel(Level.WARN);
    root.addAppender(console);
    return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
  }
}
