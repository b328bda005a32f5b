package io.nwtn.stress.distributed;

import io.nwtn.stress.testing.BoundedProcess;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code kubectl kustomize}, for the tests of the Kubernetes manifests: found on the PATH ({@code
 * make install-k8s-tools}) with a kustomize that knows replacements (v4 and later: kubectl 1.22+).
 */
final class Kustomize {

  private static final Duration LIMIT = Duration.ofSeconds(60);

  private Kustomize() {}

  /** Why the manifests cannot be rendered here, or empty when they can. */
  static Optional<String> missing() {
    try {
      BoundedProcess.Result v =
          BoundedProcess.run(List.of("kubectl", "version", "--client"), LIMIT);
      Matcher m = Pattern.compile("Kustomize Version: v(\\d+)").matcher(v.output());
      if (v.exitCode() != 0) {
        return Optional.of("kubectl version failed: " + v.output().strip());
      }
      if (!m.find() || Integer.parseInt(m.group(1)) < 4) {
        return Optional.of(
            "kubectl's kustomize is older than v4 and cannot render replacements; install"
                + " kubectl 1.22 or later");
      }
      return Optional.empty();
    } catch (IOException e) {
      return Optional.of("kubectl is not installed: run make install-k8s-tools");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.of("interrupted");
    }
  }

  /** The rendered manifests of a kustomization folder. */
  static String render(Path dir) throws IOException, InterruptedException {
    BoundedProcess.Result r =
        BoundedProcess.run(List.of("kubectl", "kustomize", dir.toString()), LIMIT);
    if (r.exitCode() != 0) {
      throw new AssertionError("kubectl kustomize " + dir + " failed: " + r.output());
    }
    return r.output();
  }
}
