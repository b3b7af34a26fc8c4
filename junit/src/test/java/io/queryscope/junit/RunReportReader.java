package io.queryscope.junit;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Reads a written run report back for assertions. */
final class RunReportReader {

  private RunReportReader() {}

  static Map<String, Object> json(Path dir) throws IOException {
    return new ObjectMapper()
        .readValue(dir.resolve(RunReportFiles.JSON).toFile(), new TypeReference<>() {});
  }

  static List<Map<String, Object>> tests(Map<String, Object> report) {
    return list(report, "tests");
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> list(Map<String, Object> map, String key) {
    return (List<Map<String, Object>>) map.get(key);
  }
}
