package io.queryscope.cli.report;

import java.io.PrintWriter;

/** Prints a report in one format. Implementations write only to the writer they are given. */
public interface ReportRenderer {

  void render(ReportDocument document, PrintWriter out);
}
