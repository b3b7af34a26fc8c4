package io.queryscope.core.sql;

import java.util.Locale;

/**
 * Identifier spelling as both dialects compare it: quoted is the raw name (case kept, doubled
 * quotes undone), unquoted folds to lower.
 */
final class Names {
  private Names() {}

  static String of(String raw) {
    if (raw == null || raw.isEmpty()) {
      return "";
    }
    char q = raw.charAt(0);
    if ((q == '"' || q == '`') && raw.length() >= 2 && raw.charAt(raw.length() - 1) == q) {
      // The raw name: "a""b" is a"b, `a``b` is a`b.
      String d = String.valueOf(q);
      return raw.substring(1, raw.length() - 1).replace(d + d, d);
    }
    if (q == '[' && raw.length() >= 2) {
      return raw.substring(1, raw.length() - 1);
    }
    return raw.toLowerCase(Locale.ROOT);
  }
}
