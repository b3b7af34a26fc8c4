package io.queryscope.report;

import io.queryscope.report.text.Figures;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A finding's evidence as short "key: value" lines for text and Markdown. */
final class EvidenceText {

  private static final int MAX_LIST = 8;

  private EvidenceText() {}

  static List<String> lines(Map<String, Object> evidence) {
    List<String> out = new ArrayList<>();
    evidence.forEach((k, v) -> out.add(k + ": " + value(v)));
    return out;
  }

  static String value(Object v) {
    if (v == null) {
      return "-";
    }
    if (v instanceof Double d) {
      return d == Math.rint(d) && Math.abs(d) < 1e15 ? Figures.count(d.longValue()) : fmt(d);
    }
    if (v instanceof Float f) {
      return fmt(f.doubleValue());
    }
    if (v instanceof Long || v instanceof Integer) {
      return Figures.count(((Number) v).longValue());
    }
    if (v instanceof Map<?, ?> m && m.get("title") instanceof String title) {
      // A nested finding (merged fixes list the findings they serve): its title says enough.
      return m.get("rule") == null ? title : m.get("rule") + ": " + title;
    }
    if (v instanceof Map<?, ?> m) {
      return m.entrySet().stream()
          .map(e -> e.getKey() + "=" + value(e.getValue()))
          .collect(Collectors.joining(", ", "{", "}"));
    }
    if (v instanceof Collection<?> c) {
      List<String> items = c.stream().limit(MAX_LIST).map(EvidenceText::value).toList();
      String more = c.size() > MAX_LIST ? ", … " + (c.size() - MAX_LIST) + " more" : "";
      return "[" + String.join(", ", items) + more + "]";
    }
    return String.valueOf(v);
  }

  private static String fmt(double d) {
    return Double.isNaN(d) ? "?" : String.format(java.util.Locale.ROOT, "%.3g", d);
  }
}
