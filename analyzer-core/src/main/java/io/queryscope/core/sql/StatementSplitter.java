package io.queryscope.core.sql;

import io.queryscope.core.sql.SqlLexer.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a script into statements at {@code ;}, ignoring semicolons inside string literals, quoted
 * identifiers, dollar-quoted bodies and comments (it uses the fingerprint lexer). MySQL's
 * client-side {@code DELIMITER} command is not understood.
 */
public final class StatementSplitter {
  private StatementSplitter() {}

  /**
   * The statements of {@code script}, trimmed, without their terminating {@code ;}; statements that
   * hold nothing but whitespace and comments are left out.
   */
  public static List<String> split(String script) {
    List<String> out = new ArrayList<>();
    if (script == null) {
      return out;
    }
    SqlLexer lexer = new SqlLexer(script, true, true, new Problems());
    int from = 0;
    boolean content = false;
    for (Kind k = lexer.next(); ; k = lexer.next()) {
      if (k == Kind.EOF || k == Kind.SEMICOLON) {
        if (content) {
          out.add(script.substring(from, lexer.start).strip());
        }
        if (k == Kind.EOF) {
          return out;
        }
        from = lexer.end;
        content = false;
      } else {
        content = true;
      }
    }
  }
}
