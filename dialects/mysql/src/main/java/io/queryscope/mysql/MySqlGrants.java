package io.queryscope.mysql;

import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The grant a MySQL/MariaDB access-denied error says is missing, as advice; null for others. */
final class MySqlGrants {

  private static final int DB_ACCESS_DENIED = 1044;
  private static final int TABLE_ACCESS_DENIED = 1142;
  private static final int COLUMN_ACCESS_DENIED = 1143;
  private static final int SPECIFIC_ACCESS_DENIED = 1227;

  /** {@code SELECT command denied to user 'u'@'h' for table `db`.`t`} (MySQL quotes 't'). */
  private static final Pattern TABLE =
      Pattern.compile("(\\w+) command denied to user ('[^']*'@'[^']*') for table (\\S+)");

  private static final Pattern DATABASE =
      Pattern.compile("for user ('[^']*'@'[^']*') to database '([^']*)'");

  /** {@code you need (at least one of) the PROCESS privilege(s)}. */
  private static final Pattern SPECIFIC = Pattern.compile("the (\\w+(?: \\w+)?) privilege");

  private MySqlGrants() {}

  static String advice(SQLException e) {
    String message = e.getMessage() == null ? "" : e.getMessage();
    switch (e.getErrorCode()) {
      case TABLE_ACCESS_DENIED, COLUMN_ACCESS_DENIED -> {
        Matcher m = TABLE.matcher(message);
        return m.find()
            ? "run GRANT " + m.group(1) + " ON " + m.group(3) + " TO " + m.group(2)
            : "grant SELECT on the table the message names to the user queryscope connects as";
      }
      case DB_ACCESS_DENIED -> {
        Matcher m = DATABASE.matcher(message);
        return m.find()
            ? "run GRANT SELECT ON `" + m.group(2) + "`.* TO " + m.group(1)
            : "grant SELECT on the database to the user queryscope connects as";
      }
      case SPECIFIC_ACCESS_DENIED -> {
        Matcher m = SPECIFIC.matcher(message);
        return "run GRANT "
            + (m.find() ? m.group(1) : "the privilege the message names")
            + " ON *.* TO the user queryscope connects as";
      }
      default -> {
        return null;
      }
    }
  }
}
