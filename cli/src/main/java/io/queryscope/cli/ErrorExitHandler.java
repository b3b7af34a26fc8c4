package io.queryscope.cli;

import io.queryscope.core.ErrorCode;
import io.queryscope.core.QueryScopeException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * The one place exceptions become exit codes: a {@link QueryScopeException} exits with its {@link
 * ErrorCode#exitCode()}, anything else with 3. One line on standard error; the stack trace only
 * with {@code --verbose}.
 */
public final class ErrorExitHandler implements IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parseResult) {
    PrintWriter err = cmd.getErr();
    int exit;
    if (e instanceof QueryScopeException q) {
      err.println(cmd.getColorScheme().errorText("queryscope: " + q.getMessage()));
      exit = q.code().exitCode();
    } else {
      err.println(
          cmd.getColorScheme()
              .errorText(
                  "queryscope: the analysis failed: "
                      + e
                      + (verbose(parseResult) ? "" : " (run with --verbose for details)")));
      exit = ErrorCode.ANALYSIS_FAILED.exitCode();
    }
    if (verbose(parseResult)) {
      e.printStackTrace(err);
    }
    err.flush();
    return exit;
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
