package io.queryscope.core.sql;

import io.queryscope.core.KnownValues;
import io.queryscope.core.sql.SqlLexer.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A server's or a driver's message about a statement, without the statement's literal values: error
 * paths show what reports show. Servers quote values in their own ways — PostgreSQL's {@code
 * invalid input syntax for type integer: "alice@example.org"}, a {@code DETAIL} line or a {@code
 * LINE 1:} context, MySQL's {@code near '…' at line 1} — so every literal the statement holds is
 * replaced wherever it appears, and MySQL's quoted fragment is shown in its fingerprint form.
 */
public final class LiteralsInMessages {

  /** MySQL and MariaDB quote the rest of the statement from where parsing stopped. */
  private static final Pattern NEAR = Pattern.compile("near '(.*?)' at line (\\d+)");

  /** Numbers this short are line numbers and positions as often as they are values. */
  private static final int SHORTEST_NUMBER = 4;

  private LiteralsInMessages() {}

  /** {@code message} with {@code sql}'s literals replaced by {@code ?}. */
  public static String hide(String message, String sql) {
    if (message == null || message.isEmpty() || sql == null || sql.isEmpty()) {
      return message;
    }
    // Every occurrence: a --verbose trace repeats the message once per cause.
    String out =
        NEAR.matcher(message)
            .replaceAll(
                m -> {
                  String fragment = Fingerprinter.fingerprint(m.group(1)).normalized();
                  return Matcher.quoteReplacement(
                      "near '" + (fragment.isEmpty() ? "…" : fragment) + "' at line " + m.group(2));
                });
    return KnownValues.of(literals(sql), "?").replaceIn(out);
  }

  /** The values of {@code sql}'s string literals (quoted and bare) and of its longer numbers. */
  static List<String> literals(String sql) {
    List<String> values = new ArrayList<>();
    SqlLexer lexer = new SqlLexer(sql, true, true, new Problems());
    for (Kind k = lexer.next(); k != Kind.EOF; k = lexer.next()) {
      String token = sql.substring(lexer.start, lexer.end);
      if (k == Kind.STRING) {
        values.add(token);
        int open = token.indexOf('\'');
        String body = open < 0 ? token : token.substring(open + 1);
        if (body.endsWith("'")) {
          body = body.substring(0, body.length() - 1);
        }
        values.add(body);
        values.add(body.replace("''", "'"));
      } else if (k == Kind.NUMBER && token.length() >= SHORTEST_NUMBER) {
        values.add(token);
      }
    }
    return values;
  }
}
