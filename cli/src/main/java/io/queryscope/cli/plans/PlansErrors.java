package io.queryscope.cli.plans;

import io.queryscope.cli.RedactedErrors;
import io.queryscope.cli.connect.ConnectionOptions;
import io.queryscope.core.QueryScopeException;
import io.queryscope.core.Secrets;
import java.io.PrintWriter;

/** How both subcommands report a failure: one redacted line, the redacted trace with --verbose. */
final class PlansErrors {

  private PlansErrors() {}

  static int report(
      PrintWriter err,
      String command,
      ConnectionOptions connection,
      QueryScopeException e,
      boolean verbose) {
    Secrets secrets = connection.secrets();
    err.println(
        "queryscope " + command + ": " + RedactedErrors.line(secrets::redact, e.getMessage()));
    if (verbose) {
      err.print(RedactedErrors.trace(secrets::redact, e));
    }
    err.flush();
    return e.code().exitCode();
  }
}
