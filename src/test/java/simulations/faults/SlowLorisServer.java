package simulations.faults;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A target that is healthy but answers every session request with a 200 whose body dribbles in, one
 * byte every 200 ms, never finishing in time: a slow-loris response.
 */
final class SlowLorisServer implements AutoCloseable {

  private static final String HEALTH =
      "{\"status\":\"healthy\",\"circuit_breaker\":{\"state\":\"closed\",\"activations\":0}}";

  private final ServerSocket socket;

  SlowLorisServer() throws IOException {
    socket = new ServerSocket(0, 100, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(this::accept, "slow-loris-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  String url() {
    return "http://127.0.0.1:" + socket.getLocalPort();
  }

  private void accept() {
    while (!socket.isClosed()) {
      try {
        Socket client = socket.accept();
        Thread t = new Thread(() -> serve(client), "slow-loris-conn");
        t.setDaemon(true);
        t.start();
      } catch (IOException e) {
        return; // closed
      }
    }
  }

  private void serve(Socket client) {
    try (client) {
      InputStream in = new BufferedInputStream(client.getInputStream());
      OutputStream out = client.getOutputStream();
      String head = readHead(in);
      in.skipNBytes(contentLength(head));
      if (head.startsWith("GET /health")) {
        byte[] body = HEALTH.getBytes(StandardCharsets.UTF_8);
        out.write(headers(body.length).getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
        return;
      }
      out.write(headers(100_000).getBytes(StandardCharsets.US_ASCII));
      for (int i = 0; i < 150 && !socket.isClosed(); i++) {
        out.write('{');
        out.flush();
        Thread.sleep(200);
      }
    } catch (IOException e) {
      // the client gave up, as it should
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String headers(int length) {
    return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
        + length
        + "\r\nConnection: close\r\n\r\n";
  }

  private static String readHead(InputStream in) throws IOException {
    StringBuilder head = new StringBuilder();
    int c;
    while ((c = in.read()) >= 0) {
      head.append((char) c);
      if (head.length() >= 4 && head.substring(head.length() - 4).equals("\r\n\r\n")) {
        break;
      }
    }
    return head.toString();
  }

  private static long contentLength(String head) {
    for (String line : head.split("\r\n")) {
      if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
        return Long.parseLong(line.substring(15).trim());
      }
    }
    return 0;
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
