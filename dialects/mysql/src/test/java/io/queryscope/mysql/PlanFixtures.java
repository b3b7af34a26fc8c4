package io.queryscope.mysql;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Where recorded plans live: {@code fixtures/src/main/resources/plans/<mysql|mariadb>/<version>/},
 * each with an {@code index.json} listing its statements. Tests read them from the class path;
 * recorders write them into the source tree.
 */
final class PlanFixtures {

  static final String UPDATE_FLAG = "fixtures.update";
  static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private PlanFixtures() {}

  /** One recorded plan: the statement, its raw file and its model file (relative to the folder). */
  record Entry(String name, String sql, String raw, String model) {}

  /** The source folder recorders write to (module directory is the working directory). */
  static Path sourceFolder(String family, String version) {
    Path root = Path.of("").toAbsolutePath();
    while (root != null && !Files.isDirectory(root.resolve("fixtures/src/main/resources"))) {
      root = root.getParent();
    }
    if (root == null) {
      throw new IllegalStateException(
          "cannot find fixtures/src/main/resources above the working directory");
    }
    return root.resolve("fixtures/src/main/resources/plans").resolve(family).resolve(version);
  }

  /** Every recorded folder on the class path, e.g. {@code plans/mariadb/10.11}. */
  static List<String> folders() throws IOException, URISyntaxException {
    List<String> out = new ArrayList<>();
    for (String family : List.of("mariadb", "mysql")) {
      URL url = PlanFixtures.class.getClassLoader().getResource("plans/" + family);
      if (url == null) {
        continue;
      }
      // A reactor build up to "verify" puts the fixtures jar, not its classes folder, on the path.
      Path base;
      if ("jar".equals(url.getProtocol())) {
        java.net.URI uri = url.toURI();
        java.nio.file.FileSystem fs;
        try {
          fs = java.nio.file.FileSystems.newFileSystem(uri, Map.of());
        } catch (java.nio.file.FileSystemAlreadyExistsException e) {
          fs = java.nio.file.FileSystems.getFileSystem(uri);
        }
        base = fs.getPath("plans/" + family);
      } else {
        base = Path.of(url.toURI());
      }
      try (Stream<Path> dirs = Files.list(base)) {
        dirs.filter(d -> Files.exists(d.resolve("index.json")))
            .sorted()
            .forEach(
                d ->
                    out.add("plans/" + family + "/" + d.getFileName().toString().replace("/", "")));
      }
    }
    return out;
  }

  static List<Entry> index(String folder) throws IOException {
    JsonNode list = JSON.readTree(resource(folder + "/index.json"));
    List<Entry> out = new ArrayList<>();
    for (JsonNode e : list) {
      out.add(
          new Entry(
              e.get("name").asText(),
              e.path("sql").asText(null),
              e.get("raw").asText(),
              e.get("model").asText()));
    }
    return out;
  }

  static String resource(String path) throws IOException {
    try (InputStream in = PlanFixtures.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IOException("no fixture " + path + " on the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static void writeIndex(Path folder, List<Entry> entries) throws IOException {
    List<Map<String, String>> out = new ArrayList<>();
    for (Entry e : entries) {
      Map<String, String> m = new java.util.LinkedHashMap<>();
      m.put("name", e.name());
      if (e.sql() != null) {
        m.put("sql", e.sql());
      }
      m.put("raw", e.raw());
      m.put("model", e.model());
      out.add(m);
    }
    Files.writeString(folder.resolve("index.json"), JSON.writeValueAsString(out) + "\n");
  }
}
