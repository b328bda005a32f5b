package io.nwtn.stress.target;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One {@code GET} of a probe (the preflight, the health and target-metrics probes), over a blocking
 * {@link HttpURLConnection}: the JVM's proxy settings, no redirect followed, the body read whatever
 * the status. It leaves no thread of its own behind: a JDK {@code HttpClient} keeps a selector
 * thread in native code for as long as it lives (JDK 17 cannot close one), and the JVM waits for
 * such threads when it exits.
 *
 * <p>The timeout is a deadline from the start of the exchange, connection included, for the
 * answer's headers: then the connection is closed by the one daemon thread shared by all probes
 * (parked when there is nothing to watch). With {@code bodyWithinTimeout}, the body is due by the
 * same deadline, checked after each read, and no read may wait longer than the timeout. Either way
 * the exchange fails with {@link HttpTimeoutException}.
 */
public final class ProbeGet {

  /** The answer: its status and its body, empty when it has none. */
  public record Answer(int status, byte[] body, String contentType) {

    /** The body as text, in the charset its {@code Content-Type} names, else UTF-8. */
    public String text() {
      return new String(body, charset(contentType));
    }
  }

  private static final ScheduledThreadPoolExecutor DEADLINES = deadlines();

  private ProbeGet() {}

  /**
   * A probe's headers: {@code Accept} said outright ({@link HttpURLConnection} sends its own list
   * otherwise), and the bearer token when there is one.
   */
  public static Map<String, String> headers(String accept, Optional<String> token) {
    return token
        .map(t -> Map.of("Accept", accept, "Authorization", "Bearer " + t))
        .orElse(Map.of("Accept", accept));
  }

  /**
   * The exchange.
   *
   * @param bodyWithinTimeout whether the deadline covers the body too, or only the headers
   * @throws HttpTimeoutException at the deadline, with "no answer within N ms"
   * @throws IOException when the target cannot be reached or the exchange breaks
   * @throws InterruptedException when the thread is interrupted before the exchange or during it (a
   *     blocking socket cannot be interrupted: the exchange ends first, within the timeout)
   */
  public static Answer get(
      URI uri, Map<String, String> headers, Duration timeout, boolean bodyWithinTimeout)
      throws IOException, InterruptedException {
    if (Thread.interrupted()) {
      throw new InterruptedException();
    }
    Answer answer = exchange(uri, headers, timeout, bodyWithinTimeout);
    if (Thread.interrupted()) {
      throw new InterruptedException();
    }
    return answer;
  }

  private static Answer exchange(
      URI uri, Map<String, String> headers, Duration timeout, boolean bodyWithinTimeout)
      throws IOException {
    int ms = (int) Math.min(Integer.MAX_VALUE, Math.max(1, timeout.toMillis()));
    long deadlineNs = System.nanoTime() + ms * 1_000_000L;
    HttpURLConnection c = (HttpURLConnection) uri.toURL().openConnection();
    c.setInstanceFollowRedirects(false);
    c.setUseCaches(false);
    c.setConnectTimeout(ms);
    if (bodyWithinTimeout) {
      c.setReadTimeout(ms);
    }
    headers.forEach(c::setRequestProperty);
    AtomicBoolean expired = new AtomicBoolean();
    // only up to the headers: closing the connection then needs no lock its reader holds
    ScheduledFuture<?> headersDue =
        DEADLINES.schedule(
            () -> {
              expired.set(true);
              c.disconnect();
            },
            ms,
            TimeUnit.MILLISECONDS);
    try {
      int status;
      try {
        status = c.getResponseCode();
      } finally {
        headersDue.cancel(false);
      }
      if (expired.get()) {
        throw noAnswer(ms);
      }
      InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream();
      byte[] body = readAll(in, bodyWithinTimeout ? deadlineNs : Long.MAX_VALUE, ms);
      return new Answer(status, body, c.getContentType());
    } catch (IOException e) {
      if (expired.get() || e instanceof SocketTimeoutException) {
        c.disconnect();
        throw noAnswer(ms);
      }
      throw e;
    }
  }

  private static HttpTimeoutException noAnswer(int ms) {
    return new HttpTimeoutException("no answer within " + ms + " ms");
  }

  /**
   * The whole body, checked against the deadline after each read; a read that stalls ends at the
   * read timeout, so a body that never ends is given up within twice the timeout at worst.
   */
  private static byte[] readAll(InputStream in, long deadlineNs, int ms) throws IOException {
    if (in == null) {
      return new byte[0];
    }
    try (in) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      for (int n; (n = in.read(buffer)) >= 0; ) {
        out.write(buffer, 0, n);
        if (deadlineNs != Long.MAX_VALUE && System.nanoTime() - deadlineNs > 0) {
          throw new SocketTimeoutException("body not read within " + ms + " ms");
        }
      }
      return out.toByteArray();
    }
  }

  /** The charset of a {@code Content-Type}, UTF-8 when it names none or one this JVM lacks. */
  static Charset charset(String contentType) {
    if (contentType != null) {
      for (String part : contentType.split(";")) {
        String p = part.trim();
        if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) {
          try {
            return Charset.forName(p.substring("charset=".length()).replace("\"", "").trim());
          } catch (RuntimeException e) {
            return StandardCharsets.UTF_8;
          }
        }
      }
    }
    return StandardCharsets.UTF_8;
  }

  private static ScheduledThreadPoolExecutor deadlines() {
    ScheduledThreadPoolExecutor e =
        new ScheduledThreadPoolExecutor(
            1,
            r -> {
              Thread t = new Thread(r, "nwtn-probe-deadline");
              t.setDaemon(true);
              return t;
            });
    e.setRemoveOnCancelPolicy(true);
    return e;
  }
}
