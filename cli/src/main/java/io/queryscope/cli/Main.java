package io.queryscope.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code queryscope} command: a root that only dispatches to subcommands. */
@Command(
    name = "queryscope",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Finds why database access is slow and says what to change.",
    subcommands = {FingerprintCommand.class})
public final class Main implements Callable<Integer> {

  @Spec CommandSpec spec;

  public static void main(String[] args) {
    System.exit(new CommandLine(new Main()).execute(args));
  }

  /** Without a subcommand there is nothing to do: show what there is, as a usage error. */
  @Override
  public Integer call() {
    spec.commandLine().getErr().println("queryscope: missing command");
    spec.commandLine().usage(spec.commandLine().getErr());
    return 2;
  }

  /** The version from the jar manifest, "dev" when run from classes. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"queryscope " + (v == null ? "dev" : v)};
    }
  }
}
