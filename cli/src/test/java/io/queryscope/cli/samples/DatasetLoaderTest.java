package io.queryscope.cli.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Offline: what the loader keeps of a script, and where the datasets are looked for. */
class DatasetLoaderTest {

  @Test
  void dropsWhatPicksTheScriptsOwnDatabaseAndKeepsTheRest() {
    String script =
        """
        /* header */
        DROP DATABASE IF EXISTS chinook;
        CREATE DATABASE chinook;
        \\c chinook;
        USE `Chinook`;
        -- a table
        CREATE TABLE used_by (name varchar(10));
        INSERT INTO used_by VALUES ('use; it'), (N'create database x');
        """;
    DatasetLoader.Script parsed = DatasetLoader.parse(script);
    assertThat(parsed.skipped()).isEqualTo(4);
    assertThat(parsed.statements())
        .containsExactly(
            "CREATE TABLE used_by (name varchar(10))",
            "INSERT INTO used_by VALUES ('use; it'), (N'create database x')");
  }

  @Test
  void findsSharedDatasetsInTheNearestParent(@TempDir Path tmp) throws Exception {
    Path datasets = Files.createDirectories(tmp.resolve("a/shared/datasets"));
    Path module = Files.createDirectories(tmp.resolve("a/repo/cli"));
    assertThat(SampleDatasets.root(module)).contains(datasets);
    // From b, a's datasets are not a parent. (A shared/datasets above the temp folder itself, as
    // a CI copy of shared/ beside a clone in /tmp has, may be found: it is not this test's.)
    assertThat(
            SampleDatasets.root(Files.createDirectories(tmp.resolve("b/repo/cli")))
                .filter(found -> found.startsWith(tmp)))
        .isEmpty();
  }
}
