package io.queryscope.cli.plans;

import picocli.CommandLine.Command;

/** {@code queryscope plans}: plan baselines for nightly regression checks. */
@Command(
    name = "plans",
    mixinStandardHelpOptions = true,
    description = {
      "Catch plan regressions: record a baseline of plans, commit it, and check against it after"
          + " a migration, an upgrade or a data load."
    },
    subcommands = {RecordCommand.class, CheckCommand.class})
public final class PlansCommand implements Runnable {

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  /** {@code queryscope plans} alone prints its usage: it needs a subcommand. */
  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(
        spec.commandLine(), "plans needs a subcommand: record or check");
  }
}
