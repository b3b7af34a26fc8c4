package io.queryscope.cli.plans;

/** The output formats of {@code plans check}. */
enum CheckFormat {
  TEXT(new TextCheckRenderer()),
  JSON(new JsonCheckRenderer()),
  MARKDOWN(new MarkdownCheckRenderer()),
  JUNIT(new JunitCheckRenderer());

  private final CheckRenderer renderer;

  CheckFormat(CheckRenderer renderer) {
    this.renderer = renderer;
  }

  CheckRenderer renderer() {
    return renderer;
  }
}
