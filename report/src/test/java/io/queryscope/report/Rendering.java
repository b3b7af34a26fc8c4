package io.queryscope.report;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Renders a document to a string, as the CLI would to stdout. */
final class Rendering {

  private Rendering() {}

  static String render(ReportFormat format, RenderOptions options, ReportDocument document) {
    StringWriter buffer = new StringWriter();
    format.renderer(options).render(document, new PrintWriter(buffer));
    return buffer.toString();
  }

  static String render(ReportFormat format, ReportDocument document) {
    return render(format, RenderOptions.PLAIN, document);
  }
}
