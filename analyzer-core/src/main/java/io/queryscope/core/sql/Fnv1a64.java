package io.queryscope.core.sql;

/**
 * FNV-1a, 64-bit, over the UTF-8 bytes of a string, encoded on the fly so that hashing allocates
 * nothing. Fixed offset basis and prime: the same text hashes to the same id in every JVM and every
 * queryscope version. Unpaired surrogates hash as {@code '?'}, as {@link
 * String#getBytes(java.nio.charset.Charset)} encodes them.
 */
final class Fnv1a64 {
  static final long OFFSET_BASIS = 0xcbf29ce484222325L;
  static final long PRIME = 0x100000001b3L;

  private Fnv1a64() {}

  static long hash(CharSequence s) {
    long h = OFFSET_BASIS;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        h = (h ^ c) * PRIME;
      } else if (c < 0x800) {
        h = (h ^ (0xc0 | (c >> 6))) * PRIME;
        h = (h ^ (0x80 | (c & 0x3f))) * PRIME;
      } else if (Character.isSurrogate(c)) {
        char d = i + 1 < n ? s.charAt(i + 1) : 0;
        if (Character.isHighSurrogate(c) && Character.isLowSurrogate(d)) {
          int cp = Character.toCodePoint(c, d);
          i++;
          h = (h ^ (0xf0 | (cp >> 18))) * PRIME;
          h = (h ^ (0x80 | ((cp >> 12) & 0x3f))) * PRIME;
          h = (h ^ (0x80 | ((cp >> 6) & 0x3f))) * PRIME;
          h = (h ^ (0x80 | (cp & 0x3f))) * PRIME;
        } else {
          h = (h ^ '?') * PRIME;
        }
      } else {
        h = (h ^ (0xe0 | (c >> 12))) * PRIME;
        h = (h ^ (0x80 | ((c >> 6) & 0x3f))) * PRIME;
        h = (h ^ (0x80 | (c & 0x3f))) * PRIME;
      }
    }
    return h;
  }
}
