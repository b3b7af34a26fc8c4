package io.queryscope.junit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.queryscope.core.ErrorCode;
import io.queryscope.core.QueryScopeException;
import io.queryscope.core.finding.Report;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes the run report as JSON (for machines) and HTML (for people). */
final class RunReportFiles {

  static final String JSON = "queryscope-report.json";
  static final String HTML = "queryscope-report.html";

  private RunReportFiles() {}

  static void write(Path directory, List<TestRecord> tests) {
    Map<String, Object> json = json(tests);
    try {
      Files.createDirectories(directory);
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .writeValue(directory.resolve(JSON).toFile(), json);
      Files.writeString(
          directory.resolve(HTML),
          RunReportHtml.render(tests, summary(tests)),
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new QueryScopeException(
          ErrorCode.USAGE,
          "could not write the queryscope run report to "
              + directory.toAbsolutePath()
              + ": "
              + e.getMessage()
              + "; set the JUnit configuration parameter "
              + RunReport.DIRECTORY_PARAMETER
              + " to a writable directory",
          e);
    }
  }

  static Map<String, Object> json(List<TestRecord> tests) {
    Map<String, Object> root = new LinkedHashMap<>();
    Report.Tool tool = Report.Tool.queryscope();
    root.put("tool", Map.of("name", tool.name(), "version", tool.version()));
    root.put("summary", summary(tests));
    List<Map<String, Object>> list = new ArrayList<>();
    for (TestRecord t : tests) {
      Map<String, Object> test = new LinkedHashMap<>();
      test.put("class", t.className());
      test.put("method", t.methodName());
      test.put("displayName", t.displayName());
      test.put("status", t.status());
      test.put("failedByQueryScope", t.failedByQueryScope());
      test.put("statements", t.statements());
      test.put("fingerprints", t.fingerprints());
      test.put("findings", t.findings());
      test.put("allowed", t.allowed());
      test.put("notes", t.notes());
      list.add(test);
    }
    root.put("tests", list);
    return root;
  }

  static Map<String, Object> summary(List<TestRecord> tests) {
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("tests", tests.size());
    summary.put(
        "failedByQueryScope", tests.stream().filter(TestRecord::failedByQueryScope).count());
    summary.put("statements", tests.stream().mapToLong(TestRecord::statements).sum());
    summary.put("findings", tests.stream().mapToLong(t -> t.findings().size()).sum());
    summary.put("allowed", tests.stream().mapToLong(t -> t.allowed().size()).sum());
    return summary;
  }
}
