package io.queryscope.report;

import java.io.PrintWriter;

/**
 * The one shape of every writer in this module: a document in, text out to the writer it is given
 * and nowhere else, so the CLI and tests capture it with any {@link PrintWriter}.
 *
 * @param <T> what is rendered: a {@link ReportDocument}, a plan check's outcome
 */
public interface DocumentRenderer<T> {

  void render(T document, PrintWriter out);
}
