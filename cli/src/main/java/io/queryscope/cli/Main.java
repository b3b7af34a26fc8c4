package io.queryscope.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code queryscope} root command. */
@Command(
    name = "queryscope",
    mixinStandardHelpOptions = true,
    description = "Finds why database access is slow and says what to change, in order of payoff.")
public final class Main implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command tree; tests run it in-process. */
  public static CommandLine commandLine() {
    return CliSetup.configure(new CommandLine(new Main()));
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
