package io.queryscope.regression;

import java.util.ArrayList;
import java.util.List;

/**
 * Two plan trees side by side, one node a line, lined up where their shapes agree (a longest common
 * subsequence of nodes at the same depth). Markers read like {@code diff -y}: blank for the same
 * node, {@code |} for a node that changed, {@code <} for a node only the baseline has, {@code >}
 * for one only today's plan has.
 */
public final class SideBySideDiff {

  /** One line of the diff. */
  public record Row(String baseline, char marker, String current) {}

  private record Line(int depth, String shape, String text) {}

  private SideBySideDiff() {}

  public static List<Row> rows(RecordedNode before, RecordedNode after) {
    List<Line> left = lines(before);
    List<Line> right = lines(after);
    int[][] lcs = new int[left.size() + 1][right.size() + 1];
    for (int i = left.size() - 1; i >= 0; i--) {
      for (int j = right.size() - 1; j >= 0; j--) {
        lcs[i][j] =
            same(left.get(i), right.get(j))
                ? lcs[i + 1][j + 1] + 1
                : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    List<Row> rows = new ArrayList<>();
    List<Line> removed = new ArrayList<>();
    List<Line> added = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < left.size() || j < right.size()) {
      if (i < left.size() && j < right.size() && same(left.get(i), right.get(j))) {
        flush(removed, added, rows);
        rows.add(new Row(left.get(i).text(), ' ', right.get(j).text()));
        i++;
        j++;
      } else if (j >= right.size() || (i < left.size() && lcs[i + 1][j] >= lcs[i][j + 1])) {
        removed.add(left.get(i++));
      } else {
        added.add(right.get(j++));
      }
    }
    flush(removed, added, rows);
    return rows;
  }

  /** The diff as text, with a header naming the two sides. */
  public static String render(RecordedNode before, RecordedNode after) {
    List<Row> rows = rows(before, after);
    int width = "baseline".length();
    for (Row row : rows) {
      width = Math.max(width, row.baseline().length());
    }
    StringBuilder out = new StringBuilder();
    out.append(pad("baseline", width)).append("   ").append("current").append('\n');
    for (Row row : rows) {
      String line = pad(row.baseline(), width) + " " + row.marker() + " " + row.current();
      out.append(line.stripTrailing()).append('\n');
    }
    return out.toString();
  }

  /** Removed and added nodes between two matches pair up as changes; the rest stand alone. */
  private static void flush(List<Line> removed, List<Line> added, List<Row> rows) {
    int paired = Math.min(removed.size(), added.size());
    for (int k = 0; k < paired; k++) {
      rows.add(new Row(removed.get(k).text(), '|', added.get(k).text()));
    }
    for (int k = paired; k < removed.size(); k++) {
      rows.add(new Row(removed.get(k).text(), '<', ""));
    }
    for (int k = paired; k < added.size(); k++) {
      rows.add(new Row("", '>', added.get(k).text()));
    }
    removed.clear();
    added.clear();
  }

  private static boolean same(Line a, Line b) {
    return a.depth() == b.depth() && a.shape().equals(b.shape());
  }

  private static List<Line> lines(RecordedNode root) {
    List<Line> lines = new ArrayList<>();
    if (root != null) {
      collect(root, 0, lines);
    }
    return lines;
  }

  private static void collect(RecordedNode node, int depth, List<Line> lines) {
    lines.add(new Line(depth, node.shapeLabel(), "  ".repeat(depth) + node.displayLabel()));
    for (RecordedNode child : node.children()) {
      collect(child, depth + 1, lines);
    }
  }

  private static String pad(String text, int width) {
    return text + " ".repeat(Math.max(0, width - text.length()));
  }
}
