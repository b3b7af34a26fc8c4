package io.queryscope.junit;

/** Fingerprint ids as findings and messages spell them: 16 lower-case hex digits. */
final class Fingerprints {

  private Fingerprints() {}

  static String hex(long id) {
    return String.format("%016x", id);
  }
}
