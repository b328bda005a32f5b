package io.nwtn.stress.launch;

/**
 * A program that runs Gatling inside its own {@code main} without the {@link ExitPath}, as an
 * embedding the suite does not support: {@code EmbeddedGatling <gatling args>}.
 */
public final class EmbeddedGatling {

  private EmbeddedGatling() {}

  public static void main(String[] args) {
    System.exit(io.gatling.app.Gatling$.MODULE$.fromArgs(args));
  }
}
