package io.nwtn.stress.contract;

/**
 * Thrown inside {@link TreeBinding} and {@link StreamBinding} to give up on their fast path for a
 * field that is not of its plain type; never escapes them. One shared instance, without a stack.
 */
final class NotPlain extends Exception {

  static final NotPlain INSTANCE = new NotPlain();

  private NotPlain() {
    super(null, null, false, false);
  }
}
