package io.queryscope.cli;

import io.queryscope.core.finding.Severity;
import io.queryscope.report.ReportFormat;
import java.nio.file.Path;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/** Options every report-printing command shares: format, destination, colour, verbosity. */
public final class OutputOptions {

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      converter = FormatConverter.class,
      description = "text (default), json, markdown, html, sarif or junit.")
  ReportFormat format = ReportFormat.TEXT;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the report to FILE instead of standard output.")
  Path output;

  @Option(
      names = "--fail-on",
      paramLabel = "SEVERITY",
      converter = SeverityConverter.class,
      description =
          "Exit 1 when a finding is at or above SEVERITY (critical, high, medium, low, info)."
              + " Default: none, exit 0 whatever is found.")
  Severity failOn;

  @Option(names = "--no-color", description = "No ANSI colour, even on a terminal.")
  boolean noColor;

  @Option(
      names = "--show-literals",
      description = "Show literal values in SQL and plans (redacted by default).")
  boolean showLiterals;

  @Option(
      names = {"-q", "--quiet"},
      description = "No progress on standard error.")
  boolean quiet;

  @Option(
      names = {"-v", "--verbose"},
      description = "Progress as plain lines, and stack traces with errors.")
  boolean verbose;

  public ReportFormat format() {
    return format;
  }

  public Path output() {
    return output;
  }

  public Severity failOn() {
    return failOn;
  }

  public boolean showLiterals() {
    return showLiterals;
  }

  public boolean quiet() {
    return quiet;
  }

  public boolean verbose() {
    return verbose;
  }

  public boolean noColor() {
    return noColor;
  }

  /** {@code --format} in any case; picocli's message lists the values on a typo. */
  static final class FormatConverter implements ITypeConverter<ReportFormat> {
    @Override
    public ReportFormat convert(String value) {
      try {
        return ReportFormat.valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException(
            "unknown format '" + value + "': use one of text, json, markdown, html, sarif, junit");
      }
    }
  }

  /** {@code --fail-on}, with the accepted values in the message on a typo. */
  public static final class SeverityConverter implements ITypeConverter<Severity> {
    @Override
    public Severity convert(String value) {
      try {
        return Severity.fromId(value);
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }
}
