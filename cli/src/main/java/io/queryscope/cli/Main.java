package io.queryscope.cli;

import io.queryscope.cli.analyze.AnalyzeCommand;
import io.queryscope.cli.demo.DemoCommand;
import io.queryscope.cli.explain.ExplainCommand;
import io.queryscope.cli.plans.PlansCommand;
import io.queryscope.cli.ruledocs.RulesCommand;
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
    // The whole command tree, in the order `--help` lists it.
    subcommands = {
      FingerprintCommand.class,
      PlansCommand.class,
      AnalyzeCommand.class,
      ExplainCommand.class,
      RulesCommand.class,
      DemoCommand.class
    })
public final class Main implements Callable<Integer> {

  @Spec CommandSpec spec;

  public static void main(String[] args) {
    int exit;
    try {
      exit = commandLine().execute(args);
    } catch (OutOfMemoryError e) {
      // Inputs are read within bounds; should something still outgrow the heap, one line, not a
      // trace.
      System.err.println(
          "queryscope: the analysis ran out of memory with a "
              + (Runtime.getRuntime().maxMemory() >> 20)
              + " MB Java heap; give it more (QUERYSCOPE_JAVA_OPTS=-Xmx2g) and please report the"
              + " input that needed it");
      exit = 3;
    }
    System.exit(exit);
  }

  /**
   * The command tree with its exit-code handlers ({@link CliSetup}); tests run it in-process with
   * their own writers.
   */
  public static CommandLine commandLine() {
    return CliSetup.configure(new CommandLine(new Main()));
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
