package io.queryscope.report;

import java.util.Locale;

/** The values of {@code --format}, each with its renderer. */
public enum ReportFormat {
  TEXT,
  JSON,
  MARKDOWN,
  HTML,
  SARIF,
  JUNIT;

  public ReportRenderer renderer(RenderOptions options) {
    return switch (this) {
      case TEXT -> new TextRenderer(options);
      case JSON -> new JsonRenderer();
      case MARKDOWN -> new MarkdownRenderer();
      case HTML -> new HtmlRenderer();
      case SARIF -> new SarifRenderer();
      case JUNIT -> new JunitRenderer(options);
    };
  }

  /** Lower-case, as typed on the command line. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
