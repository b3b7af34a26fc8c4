package io.queryscope.rules.finding;

/**
 * How findings spell a fingerprint id: 16 lower-case hex digits, as {@code Fingerprint.hexId()}.
 */
public final class Fingerprints {

  private Fingerprints() {}

  public static String hex(long id) {
    return String.format("%016x", id);
  }
}
