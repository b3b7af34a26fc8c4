package io.queryscope.cli;

import io.queryscope.core.ErrorCode;
import io.queryscope.core.QueryScopeException;
import io.queryscope.report.RenderOptions;
import io.queryscope.report.ReportDocument;
import io.queryscope.report.ReportFormat;
import java.io.IOException;
import java.io.PrintWriter;
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
    return write(document, options, out, err, null);
  }

  /**
   * @param preamble printed before a text report (explain's plan tree), or null
   */
  public static int write(
      ReportDocument document,
      OutputOptions options,
      PrintWriter out,
      PrintWriter err,
      Preamble preamble) {
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
      if (withPreamble) {
        preamble.print(document, color, out);
      }
      options.format().renderer(render).render(document, out);
      out.flush();
    } else {
      try {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
          Files.createDirectories(parent);
        }
        try (PrintWriter w =
            new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
          if (withPreamble) {
            preamble.print(document, false, w);
          }
          options.format().renderer(render).render(document, w);
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

  /** Text a command prints before the report in text format. */
  @FunctionalInterface
  public interface Preamble {
    void print(ReportDocument document, boolean color, PrintWriter out);
  }
}
