package io.queryscope.junit;

import io.queryscope.report.Html;
import java.util.List;
import java.util.Map;

/** The run report as one self-contained HTML page. */
final class RunReportHtml {

  private RunReportHtml() {}

  static String render(List<TestRecord> tests, Map<String, Object> summary) {
    StringBuilder out = new StringBuilder(8192);
    out.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<title>queryscope test report</title><style>")
        .append("body{font-family:system-ui,sans-serif;margin:2em;color:#222}")
        .append("table{border-collapse:collapse;width:100%}")
        .append("td,th{border:1px solid #ccc;padding:4px 8px;text-align:left;vertical-align:top}")
        .append("code{font-size:90%}.critical,.high{color:#b00020}.medium{color:#a15c00}")
        .append(".allowed{color:#555}.failed{color:#b00020;font-weight:bold}")
        .append("</style></head><body>\n<h1>queryscope test report</h1>\n<p>");
    summary.forEach(
        (k, v) ->
            out.append(esc(k)).append(": <b>").append(esc(String.valueOf(v))).append("</b> "));
    out.append("</p>\n<table><tr><th>test</th><th>status</th><th>statements</th>")
        .append("<th>findings</th></tr>\n");
    for (TestRecord t : tests) {
      out.append("<tr><td>")
          .append(esc(t.className()))
          .append("<br><b>")
          .append(esc(t.displayName()))
          .append("</b></td><td class=\"")
          .append(t.failedByQueryScope() ? "failed" : "")
          .append("\">")
          .append(esc(t.status()))
          .append(t.failedByQueryScope() ? " (by queryscope)" : "")
          .append("</td><td>")
          .append(t.statements())
          .append("</td><td>");
      t.findings().forEach(f -> finding(out, f, null));
      t.allowed().forEach(f -> finding(out, f, String.valueOf(f.get("reason"))));
      t.notes()
          .forEach(
              n -> out.append("<div class=\"allowed\">note: ").append(esc(n)).append("</div>"));
      out.append("</td></tr>\n");
    }
    out.append("</table>\n</body></html>\n");
    return out.toString();
  }

  private static void finding(StringBuilder out, Map<String, Object> f, String allowedReason) {
    String severity = String.valueOf(f.get("severity"));
    out.append("<div class=\"")
        .append(allowedReason == null ? esc(severity) : "allowed")
        .append("\"><b>")
        .append(esc(String.valueOf(f.get("rule"))))
        .append("</b> (")
        .append(esc(severity))
        .append(") ")
        .append(esc(String.valueOf(f.get("title"))));
    if (allowedReason != null) {
      out.append(" <i>allowed: ").append(esc(allowedReason)).append("</i>");
    }
    if (f.get("sql") != null) {
      out.append("<br><code>").append(esc(String.valueOf(f.get("sql")))).append("</code>");
    }
    if (f.get("callSites") instanceof List<?> sites) {
      for (Object s : sites) {
        if (s instanceof Map<?, ?> site) {
          out.append("<br>")
              .append(esc(String.valueOf(site.get("count"))))
              .append("× at <code>")
              .append(esc(String.valueOf(site.get("site"))))
              .append("</code>");
        }
      }
    }
    out.append("</div>");
  }

  /** Through the HTML report's own escaper: one escaper for every page queryscope writes. */
  static String esc(String s) {
    return Html.esc(s);
  }
}
