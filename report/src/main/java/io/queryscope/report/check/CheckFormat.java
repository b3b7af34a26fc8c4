package io.queryscope.report.check;

/** The output formats of {@code plans check}. */
public enum CheckFormat {
  TEXT(new TextCheckRenderer()),
  JSON(new JsonCheckRenderer()),
  MARKDOWN(new MarkdownCheckRenderer()),
  JUNIT(new JunitCheckRenderer());

  private final CheckRenderer renderer;

  CheckFormat(CheckRenderer renderer) {
    this.renderer = renderer;
  }

  public CheckRenderer renderer() {
    return renderer;
  }
}
