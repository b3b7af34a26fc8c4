package io.queryscope.cli.plans;

import io.queryscope.core.ErrorCode;
import io.queryscope.core.QueryScopeException;
import io.queryscope.core.model.RedactedUrl;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import picocli.CommandLine.Option;

/** Where the target database is, as the {@code plans} subcommands take it. */
final class ConnectionOptions {

  @Option(
      names = "--url",
      required = true,
      paramLabel = "JDBC_URL",
      description = "The database to plan on, e.g. jdbc:postgresql://localhost:5432/shop.")
  String url;

  @Option(names = "--user", description = "Database user (or put it in the URL).")
  String user;

  @Option(
      names = "--password",
      description = "Database password; defaults to the QUERYSCOPE_PASSWORD environment variable.",
      defaultValue = "${env:QUERYSCOPE_PASSWORD}")
  String password;

  /**
   * A new connection the caller closes. Failures become one line naming the fix, with the exit code
   * of their kind.
   */
  Connection open() {
    Properties properties = new Properties();
    if (user != null) {
      properties.setProperty("user", user);
    }
    if (password != null && !password.isEmpty()) {
      properties.setProperty("password", password);
    }
    String shown = RedactedUrl.of(url);
    try {
      DriverManager.setLoginTimeout(15);
      return DriverManager.getConnection(url, properties);
    } catch (SQLException e) {
      throw failure(shown, e);
    }
  }

  private static QueryScopeException failure(String url, SQLException e) {
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    String reason = firstLine(e.getMessage());
    if (reason.startsWith("No suitable driver")) {
      return new QueryScopeException(
          ErrorCode.USAGE,
          "no JDBC driver takes the URL '"
              + url
              + "'; use jdbc:postgresql://host:port/db or jdbc:mysql://host:port/db",
          e);
    }
    if (state.startsWith("28") || e.getErrorCode() == 1045) {
      return new QueryScopeException(
          ErrorCode.AUTHENTICATION_FAILED,
          "could not log in to " + url + ": " + reason + "; check --user and --password",
          e);
    }
    if (state.equals("3D000") || e.getErrorCode() == 1049) {
      return new QueryScopeException(
          ErrorCode.UNKNOWN_DATABASE,
          "database in " + url + " does not exist: " + reason + "; check the database name",
          e);
    }
    return new QueryScopeException(
        ErrorCode.CONNECTION_FAILED,
        "could not connect to "
            + url
            + ": "
            + reason
            + "; check the host and port, and that the server accepts TCP connections",
        e);
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "no reason given";
    }
    int eol = message.indexOf('\n');
    return (eol < 0 ? message : message.substring(0, eol)).strip();
  }
}
