package io.queryscope.core.dialect;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Generated index names: {@code idx_<table>_<keys>}, lower-case ASCII letters, digits and
 * underscores only, within a length. When the name had to be cut, or characters were replaced, a
 * hash of the full raw name is appended, so two different candidates never share a name.
 */
public final class IndexNames {

  private static final int HASH_LENGTH = 8;

  private IndexNames() {}

  public static String of(String table, List<String> parts, int maxLength) {
    String raw = "idx_" + table + "_" + String.join("_", parts);
    String lower = raw.toLowerCase(Locale.ROOT);
    String clean =
        lower.replaceAll("[^a-z0-9_]", "_").replaceAll("_{2,}", "_").replaceAll("_+$", "");
    // Parentheses of an expression key are the only replaced characters that lose nothing;
    // upper case and anything else would let two names fold into one.
    boolean lossy = !raw.matches("[a-z0-9_()]*");
    if (!lossy && clean.length() <= maxLength) {
      return clean;
    }
    String hash = "_" + hex(raw);
    int room = Math.max(1, maxLength - hash.length());
    String head = clean.length() > room ? clean.substring(0, room) : clean;
    return head.replaceAll("_+$", "") + hash;
  }

  private static String hex(String raw) {
    long h = 0xcbf29ce484222325L;
    for (byte b : raw.getBytes(StandardCharsets.UTF_8)) {
      h = (h ^ (b & 0xff)) * 0x100000001b3L;
    }
    return String.format("%016x", h).substring(0, HASH_LENGTH);
  }
}
