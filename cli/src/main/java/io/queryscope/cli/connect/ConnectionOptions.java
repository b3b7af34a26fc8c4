package io.queryscope.cli.connect;

import io.queryscope.core.ErrorCode;
import io.queryscope.core.QueryScopeException;
import io.queryscope.core.Secrets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code --url}, {@code --user} and where the password comes from. The password is never an option
 * value of its own: command lines end up in shell history and process lists.
 */
public final class ConnectionOptions {

  @Option(
      names = "--url",
      paramLabel = "JDBC_URL",
      description =
          "Database to analyse: jdbc:postgresql://host[:port]/db or jdbc:mysql://host[:port]/db"
              + " (MySQL and MariaDB).")
  String url;

  @Option(names = "--user", paramLabel = "USER", description = "Database user.")
  String user;

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  PasswordSource password;

  @Mixin TimeoutOptions timeouts = new TimeoutOptions();

  private String resolved;

  /** Where the password comes from; at most one. */
  static final class PasswordSource {
    @Option(
        names = "--password-env",
        paramLabel = "VAR",
        description = "Read the password from this environment variable.")
    String env;

    @Option(
        names = "--password-file",
        paramLabel = "FILE",
        description = "Read the password from the first line of this file.")
    Path file;
  }

  public boolean hasUrl() {
    return url != null && !url.isBlank();
  }

  public String url() {
    return url;
  }

  /** How long to wait for connecting and for each statement. */
  public Timeouts timeouts() {
    return timeouts.timeouts();
  }

  /** The connection details with the password resolved. */
  public ConnectionSpec spec() {
    resolved = resolvePassword();
    return new ConnectionSpec(url, user, resolved);
  }

  /**
   * What this run must never print: the passwords in {@code --url} and the resolved password, even
   * when resolving it is what failed (then there is none to hide).
   */
  public Secrets secrets() {
    String password = resolved;
    if (password == null && this.password != null) {
      try {
        password = resolvePassword();
      } catch (QueryScopeException e) {
        password = null;
      }
    }
    return Secrets.of(url, password);
  }

  private String resolvePassword() {
    if (password == null) {
      return null;
    }
    if (password.env != null) {
      String value = System.getenv(password.env);
      if (value == null) {
        throw new QueryScopeException(
            ErrorCode.USAGE,
            "--password-env "
                + password.env
                + ": the environment variable is not set; export it or use --password-file");
      }
      return value;
    }
    try {
      String text = Files.readString(password.file, StandardCharsets.UTF_8);
      int newline = text.indexOf('\n');
      String line = newline < 0 ? text : text.substring(0, newline);
      return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    } catch (IOException e) {
      throw new QueryScopeException(
          ErrorCode.FILE_NOT_READABLE,
          "--password-file " + password.file + ": cannot read it (" + reason(e) + ")",
          e);
    }
  }

  static String reason(IOException e) {
    return e instanceof java.nio.file.NoSuchFileException
        ? "no such file"
        : e instanceof java.nio.file.AccessDeniedException
            ? "permission denied"
            : e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }
}
