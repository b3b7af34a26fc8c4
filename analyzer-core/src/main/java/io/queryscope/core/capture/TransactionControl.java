package io.queryscope.core.capture;

import io.queryscope.core.sql.SqlText;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a SQL string does to the transaction when an application writes it as text instead of
 * calling {@code commit()} or {@code setAutoCommit()}: PostgreSQL's {@code BEGIN}/{@code
 * END}/{@code ABORT}, MySQL's {@code START TRANSACTION} and {@code SET autocommit}. Read once per
 * distinct SQL string, when the capture first sees it, so the hot path only reads a field.
 */
enum TransactionControl {
  NONE,
  /** {@code BEGIN}, {@code START TRANSACTION}: a transaction until the next commit or rollback. */
  BEGIN,
  /** {@code COMMIT}, {@code END}, {@code ROLLBACK}, {@code ABORT} (not to a savepoint). */
  END,
  /** {@code COMMIT AND CHAIN}, {@code ROLLBACK AND CHAIN}: ends one and begins the next at once. */
  CHAIN,
  /** MySQL's {@code SET autocommit = 0}: as {@code setAutoCommit(false)}. */
  AUTOCOMMIT_OFF,
  /** MySQL's {@code SET autocommit = 1}: as {@code setAutoCommit(true)}. */
  AUTOCOMMIT_ON;

  private static final Pattern BEGIN_TEXT =
      Pattern.compile(
          "(begin|start transaction)( (work|transaction|isolation|read|with|deferrable|not deferrable)\\b.*)?");
  private static final Pattern END_TEXT =
      Pattern.compile(
          "(commit|end|rollback|abort)( (work|transaction))?( and (no )?chain)?( (no )?release)?"
              + "|prepare transaction");
  private static final Pattern AUTOCOMMIT =
      Pattern.compile("set (session |@@(session\\.)?)?autocommit ?(=|:=|to) ?(\\w+)");

  /** What {@code sql} does; anything unrecognised, and every multi-statement string, is NONE. */
  static TransactionControl of(String sql) {
    if (sql == null || sql.length() > 200) {
      return NONE;
    }
    String code =
        SqlText.blankLiterals(sql).strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    if (code.endsWith(";")) {
      code = code.substring(0, code.length() - 1).strip();
    }
    if (code.isEmpty() || code.indexOf(';') >= 0) {
      return NONE;
    }
    if (BEGIN_TEXT.matcher(code).matches()) {
      return BEGIN;
    }
    var end = END_TEXT.matcher(code);
    if (end.matches()) {
      return end.group(4) != null && end.group(5) == null ? CHAIN : END;
    }
    var autocommit = AUTOCOMMIT.matcher(code);
    if (autocommit.matches()) {
      return switch (autocommit.group(4)) {
        case "0", "off", "false" -> AUTOCOMMIT_OFF;
        case "1", "on", "true" -> AUTOCOMMIT_ON;
        default -> NONE;
      };
    }
    return NONE;
  }
}
