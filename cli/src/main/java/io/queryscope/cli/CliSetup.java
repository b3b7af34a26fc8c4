package io.queryscope.cli;

import picocli.CommandLine;

/**
 * The behaviour every command shares: one exception-to-exit-code handler, one usage-error handler
 * and case-insensitive enum values. The commands themselves are declared on {@link Main}.
 */
public final class CliSetup {

  private CliSetup() {}

  public static CommandLine configure(CommandLine root) {
    root.setExecutionExceptionHandler(new ErrorExitHandler());
    root.setParameterExceptionHandler(new UsageErrorHandler());
    root.setCaseInsensitiveEnumValuesAllowed(true);
    return root;
  }
}
