package io.nwtn.stress.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test that forks a JVM, runs a real Gatling simulation, starts a browser or otherwise takes more
 * than about two seconds. {@code mvn test} runs it; {@code make test-fast} leaves it out ({@code
 * -DexcludedGroups=slow}) for a quick loop while editing.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag(SlowTest.TAG)
public @interface SlowTest {

  /** The JUnit tag, as Surefire's {@code groups} and {@code excludedGroups} name it. */
  String TAG = "slow";
}
