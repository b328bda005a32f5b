package io.nwtn.stress.target;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The probes' one GET: its answer whatever the status, its deadline, and what it leaves behind. */
class ProbeGetTest {

  private static final Duration TIMEOUT = Duration.ofMillis(500);
  private static final String SERVER = "probe-get-test-server";

  /** Serves one connection with {@code answer} (null: says nothing), keeping what it was sent. */
  private static URI serveOnce(ServerSocket socket, String answer, AtomicReference<String> sent) {
    Thread server =
        new Thread(
            () -> {
              try (Socket client = socket.accept()) {
                InputStream in = client.getInputStream();
                StringBuilder request = new StringBuilder();
                while (!request.toString().endsWith("\r\n\r\n")) {
                  int b = in.read();
                  if (b < 0) {
                    break;
                  }
                  request.append((char) b);
                }
                sent.set(request.toString());
                if (answer == null) {
                  Thread.sleep(5_000);
                  return;
                }
                OutputStream out = client.getOutputStream();
                out.write(answer.getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
              } catch (Exception e) {
                // the client gave up
              }
            },
            SERVER);
    server.setDaemon(true);
    server.start();
    return URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/health");
  }

  private static ServerSocket loopback() throws Exception {
    return new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
  }

  @Test
  void theBodyOfAnErrorIsReadAndItsCharsetApplied() throws Exception {
    AtomicReference<String> sent = new AtomicReference<>();
    try (ServerSocket socket = loopback()) {
      URI uri =
          serveOnce(
              socket,
              "HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain; charset=ISO-8859-1\r\n"
                  + "Content-Length: 4\r\nConnection: close\r\n\r\nd\u00e9j\u00e0",
              sent);
      ProbeGet.Answer a = ProbeGet.get(uri, Map.of("Authorization", "Bearer t0k"), TIMEOUT, true);
      assertEquals(503, a.status());
      assertEquals("d\u00e9j\u00e0", a.text());
      assertTrue(sent.get().startsWith("GET /health HTTP/1.1\r\n"), sent.get());
      assertTrue(sent.get().contains("Authorization: Bearer t0k\r\n"), sent.get());
    }
  }

  @Test
  void aRedirectIsNotFollowed() throws Exception {
    try (ServerSocket socket = loopback()) {
      URI uri =
          serveOnce(
              socket,
              "HTTP/1.1 302 Found\r\nLocation: http://192.0.2.1/elsewhere\r\n"
                  + "Content-Length: 0\r\nConnection: close\r\n\r\n",
              new AtomicReference<>());
      ProbeGet.Answer a = ProbeGet.get(uri, Map.of(), TIMEOUT, false);
      assertEquals(302, a.status());
      assertArrayEquals(new byte[0], a.body());
    }
  }

  @Test
  void noHeadersWithinTheTimeoutIsNoAnswer() throws Exception {
    for (boolean bodyWithinTimeout : new boolean[] {false, true}) {
      try (ServerSocket socket = loopback()) {
        URI uri = serveOnce(socket, null, new AtomicReference<>());
        long t0 = System.nanoTime();
        HttpTimeoutException e =
            assertThrows(
                HttpTimeoutException.class,
                () -> ProbeGet.get(uri, Map.of(), TIMEOUT, bodyWithinTimeout));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals("no answer within 500 ms", e.getMessage());
        assertTrue(ms >= 450 && ms < 2_000, "gave up after " + ms + " ms");
      }
    }
  }

  @Test
  void nothingListeningIsRefusedAndAnInterruptedThreadAsksNothing() throws Exception {
    int port;
    try (ServerSocket free = loopback()) {
      port = free.getLocalPort();
    }
    URI uri = URI.create("http://127.0.0.1:" + port + "/health");
    assertThrows(ConnectException.class, () -> ProbeGet.get(uri, Map.of(), TIMEOUT, false));
    Thread.currentThread().interrupt();
    assertThrows(InterruptedException.class, () -> ProbeGet.get(uri, Map.of(), TIMEOUT, false));
    assertEquals(false, Thread.currentThread().isInterrupted());
  }

  @Test
  void noThreadIsLeftWaitingInNativeIo() throws Exception {
    Set<Thread> before = Thread.getAllStackTraces().keySet();
    try (ServerSocket socket = loopback()) {
      URI uri =
          serveOnce(
              socket, "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok", new AtomicReference<>());
      assertEquals("ok", ProbeGet.get(uri, Map.of(), TIMEOUT, true).text());
    }
    // a JDK HttpClient would leave its selector thread in EPoll.wait, which the JVM's exit waits
    // for
    Thread.getAllStackTraces()
        .forEach(
            (t, stack) -> {
              if (!before.contains(t)
                  && !t.getName().equals(SERVER)
                  && stack.length > 0
                  && stack[0].isNativeMethod()) {
                assertTrue(
                    stack[0].getClassName().startsWith("jdk.internal.misc.Unsafe")
                        || stack[0].getClassName().equals("java.lang.Object")
                        || stack[0].getClassName().equals("java.lang.Thread"),
                    t.getName() + " in " + stack[0]);
              }
            });
  }
}
