package io.queryscope.cli.plans;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

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

  @Spec CommandSpec spec;

  /** {@code queryscope plans} alone prints its usage: it needs a subcommand (exit 2). */
  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "plans needs a subcommand: record or check");
  }
}
