package io.queryscope.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/** {@code --format json}: one object, the contract in DESIGN.md. */
final class JsonRenderer implements ReportRenderer {

  @Override
  public void render(ReportDocument document, PrintWriter out) {
    try {
      out.println(
          JsonReport.MAPPER
              .writerWithDefaultPrettyPrinter()
              .writeValueAsString(JsonReport.of(document)));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
