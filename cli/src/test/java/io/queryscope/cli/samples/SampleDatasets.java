package io.queryscope.cli.samples;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the public sample databases, which live beside the repository in {@code shared/datasets/}
 * and are never copied into it; tests are skipped when they are absent.
 */
final class SampleDatasets {

  static final String CHINOOK_POSTGRESQL = "chinook/Chinook_PostgreSql.sql";
  static final String CHINOOK_MYSQL = "chinook/Chinook_MySql.sql";
  static final String NORTHWIND_POSTGRESQL = "northwind/northwind.sql";

  private SampleDatasets() {}

  /** The dataset file, or the test is skipped with a message saying where it is expected. */
  static Path require(String relative) {
    Path cwd = Path.of("").toAbsolutePath();
    Optional<Path> root = root(cwd);
    assumeTrue(
        root.isPresent(),
        () ->
            "public sample databases not found: expected a folder shared/datasets/ beside the"
                + " repository (looked in every parent of "
                + cwd
                + "); see shared/datasets/README.md");
    Path file = root.get().resolve(relative);
    assumeTrue(
        Files.isReadable(file),
        () -> "sample database file " + file + " is missing; see shared/datasets/README.md");
    return file;
  }

  /** The nearest {@code shared/datasets} folder in {@code from} or one of its parents. */
  static Optional<Path> root(Path from) {
    for (Path dir = from; dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared").resolve("datasets");
      if (Files.isDirectory(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
