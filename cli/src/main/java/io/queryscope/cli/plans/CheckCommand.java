package io.queryscope.cli.plans;

import io.queryscope.cli.connect.ConnectionOptions;
import io.queryscope.cli.connect.TargetConnection;
import io.queryscope.core.ErrorCode;
import io.queryscope.core.QueryScopeException;
import io.queryscope.core.finding.Severity;
import io.queryscope.core.model.Target;
import io.queryscope.regression.Baseline;
import io.queryscope.regression.BaselineReader;
import io.queryscope.regression.CheckReport;
import io.queryscope.regression.RegressionCheck;
import io.queryscope.regression.Thresholds;
import io.queryscope.report.check.CheckFormat;
import io.queryscope.report.check.Summary;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code queryscope plans check}: plans the baseline's statements again and reports what changed.
 * Exits 1 on a regression at or above {@code --fail-on}.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Plan the baseline's statements again and report every change: regressions, improvements"
          + " and a side-by-side diff of the plan trees.",
      "Exit codes: 0 no regression at or above --fail-on, 1 regression, 2 usage or malformed"
          + " baseline, 3 could not connect."
    })
final class CheckCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin ConnectionOptions connection;

  @Option(
      names = {"-v", "--verbose"},
      description = "With an error, its stack trace too (passwords removed).")
  boolean verbose;

  @Option(
      names = "--baseline",
      required = true,
      paramLabel = "BASELINE.json",
      description = "The baseline written by 'plans record'.")
  Path baseline;

  @Option(
      names = "--format",
      defaultValue = "text",
      paramLabel = "FORMAT",
      converter = FormatConverter.class,
      description = "text, json, markdown or junit (default: ${DEFAULT-VALUE}).")
  CheckFormat format;

  @Option(
      names = "--fail-on",
      defaultValue = "medium",
      paramLabel = "SEVERITY",
      converter = SeverityConverter.class,
      description =
          "Exit 1 on a regression of this severity or worse: critical, high, medium, low, info"
              + " (default: ${DEFAULT-VALUE}).")
  Severity failOn;

  @Option(
      names = "--cost-threshold",
      defaultValue = "1.5",
      paramLabel = "FACTOR",
      description = "A cost rise above this factor is a regression (default: ${DEFAULT-VALUE}).")
  double costThreshold;

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description =
          "Write the report to FILE instead of standard output (the summary still prints).")
  Path output;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    try {
      return check(spec.commandLine().getOut());
    } catch (QueryScopeException e) {
      return PlansErrors.report(err, "plans check", connection, e, verbose);
    }
  }

  private int check(PrintWriter console) {
    if (!(costThreshold > 1)) {
      throw new QueryScopeException(
          ErrorCode.USAGE,
          "--cost-threshold must be a factor above 1 (1.5 means 50% costlier), got "
              + costThreshold);
    }
    Baseline recorded = BaselineReader.read(baseline);
    CheckReport report;
    try (TargetConnection target = Targets.open(connection, "plans check")) {
      Target where = target.session().target();
      if (!recorded.dialect().equals(where.dialect().id())) {
        throw new QueryScopeException(
            ErrorCode.USAGE,
            "baseline "
                + baseline
                + " was recorded on "
                + recorded.dialect()
                + " but --url points at "
                + where.dialect().id()
                + "; check it against the same server family");
      }
      report =
          RegressionCheck.run(
              target.session(), recorded, Thresholds.DEFAULTS.withCostRatio(costThreshold));
    }
    // Failed statements carry the server's message, which may quote the URL or the password.
    String rendered = connection.secrets().redact(format.renderer().render(report, failOn));
    if (output == null) {
      console.print(rendered);
    } else {
      write(rendered);
      console.println(Summary.line(report, failOn));
    }
    console.flush();
    return report.failsAt(failOn) ? 1 : 0;
  }

  private void write(String rendered) {
    try {
      Path parent = output.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      Files.writeString(output, rendered, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new QueryScopeException(
          ErrorCode.FILE_NOT_READABLE, "could not write " + output + ": " + e.getMessage(), e);
    }
  }

  static final class FormatConverter implements ITypeConverter<CheckFormat> {
    @Override
    public CheckFormat convert(String value) {
      try {
        return CheckFormat.valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(
            "unknown format '" + value + "': use text, json, markdown or junit");
      }
    }
  }

  static final class SeverityConverter implements ITypeConverter<Severity> {
    @Override
    public Severity convert(String value) {
      try {
        return Severity.fromId(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
