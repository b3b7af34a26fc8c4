package io.queryscope.cli;

import io.queryscope.core.ErrorCode;
import io.queryscope.core.QueryScopeException;
import io.queryscope.core.Secrets;
import io.queryscope.report.RenderOptions;
import io.queryscope.report.ReportDocument;
import io.queryscope.report.ReportFormat;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a report where {@link OutputOptions} say, and turns {@code --fail-on} into 0 or 1. */
public final class ReportOutput {

  private ReportOutput() {}

  /**
   * @param out the command's standard output
   * @param err the command's standard error, for "report written to …"
   * @return 1 when a finding is at or above {@code --fail-on}, else 0
   */
  public static int write(
      ReportDocument document, OutputOptions options, PrintWriter out, PrintWriter err) {
    return write(document, options, out, err, null, Secrets.NONE);
  }

  /**
   * @param preamble printed before a text report (explain's plan tree), or null
   * @param secrets what the written report must not show (notes quote drivers, which quote URLs)
   */
  public static int write(
      ReportDocument document,
      OutputOptions options,
      PrintWriter out,
      PrintWriter err,
      Preamble preamble,
      Secrets secrets) {
    Path file = options.output();
    boolean color =
        file == null
            && options.format() == ReportFormat.TEXT
            && !options.noColor()
            && System.getenv("NO_COLOR") == null
            && System.console() != null;
    RenderOptions render = new RenderOptions(color, options.failOn());
    boolean withPreamble = preamble != null && options.format() == ReportFormat.TEXT;
    if (file == null) {
      out.print(
          rendered(document, options, render, withPreamble ? preamble : null, color, secrets));
      out.flush();
    } else {
      try {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
          Files.createDirectories(parent);
        }
        try (PrintWriter w =
            new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
          w.print(
              rendered(document, options, render, withPreamble ? preamble : null, false, secrets));
        }
      } catch (IOException e) {
        throw new QueryScopeException(
            ErrorCode.FILE_NOT_READABLE,
            "--output " + file + ": cannot write it (" + e.getMessage() + ")",
            e);
      }
      if (!options.quiet()) {
        err.println("queryscope: " + options.format() + " report written to " + file);
        err.flush();
      }
    }
    return options.failOn() != null && document.report().hasFindingsAtOrAbove(options.failOn())
        ? 1
        : 0;
  }

  /** The whole report as text, then redacted: no renderer has to remember it. */
  private static String rendered(
      ReportDocument document,
      OutputOptions options,
      RenderOptions render,
      Preamble preamble,
      boolean color,
      Secrets secrets) {
    StringWriter text = new StringWriter();
    try (PrintWriter w = new PrintWriter(text)) {
      if (preamble != null) {
        preamble.print(document, color, w);
      }
      options.format().renderer(render).render(document, w);
    }
    return secrets.redact(text.toString());
  }

  /** Text a command prints before the report in text format. */
  @FunctionalInterface
  public interface Preamble {
    void print(ReportDocument document, boolean color, PrintWriter out);
  }
}
