package io.queryscope.cli;

import io.queryscope.cli.connect.ConnectionOptions;
import io.queryscope.core.ErrorCode;
import io.queryscope.core.QueryScopeException;
import io.queryscope.core.Secrets;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;

/**
 * The one place exceptions become exit codes: a {@link QueryScopeException} exits with its {@link
 * ErrorCode#exitCode()}, anything else with 3. One line on standard error; the stack trace only
 * with {@code --verbose}; both without the run's {@link Secrets} ({@link RedactedErrors}).
 */
public final class ErrorExitHandler implements IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parseResult) {
    PrintWriter err = cmd.getErr();
    Secrets secrets = secrets(parseResult);
    int exit;
    if (e instanceof QueryScopeException q) {
      err.println(
          cmd.getColorScheme()
              .errorText("queryscope: " + RedactedErrors.line(secrets, q.getMessage())));
      exit = q.code().exitCode();
    } else {
      err.println(
          cmd.getColorScheme()
              .errorText(
                  "queryscope: the analysis failed: "
                      + RedactedErrors.line(secrets, e.toString())
                      + (verbose(parseResult) ? "" : " (run with --verbose for details)")));
      exit = ErrorCode.ANALYSIS_FAILED.exitCode();
    }
    if (verbose(parseResult)) {
      err.print(RedactedErrors.trace(secrets, e));
    }
    err.flush();
    return exit;
  }

  /** Everything the parsed command line says is secret: each command's connection options. */
  static Secrets secrets(ParseResult parseResult) {
    Secrets secrets = Secrets.NONE;
    for (ParseResult p = parseResult; p != null; p = p.subcommand()) {
      for (CommandSpec mixin : p.commandSpec().mixins().values()) {
        if (mixin.userObject() instanceof ConnectionOptions options) {
          secrets = secrets.with(options.secrets());
        }
      }
    }
    return secrets;
  }

  private static boolean verbose(ParseResult parseResult) {
    for (ParseResult p = parseResult; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--verbose")) {
        return true;
      }
    }
    return false;
  }
}
