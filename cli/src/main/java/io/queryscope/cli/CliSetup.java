package io.queryscope.cli;

import io.queryscope.cli.analyze.AnalyzeCommand;
import io.queryscope.cli.demo.DemoCommand;
import io.queryscope.cli.explain.ExplainCommand;
import io.queryscope.cli.ruledocs.RulesCommand;
import picocli.CommandLine;

/**
 * Wires the command tree: the subcommands of this package and the one exception-to-exit-code
 * handler, on whatever root command {@link Main} declares.
 */
public final class CliSetup {

  private CliSetup() {}

  public static CommandLine configure(CommandLine root) {
    addIfAbsent(root, "analyze", new AnalyzeCommand());
    addIfAbsent(root, "explain", new ExplainCommand());
    addIfAbsent(root, "rules", new RulesCommand());
    addIfAbsent(root, "demo", new DemoCommand());
    root.setExecutionExceptionHandler(new ErrorExitHandler());
    root.setParameterExceptionHandler(new UsageErrorHandler());
    root.setCaseInsensitiveEnumValuesAllowed(true);
    return root;
  }

  private static void addIfAbsent(CommandLine root, String name, Object command) {
    if (!root.getSubcommands().containsKey(name)) {
      root.addSubcommand(name, command);
    }
  }
}
