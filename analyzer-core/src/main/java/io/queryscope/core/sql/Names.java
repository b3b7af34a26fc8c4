package io.queryscope.core.sql;

import java.util.Locale;

/** Identifier spelling as both dialects compare it: quoted keeps case, unquoted folds to lower. */
final class Names {
  private Names() {}

  static String of(String raw) {
    if (raw == null || raw.isEmpty()) {
      return "";
    }
    char q = raw.charAt(0);
    if ((q == '"' || q == '`' || q == '[') && raw.length() >= 2) {
      return raw.substring(1, raw.length() - 1);
    }
    return raw.toLowerCase(Locale.ROOT);
  }
}
