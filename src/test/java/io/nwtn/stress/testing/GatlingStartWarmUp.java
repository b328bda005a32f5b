package io.nwtn.stress.testing;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.core.spi.ContextAwareBase;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.typesafe.config.ConfigFactory;
import io.nwtn.stress.launch.ExitPath;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Readies, on a thread of its own, what the start of a Gatling JVM then waits for on its one main
 * thread: the OpenSSL probe Gatling runs while it reads its configuration (about 0.2 s), and the
 * Jackson and configuration libraries the simulation's constructor loads. Logback finds it as a
 * service ({@code META-INF/services/ch.qos.logback.classic.spi.Configurator}), ranked before {@link
 * TestLogging}, and Gatling's main initialises logging first thing, so the work starts before
 * Gatling parses its arguments. It configures no logging, and does nothing in a JVM that Gatling's
 * main did not launch (the tests, the benchmarks' own JVMs).
 *
 * <p>Everything it touches is a library's class initialisation: the main thread uses the same
 * classes and, if one of them is still being initialised here, waits for it rather than doing the
 * work twice. A failure here is ignored; the main thread meets it again and reports it.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_TOP_PRIORITY)
public final class GatlingStartWarmUp extends ContextAwareBase implements Configurator {

  private static final AtomicBoolean STARTED = new AtomicBoolean();

  @Override
  public ExecutionStatus configure(LoggerContext context) {
    if (ExitPath.isGatlingMainJvm() && STARTED.compareAndSet(false, true)) {
      Thread thread = new Thread(GatlingStartWarmUp::warmUp, "nwtn-start-warm-up");
      thread.setDaemon(true);
      thread.start();
    }
    return ExecutionStatus.INVOKE_NEXT_IF_ANY;
  }

  static void warmUp() {
    if (!"false".equalsIgnoreCase(System.getProperty("gatling.ssl.useOpenSsl"))) {
      quietly(() -> Class.forName("io.netty.handler.ssl.OpenSsl"));
    }
    quietly(() -> ConfigFactory.parseString("warm-up = 1s").getDuration("warm-up"));
    quietly(ObjectMapper::new);
    quietly(CsvMapper::new);
  }

  private interface Step {
    Object run() throws Exception;
  }

  private static void quietly(Step step) {
    try {
      step.run();
    } catch (Exception | LinkageError e) {
      // the main thread meets the same failure and reports it
    }
  }
}
