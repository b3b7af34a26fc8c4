package io.queryscope.cli.plans;

import io.queryscope.core.ErrorCode;
import io.queryscope.core.QueryScopeException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Bind values as a baseline keeps them: SQL literals, one per placeholder. */
final class BindValues {

  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");

  private BindValues() {}

  /**
   * A {@code params} list as users write it: {@code 42, 'paid', NULL}. Commas inside quotes belong
   * to the value.
   *
   * @param where names the file and line for the error message
   */
  static List<String> parse(String text, String where) {
    List<String> values = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\'') {
        quoted = !quoted; // a doubled '' toggles twice and stays inside the literal
      }
      if (c == ',' && !quoted) {
        values.add(value(current, where));
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    if (quoted) {
      throw new QueryScopeException(
          ErrorCode.USAGE, where + ": a quoted value is not closed; write strings as 'text'");
    }
    values.add(value(current, where));
    return values;
  }

  /** A captured value (plain text, null for SQL NULL) as a literal: numbers bare, text quoted. */
  static String literalOf(String raw) {
    if (raw == null) {
      return "NULL";
    }
    if (NUMBER.matcher(raw).matches()) {
      return raw;
    }
    return "'" + raw.replace("'", "''") + "'";
  }

  private static String value(StringBuilder text, String where) {
    String value = text.toString().strip();
    if (value.isEmpty()) {
      throw new QueryScopeException(
          ErrorCode.USAGE,
          where + ": an empty bind value; write NULL for a null, '' for an empty string");
    }
    return value;
  }
}
