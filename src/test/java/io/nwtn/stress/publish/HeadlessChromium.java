package io.nwtn.stress.publish;

import io.nwtn.stress.testing.BoundedProcess;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Debian's headless Chromium, run once per page with a fresh profile and no network services. */
final class HeadlessChromium {

  private final Path binary;

  private HeadlessChromium(Path binary) {
    this.binary = binary;
  }

  /** Chromium (or Chrome) on the PATH, if installed. */
  static Optional<HeadlessChromium> find() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      for (String name :
          List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")) {
        Path p = Path.of(dir, name);
        if (Files.isExecutable(p)) {
          return Optional.of(new HeadlessChromium(p));
        }
      }
    }
    return Optional.empty();
  }

  record Result(int exitCode, String stdout, String stderr) {}

  /** The DOM after the page's scripts ran (virtual time lets them finish without waiting). */
  Result dumpDom(Path page) throws IOException, InterruptedException {
    return run(page, List.of("--virtual-time-budget=10000", "--dump-dom"));
  }

  /** A PNG of the page at the given window size. */
  Result screenshot(Path page, Path png, int width, int height)
      throws IOException, InterruptedException {
    return run(
        page,
        List.of(
            "--virtual-time-budget=10000",
            "--hide-scrollbars",
            "--window-size=" + width + "," + height,
            "--screenshot=" + png.toAbsolutePath()));
  }

  private Result run(Path page, List<String> extra) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory("nwtn-chromium");
    Path out = Files.createTempFile("nwtn-chromium", ".out");
    Path err = Files.createTempFile("nwtn-chromium", ".err");
    List<String> cmd =
        new ArrayList<>(
            List.of(
                binary.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--enable-logging=stderr",
                "--v=0",
                "--user-data-dir=" + profile));
    cmd.addAll(extra);
    cmd.add(page.toAbsolutePath().toUri().toString());
    // closing kills the renderer and GPU processes chromium started, not only chromium
    try (BoundedProcess p = BoundedProcess.start(new ProcessBuilder(cmd), out, err)) {
      int exit = p.awaitExit(Duration.ofSeconds(90));
      return new Result(exit, p.out(), p.err());
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
      deleteTree(profile);
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (var paths = Files.walk(dir)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
