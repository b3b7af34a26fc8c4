package io.queryscope.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A GitHub-flavoured Markdown table, for every Markdown this module writes: each cell escaped so a
 * {@code |} or a line break in a finding's title or a statement's name cannot break the table.
 */
public final class MarkdownTable {

  private final List<String> lines = new ArrayList<>();

  /**
   * @param alignment the delimiter row as it should read, e.g. {@code |---:|---|} (it sets each
   *     column's alignment)
   * @param header the column names
   */
  public MarkdownTable(String alignment, String... header) {
    lines.add(line(header));
    lines.add(alignment);
  }

  public MarkdownTable row(Object... cells) {
    String[] text = new String[cells.length];
    for (int i = 0; i < cells.length; i++) {
      text[i] = cell(cells[i] == null ? null : String.valueOf(cells[i]));
    }
    lines.add(line(text));
    return this;
  }

  /** The table, one line per row, each ending in a newline. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    for (String line : lines) {
      out.append(line).append('\n');
    }
    return out.toString();
  }

  /** A cell's text: pipes escaped, line breaks folded into spaces. */
  public static String cell(String s) {
    return s == null ? "" : s.replace("|", "\\|").replace("\n", " ");
  }

  private static String line(String[] cells) {
    return "| " + String.join(" | ", cells) + " |";
  }
}
