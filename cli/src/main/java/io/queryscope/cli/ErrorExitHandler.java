package io.queryscope.cli;

import io.queryscope.cli.connect.ConnectionOptions;
import io.queryscope.core.ErrorCode;
import io.queryscope.core.QueryScopeException;
import io.queryscope.core.Secrets;
import java.io.PrintWriter;
import java.util.function.UnaryOperator;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;

/**
 * The one place exceptions become exit codes: a {@link QueryScopeException} exits with its {@link
 * ErrorCode#exitCode()}, anything else with 3. One line on standard error; the stack trace only
 * with {@code --verbose}; both without the run's {@link Secrets} and, for a {@link GivenStatement},
 * its literals.
 */
public final class ErrorExitHandler implements IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parseResult) {
    PrintWriter err = cmd.getErr();
    UnaryOperator<String> shown = shown(parseResult);
    int exit;
    if (e instanceof QueryScopeException q) {
      err.println(
          cmd.getColorScheme()
              .errorText("queryscope: " + RedactedErrors.line(shown, q.getMessage())));
      exit = q.code().exitCode();
    } else {
      err.println(
          cmd.getColorScheme()
              .errorText(
                  "queryscope: the analysis failed: "
                      + RedactedErrors.line(shown, e.toString())
                      + (verbose(parseResult) ? "" : " (run with --verbose for details)")));
      exit = ErrorCode.ANALYSIS_FAILED.exitCode();
    }
    if (verbose(parseResult)) {
      err.print(RedactedErrors.trace(shown, e));
    }
    err.flush();
    return exit;
  }

  /**
   * What the user may see of a text: without what each command's connection options say is secret,
   * and without a given statement's literals unless asked for.
   */
  static UnaryOperator<String> shown(ParseResult parseResult) {
    Secrets secrets = Secrets.NONE;
    GivenStatement given = null;
    for (ParseResult p = parseResult; p != null; p = p.subcommand()) {
      for (CommandSpec mixin : p.commandSpec().mixins().values()) {
        if (mixin.userObject() instanceof ConnectionOptions options) {
          secrets = secrets.with(options.secrets());
        }
      }
      if (p.commandSpec().userObject() instanceof GivenStatement g) {
        given = g;
      }
    }
    Secrets known = secrets;
    GivenStatement statement = given;
    return text -> {
      String out = known.redact(text);
      return statement == null ? out : statement.shown(out);
    };
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
