package io.queryscope.cli.plans;

import io.queryscope.cli.connect.ConnectionOptions;
import io.queryscope.cli.connect.TargetConnection;
import io.queryscope.core.ErrorCode;
import io.queryscope.core.QueryScopeException;

/** Opens the read-only session both subcommands plan on. */
final class Targets {

  private Targets() {}

  static TargetConnection open(ConnectionOptions options, String command) {
    if (!options.hasUrl()) {
      throw new QueryScopeException(
          ErrorCode.USAGE,
          command + " plans on a server: give --url JDBC_URL (and --user, --password-env)");
    }
    return TargetConnection.open(options.spec(), options.timeouts(), false);
  }
}
