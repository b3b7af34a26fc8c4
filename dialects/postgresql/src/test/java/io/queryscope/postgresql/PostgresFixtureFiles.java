package io.queryscope.postgresql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where recorded PostgreSQL plans and logs live: {@code fixtures/src/main/resources/plans/
 * postgresql/<major version>/}, passed in by the build as a system property.
 */
final class PostgresFixtureFiles {

  static final String PLAN_SUFFIX = ".json";
  static final String MODEL_SUFFIX = ".model.json";
  static final String SQL_SUFFIX = ".sql";

  private PostgresFixtureFiles() {}

  static Path root() {
    String dir = System.getProperty("queryscope.fixtures.postgresql");
    if (dir == null || dir.isBlank()) {
      throw new IllegalStateException(
          "system property queryscope.fixtures.postgresql is not set: run the tests through Maven");
    }
    return Path.of(dir).toAbsolutePath().normalize();
  }

  static boolean updating() {
    return Boolean.parseBoolean(System.getProperty("fixtures.update", "false"));
  }

  /** Every recorded plan, as {@code <version>/<name>} paths without suffix. */
  static List<Path> recordedPlans() {
    Path root = root();
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(root, 2)) {
      return files
          .filter(
              p ->
                  p.getFileName().toString().endsWith(PLAN_SUFFIX)
                      && !p.getFileName().toString().endsWith(MODEL_SUFFIX))
          .map(
              p -> {
                String n = p.getFileName().toString();
                return p.resolveSibling(n.substring(0, n.length() - PLAN_SUFFIX.length()));
              })
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String read(Path base, String suffix) {
    try {
      return Files.readString(
          base.resolveSibling(base.getFileName() + suffix), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void write(Path base, String suffix, String content) {
    Path file = base.resolveSibling(base.getFileName() + suffix);
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
